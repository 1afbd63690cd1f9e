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
  override readonly name = 'InsufficientBalanceError';
  readonly status = 402 as const;
  readonly httpStatus: number;
  readonly code?: string | number;
  readonly serverMessage: string;
  readonly balance?: Money;
  readonly required?: Money;
  readonly topUpUrl?: string;
  readonly requestId?: string;
  readonly raw: unknown;

  constructor(init: InsufficientBalanceInit) {
    super(init.serverMessage);
    this.httpStatus = init.httpStatus;
    this.code = init.code;
    this.serverMessage = init.serverMessage;
    this.balance = init.balance;
    this.required = init.required;
    this.topUpUrl = init.topUpUrl;
    this.requestId = init.requestId;
    this.raw = init.raw;
  }
}
