import { banner } from '../../locales/en/banner';
import { common } from '../../locales/en/common';
import { useFormatFor } from '../../react';

/** The English sections LowBalanceBanner speaks; the provider's `messages` (a locale, overrides) apply over them. */
export const lowBalanceBannerMessages = { common, banner };

/** `useFormat` over LowBalanceBanner's sections only, so a host ships no English it never shows. */
export const useLowBalanceBannerFormat = () => useFormatFor(lowBalanceBannerMessages);
