import type { Money } from './types';

export type InsufficientBalanceInit = {
  httpStatus: number;
  code?: string | number;
  serverMessage: string;
  balance?: Money;
  required?: Money;
  topUpUrl?: string;
  requestId?: string;
  raw: unknown;
};

/** A request was refused because the account's balance ran out. `status` is always 402 (its meaning). */
export class InsufficientBalanceError extends Error {
  declare readonly name: 'InsufficientBalanceError';
  declare readonly status: 402;
  declare readonly httpStatus: number;
  declare readonly code?: string | number;
  declare readonly serverMessage: string;
  declare readonly balance?: Money;
  declare readonly required?: Money;
  declare readonly topUpUrl?: string;
  declare readonly requestId?: string;
  declare readonly raw: unknown;

  constructor(init: InsufficientBalanceInit) {
    super(init.serverMessage);
    // Every field of `init` as given; name and status come last so nothing in `init` can change them.
    Object.assign(this, init, { name: 'InsufficientBalanceError', status: 402 });
  }
}
