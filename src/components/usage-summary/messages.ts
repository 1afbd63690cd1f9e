import { common } from '../../locales/en/common';
import { runOut } from '../../locales/en/run-out';
import { usage } from '../../locales/en/usage';
import { useFormatFor } from '../../react';

/** The English sections UsageSummary speaks; the provider's `messages` (a locale, overrides) apply over them. */
export const usageSummaryMessages = { common, usage, runOut };

/** `useFormat` over UsageSummary's sections only, so a host ships no English it never shows. */
export const useUsageSummaryFormat = () => useFormatFor(usageSummaryMessages);
