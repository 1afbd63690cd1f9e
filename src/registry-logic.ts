// The logic behind the markup that the shadcn registry copies into a host (registry.json,
// scripts/registry.mjs): the copied parts import these from `topup-kit`, so the models, hooks and
// formatting they run on stay in the npm package and a fix reaches a host with an update.
// `npm run registry` fails, naming the file, when a copied part needs a name that is missing here.
export { useBalanceBlockedModalFormat } from './components/balance-blocked-modal/messages';
export { type Choosing, stepOf } from './components/balance-blocked-modal/steps';
export type { BannerSeverity } from './components/low-balance-banner/level';
export { useLowBalanceBannerFormat } from './components/low-balance-banner/messages';
export { useAutoRechargeNote } from './components/low-balance-banner/recharge-note';
export { useBannerModel } from './components/low-balance-banner/use-banner-model';
export { useIsCurrentPage } from './components/low-balance-banner/use-current-page';
export { useScrollClearance } from './components/low-balance-banner/use-scroll-clearance';
export { useOneClickTopUpFormat } from './components/one-click-top-up/messages';
export { describePayment, type PaymentOutcomeText } from './components/payment-outcome/describe';
export { usePaymentOutcomeFormat } from './components/payment-outcome/messages';
export { createConsent } from './components/threshold-alert-settings/consent';
export { useThresholdAlertSettingsFormat } from './components/threshold-alert-settings/messages';
export {
  type AlertSettingsForm,
  MAX_THRESHOLDS,
  useAlertSettingsForm,
} from './components/threshold-alert-settings/use-alert-settings-form';
export { splitEmails, thresholdKey } from './components/threshold-alert-settings/validate';
export { useBucketLabel, useDayLabel } from './components/usage-summary/format';
export { useUsageSummaryFormat } from './components/usage-summary/messages';
export { useUsageLoad } from './components/usage-summary/use-usage-load';
export { outcomeFromError } from './core/outcome';
export { zonedDay } from './core/time';
export { paymentMethodLabel } from './react/format';
export { useAutoRechargeReceipt } from './react/recharge-receipt';
export { readSession, writeSession } from './react/session';
