import { InsufficientBalanceError } from '../../src/core';

/** The seed's error, as detection makes it from a 402. */
export const ibe = (
  serverMessage = 'Account balance not enough',
  extra: Partial<InsufficientBalanceError> = {},
) => new InsufficientBalanceError({ httpStatus: 402, code: 40203, serverMessage, raw: null, ...extra });

/** Lets every pending promise callback and timer of zero delay run. */
export const flush = async (times = 20) => {
  for (let i = 0; i < times; i++) await new Promise((r) => setTimeout(r, 0));
};
