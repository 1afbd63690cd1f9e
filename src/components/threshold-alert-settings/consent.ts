import { type ConsentRecord, formatMoney, type Money } from '../../core';
import type { Messages } from '../../locales/en';
import { formatMessage } from '../../react';

export { paymentMethodLabel } from '../../react/format';

/** Version of the consent template: bump it when the wording's meaning changes, so consent is asked again. */
export const CONSENT_VERSION = '2026-11';

export type ConsentTermsInput = {
  /** The payment method as the user sees it ("Visa •••• 4242"). */
  method: string;
  /** Added each time… */
  amount: Money;
  /** …when the balance falls below this… */
  threshold: Money;
  /** …at most this much per month. */
  cap: Money;
};

/** The exact sentence the user agrees to, in their locale: what is stored in the consent record. */
export function consentTerms(input: ConsentTermsInput, messages: Messages, locale: string): string {
  return formatMessage(
    messages.alerts.recharge.consent,
    {
      method: input.method,
      amount: formatMoney(input.amount, locale),
      threshold: formatMoney(input.threshold, locale),
      cap: formatMoney(input.cap, locale),
    },
    locale,
  );
}

/** True when the recorded consent covers exactly these terms, under the current template. */
export function consentCovers(consent: ConsentRecord | undefined, terms: string | null): boolean {
  return !!consent && terms !== null && consent.terms === terms && consent.version === CONSENT_VERSION;
}

export function createConsent(terms: string, now: Date = new Date()): ConsentRecord {
  return { terms, acceptedAt: now.toISOString(), version: CONSENT_VERSION };
}
