export {
  type PaymentMethodsState,
  RECENT_USAGE_DAYS,
  usePaymentMethods,
  useRecentUsage,
  useSavedAlertSettings,
  useUsage,
} from './account-data';
export {
  amountProblemText,
  type TopUpSuggestionOptions,
  useAmountProblemText,
  useLimitsHint,
  useTopUpLimits,
  useTopUpSuggestion,
  useWaitingNeeds,
} from './amount';
export {
  type KitContextState,
  type KitContextValue,
  type MessageSections,
  type SocialProof,
  type TopUpLimits,
  useKit,
  useKitState,
} from './context';
export { warnOnce } from './dev-warning';
export { paymentMethodLabel, useFormat, useFormatFor } from './format';
export {
  type BalanceState,
  type UseRecoveryResult,
  useBalance,
  useRecovery,
  useRecoverySelector,
} from './hooks';
export { formatMessage, type MessageValues, mergeMessages, renderMessage } from './i18n';
export { TopupProvider, type TopupProviderProps } from './provider';
export {
  type AutoRechargeReceipt,
  latestAutoRecharge,
  useAutoRechargeReceipt,
} from './recharge-receipt';
export { useReconcileWhile } from './reconcile';
export { useRunOutPhrase } from './run-out';
export { readSession, subscribeSession, writeSession } from './session';
export { useTimeZone } from './time-zone';
export { useControllableState } from './use-controllable-state';
export { usePrefersReducedMotion } from './use-prefers-reduced-motion';
