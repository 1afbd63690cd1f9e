// topup-kit/core — framework-free. Nothing here may import React or touch the DOM beyond fetch/Intl.
export { InsufficientBalanceError, type InsufficientBalanceInit } from './errors';
export type * from './types';
