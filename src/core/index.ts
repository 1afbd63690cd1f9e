// topup-kit/core — framework-free. Nothing here may import React or touch the DOM beyond fetch/Intl.
export { loadAlertSettings, loadPaymentMethods, loadRecentUsage, loadUsage } from './account-data';
export {
  type AmountCheck,
  type AmountCheckOptions,
  type AmountLimits,
  type AmountProblem,
  amountInputText,
  checkAmount,
  checkMoney,
  defaultPresets,
  type SuggestTopUpInput,
  shortfallOf,
  suggestTopUp,
  type TopUpLimits,
  topUpLimits,
  waitingNeeds,
} from './amount';
export {
  asInsufficientBalance,
  isInsufficientBalance,
  readInsufficientBalance,
  toInsufficientBalance,
} from './detect';
export { InsufficientBalanceError, type InsufficientBalanceInit } from './errors';
export { type AxiosLike, attachRecovery, withRecovery } from './fetch';
export {
  burnRate,
  dailySpend,
  forecastRunOut,
  projectRunOut,
  type RunOutForecast,
  runOutDays,
} from './forecast';
export {
  BillingApiError,
  type BillingApiErrorKind,
  type BillingProblem,
  createHttpBillingAdapter,
  type HttpBillingAdapterOptions,
} from './http-adapter';
export {
  addMoney,
  compareMoney,
  currencyDigits,
  formatMoney,
  fromDecimal,
  maxMoney,
  minMoney,
  money,
  type ParseMoneyFailure,
  type ParseMoneyOptions,
  type ParseMoneyResult,
  parseMoney,
  subtractMoney,
  toDecimalString,
} from './money';
export { createRecovery } from './recovery';
export {
  type ChannelLike,
  type ChargeResult,
  createTabSync,
  type LocksLike,
  type OtherTabTopUp,
  type TabSync,
  type TabSyncEvent,
  type TabSyncOptions,
} from './tabs';
export type * from './types';
export { hostLink, safeUrl, serverUrl, webhookUrl } from './url-policy';
