import {
  type AutoRecharge,
  type AutoRechargeMode,
  type ConsentRecord,
  formatMoney,
  type Money,
  minMoney,
  money,
} from '../../core';
import type { Messages } from '../../locales/en';
import { formatMessage } from '../../react';

export { paymentMethodLabel } from '../../react';

/** Version of the consent template: bump it when the wording's meaning changes, so consent is asked again. */
export const CONSENT_VERSION = '2026-11';

export type ConsentTermsInput = {
  /** The payment method as the user sees it ("Visa •••• 4242"). */
  method: string;
  /** `amount` (default): add `amount` each time; `target`: reload to `target`. */
  mode?: AutoRechargeMode;
  /** Added each time (mode `amount`)… */
  amount: Money;
  /** …or the balance each recharge brings back (mode `target`)… */
  target?: Money;
  /** …when the balance falls below this… */
  threshold: Money;
  /** …at most this much per month. */
  cap: Money;
  /** Saving would charge at once (the balance is already under the threshold): the terms say so. */
  chargeNow?: { balance: Money; amount: Money };
};

/** The standing terms, without what happens at once: the part a later consent must still match. */
export function standingTerms(
  input: ConsentTermsInput,
  messages: Pick<Messages, 'alerts'>,
  locale: string,
): string {
  const t = messages.alerts.recharge;
  const target = input.mode === 'target' && input.target;
  return formatMessage(
    target ? t.consentTarget : t.consent,
    {
      method: input.method,
      amount: formatMoney(input.amount, locale),
      target: target ? formatMoney(target, locale) : undefined,
      threshold: formatMoney(input.threshold, locale),
      cap: formatMoney(input.cap, locale),
    },
    locale,
  );
}

/** The exact text the user agrees to, in their locale: what is stored in the consent record. */
export function consentTerms(
  input: ConsentTermsInput,
  messages: Pick<Messages, 'alerts'>,
  locale: string,
): string {
  const standing = standingTerms(input, messages, locale);
  if (!input.chargeNow) return standing;
  const now = formatMessage(
    messages.alerts.recharge.chargesNow,
    {
      balance: formatMoney(input.chargeNow.balance, locale),
      threshold: formatMoney(input.threshold, locale),
      amount: formatMoney(input.chargeNow.amount, locale),
    },
    locale,
  );
  return `${standing} ${now}`;
}

/**
 * What turning auto-recharge on would charge at once, or undefined when the balance is not under
 * the threshold (or another currency). Mode `target` adds what reaches the target; both stay
 * within the monthly cap.
 */
export function immediateCharge(
  recharge: Pick<AutoRecharge, 'mode' | 'threshold' | 'amount' | 'target' | 'monthlyCap'>,
  balance: Money | undefined,
): Money | undefined {
  const { threshold, monthlyCap } = recharge;
  if (!balance || balance.currency !== threshold.currency || balance.amountMinor >= threshold.amountMinor)
    return undefined;
  const wanted =
    recharge.mode === 'target'
      ? recharge.target && money(recharge.target.amountMinor - balance.amountMinor, balance.currency)
      : recharge.amount;
  if (!wanted || wanted.amountMinor <= 0 || wanted.currency !== monthlyCap.currency) return undefined;
  return minMoney(wanted, monthlyCap);
}

/**
 * True when the recorded consent covers exactly these terms, under the current template. A consent
 * that also agreed to a charge at once still covers the standing terms once that charge is behind it.
 */
export function consentCovers(
  consent: ConsentRecord | undefined,
  terms: string | null,
  standing: string | null = terms,
): boolean {
  if (!consent || terms === null || consent.version !== CONSENT_VERSION) return false;
  if (consent.terms === terms) return true;
  return terms === standing && standing !== null && consent.terms.startsWith(`${standing} `);
}

export function createConsent(terms: string, now: Date = new Date()): ConsentRecord {
  return { terms, acceptedAt: now.toISOString(), version: CONSENT_VERSION };
}

export type RechargeTermsInput = {
  recharge: AutoRecharge;
  /** The amount a field stands for now (its valid draft, else the value); undefined while invalid. */
  current: (key: string, fallback: Money) => Money | undefined;
  /** The payment method in words; null while it cannot be named (methods loading, none on file). */
  methodLabel: string | null;
  /** The account's balance, when known: whether saving would charge at once. */
  balance: Money | undefined;
  messages: Pick<Messages, 'alerts'>;
  locale: string;
};

/**
 * The terms the form shows under the consent box (null while they cannot be worded), their
 * standing part, and whether the recorded consent covers them.
 */
export function rechargeTerms({
  recharge,
  current,
  methodLabel,
  balance,
  messages,
  locale,
}: RechargeTermsInput) {
  const mode = recharge.mode ?? 'amount';
  const threshold = current('rechargeThreshold', recharge.threshold);
  const amount = current('rechargeAmount', recharge.amount);
  const target =
    mode === 'target' ? current('rechargeTarget', recharge.target ?? recharge.threshold) : undefined;
  const cap = current('rechargeCap', recharge.monthlyCap);
  let terms: string | null = null;
  let standing: string | null = null;
  let chargeNow: Money | undefined;
  if (recharge.enabled && methodLabel && threshold && amount && cap && (mode === 'amount' || target)) {
    const values = { method: methodLabel, mode, amount, target, threshold, cap };
    chargeNow = immediateCharge({ mode, threshold, amount, target, monthlyCap: cap }, balance);
    standing = standingTerms(values, messages, locale);
    terms =
      chargeNow && balance
        ? consentTerms({ ...values, chargeNow: { balance, amount: chargeNow } }, messages, locale)
        : standing;
  }
  const consentGiven = consentCovers(recharge.consent, terms, standing);
  return {
    terms,
    standing,
    chargeNow,
    consentGiven,
    termsChanged: !!recharge.consent && terms !== null && !consentGiven,
  };
}
