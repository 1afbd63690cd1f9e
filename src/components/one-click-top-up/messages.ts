import { common } from '../../locales/en/common';
import { outcome } from '../../locales/en/outcome';
import { topUp } from '../../locales/en/top-up';
import { useFormatFor } from '../../react';

/** The English sections OneClickTopUp speaks; the provider's `messages` (a locale, overrides) apply over them. */
export const oneClickTopUpMessages = { common, topUp, outcome };

/** `useFormat` over OneClickTopUp's sections only, so a host ships no English it never shows. */
export const useOneClickTopUpFormat = () => useFormatFor(oneClickTopUpMessages);
