export { type KitContextValue, type SocialProof, useKit } from './context';
export { useFormat } from './format';
export {
  type BalanceState,
  type UseRecoveryResult,
  useBalance,
  useRecovery,
  useRecoverySelector,
} from './hooks';
export { formatMessage, type MessageValues, mergeMessages, renderMessage } from './i18n';
export { TopupProvider, type TopupProviderProps } from './provider';
export { useControllableState } from './use-controllable-state';
