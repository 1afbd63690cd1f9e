import { alerts } from '../../locales/en/alerts';
import { common } from '../../locales/en/common';
import { topUp } from '../../locales/en/top-up';
import { useFormatFor } from '../../react';

/**
 * The English sections ThresholdAlertSettings speaks (its amount problems end in OneClickTopUp's
 * words); the provider's `messages` (a locale, overrides) apply over them.
 */
export const thresholdAlertSettingsMessages = { common, alerts, topUp };

/** `useFormat` over ThresholdAlertSettings' sections only, so a host ships no English it never shows. */
export const useThresholdAlertSettingsFormat = () => useFormatFor(thresholdAlertSettingsMessages);
