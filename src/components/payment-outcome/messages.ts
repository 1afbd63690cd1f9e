import { common } from '../../locales/en/common';
import { outcome } from '../../locales/en/outcome';
import { useFormatFor } from '../../react';

/** The English sections PaymentOutcome speaks; the provider's `messages` (a locale, overrides) apply over them. */
export const paymentOutcomeMessages = { common, outcome };

/** `useFormat` over PaymentOutcome's sections only, so a host ships no English it never shows. */
export const usePaymentOutcomeFormat = () => useFormatFor(paymentOutcomeMessages);
