export { CONSENT_VERSION, type ConsentTermsInput, consentTerms } from './consent';
export {
  ThresholdAlertSettings,
  type ThresholdAlertSettingsProps,
  type ThresholdAlertSettingsState,
} from './threshold-alert-settings';
export { type ValidationError as AlertSettingsError, validateAlertSettings } from './validate';
