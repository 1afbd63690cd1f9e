import {
  type AlertSettings,
  type AmountCheck,
  type AmountCheckOptions,
  type AmountProblem,
  checkAmount,
  checkMoney,
  currencyDigits,
  formatMoney,
  type Money,
  money,
  type PaymentMethod,
  webhookUrl,
} from '../../core';
import type { Messages } from '../../locales/en';
import { amountProblemText, formatMessage } from '../../react';
import { consentCovers } from './consent';

/** What reading a money field gave: core's check, with its one problem vocabulary. */
export type AmountRead = AmountCheck;

/** Alert levels and recharge amounts may be 0 ("alert me when it is gone"): zero is an amount here. */
const ALERT_AMOUNT: AmountCheckOptions = { allowZero: true };

/**
 * Reads what the user typed into a money field, in their locale ("1,250.50" in en, "1.250,50" in
 * de), by core's `checkAmount`. Never throws: anything that is not a plain non-negative amount
 * becomes a named problem.
 */
export function readAmount(text: string, currency: string, locale: string): AmountRead {
  return checkAmount(text, currency, locale, ALERT_AMOUNT);
}

/** Several addresses, separated by commas, semicolons, spaces or new lines (as pasted from a mail client). */
export function splitEmails(text: string): string[] {
  return text.split(/[\s,;]+/).filter(Boolean);
}

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export function isEmail(text: string): boolean {
  return EMAIL.test(text);
}

export type AmountField =
  | 'threshold'
  | 'rechargeThreshold'
  | 'rechargeAmount'
  | 'rechargeTarget'
  | 'rechargeCap';

export type ErrorCode = keyof Messages['alerts']['errors'];

/** One problem, tied to the form field (`key`) it belongs to. */
export type ValidationError = {
  key: string;
  code: ErrorCode;
  /** For `code: 'amount'`: what is wrong with the amount, in core's vocabulary. */
  problem?: AmountProblem;
  /** Which amount field, for the amount messages ("the amount for alert 2"). */
  field?: AmountField;
  /** 1-based alert number, for thresholds. */
  n?: number;
  value?: string;
  money?: Money;
};

export type ValidationInput = {
  settings: AlertSettings;
  /** What the user typed, for the money fields whose text is not (yet) in the settings, by key. */
  amounts?: Record<string, AmountRead | undefined>;
  /** Smallest top-up the provider accepts. */
  minTopUp: Money;
  /** Where `minTopUp` comes from, for the message: the top-up minimum (default) or the host's own for auto-recharge. */
  minSource?: 'top-up' | 'auto-recharge';
  maxTopUp?: Money;
  /** The account's payment methods; undefined when they cannot be listed. */
  methods?: PaymentMethod[];
  /** The consent terms the current values would produce (null while they cannot be worded). */
  terms: string | null;
  /** The same terms without a charge made at once (a consent to more still covers them). */
  standingTerms?: string | null;
};

/** Field keys: also the suffix of each control's id, so the error summary can link to it. */
export const thresholdKey = (index: number) => `threshold-${index}`;

/**
 * Every rule, in the order the fields appear (the error summary lists them in that order).
 * Hidden sections are not checked: alerts off skips thresholds and channels; auto-recharge off
 * skips its amounts and consent.
 */
export function validateAlertSettings(input: ValidationInput): ValidationError[] {
  const { settings, amounts = {}, minTopUp, maxTopUp, methods, terms, standingTerms = terms } = input;
  const belowMin = input.minSource === 'auto-recharge' ? 'belowRechargeMin' : 'belowMin';
  const errors: ValidationError[] = [];

  const amount = (
    key: string,
    field: AmountField,
    current: Money,
    n?: number,
    limits?: AmountCheckOptions['limits'],
  ): Money | undefined => {
    const typed = amounts[key];
    const problemOf = (problem: AmountProblem) => errors.push({ key, code: 'amount', field, n, problem });
    // Typed text was read by readAmount: what it could not read is the problem to fix first.
    if (typed?.ok === false) {
      problemOf(typed.problem);
      return undefined;
    }
    const value = typed?.money ?? current;
    const read = checkMoney(value, { ...ALERT_AMOUNT, limits });
    if (read.ok) return read.money;
    const { problem } = read;
    if (problem.kind !== 'min' && problem.kind !== 'max') {
      problemOf(problem);
      return undefined;
    }
    // Outside the limits, said with where the limit comes from (the top-up's, or auto-recharge's
    // own); still an amount, so the checks that compare with it (the cap) go on.
    if (problem.kind === 'min') errors.push({ key, code: belowMin, money: problem.min });
    else errors.push({ key, code: 'aboveMax', money: problem.max });
    return value;
  };

  if (settings.alertsEnabled) {
    if (settings.thresholds.length === 0) errors.push({ key: 'thresholds', code: 'noThresholds' });
    settings.thresholds.forEach((t, i) => {
      amount(thresholdKey(i), 'threshold', t.amount, i + 1);
    });
    const { email, inApp } = settings.channels;
    const webhook = settings.channels.webhookUrl?.trim() ?? '';
    if (email.length === 0 && !inApp && !webhook) errors.push({ key: 'channels', code: 'noChannel' });
    const bad = email.find((address) => !isEmail(address));
    if (bad !== undefined) errors.push({ key: 'emails', code: 'email', value: bad });
    if (webhook && !webhookUrl(webhook)) errors.push({ key: 'webhook', code: 'webhook' });
  }

  const recharge = settings.autoRecharge;
  if (recharge.enabled) {
    const before = errors.length;
    if (methods && methods.length === 0) errors.push({ key: 'recharge', code: 'noMethod' });
    const threshold = amount('rechargeThreshold', 'rechargeThreshold', recharge.threshold);
    if (recharge.mode === 'target') {
      // Reload to a target: the target must sit above the balance that starts a recharge.
      const target = amount('rechargeTarget', 'rechargeTarget', recharge.target ?? recharge.threshold);
      if (target && threshold && target.amountMinor <= threshold.amountMinor)
        errors.push({ key: 'rechargeTarget', code: 'targetNotAbove', money: threshold });
      amount('rechargeCap', 'rechargeCap', recharge.monthlyCap);
    } else {
      const add = amount('rechargeAmount', 'rechargeAmount', recharge.amount, undefined, {
        min: minTopUp,
        max: maxTopUp,
      });
      const cap = amount('rechargeCap', 'rechargeCap', recharge.monthlyCap);
      if (add && cap && cap.amountMinor < add.amountMinor)
        errors.push({ key: 'rechargeCap', code: 'capBelowAmount', money: add });
    }
    // With terms on screen the box is the one missing step; without them, the errors above say why.
    if (
      !consentCovers(recharge.consent, terms, standingTerms) &&
      (terms !== null || errors.length === before)
    )
      errors.push({ key: 'consent', code: 'consent' });
  }
  return errors;
}

/** The error in words, in the user's locale: the same text inline and in the summary. */
export function describeError(
  error: ValidationError,
  messages: Pick<Messages, 'alerts' | 'topUp'>,
  locale: string,
  currency: string,
): string {
  const { errors, field } = messages.alerts;
  const digits = currencyDigits(currency);
  // An example in the field's own currency: "$20.00", "20,00 €", "¥20".
  const example = money(20 * 10 ** digits, currency);
  const values = {
    field: error.field ? formatMessage(field[error.field], { n: error.n }, locale) : undefined,
    example: formatMoney(example, locale),
    currency,
    value: error.value,
    min: error.money && formatMoney(error.money, locale),
    max: error.money && formatMoney(error.money, locale),
    amount: error.money && formatMoney(error.money, locale),
  };
  if (error.code === 'amount' && error.problem) {
    // The field's name, then OneClickTopUp's words for the same problem. Only alert amounts take
    // 0, so "0 or more" is theirs alone.
    const problem =
      error.problem.kind === 'negative'
        ? formatMessage(errors.amountNegative, values, locale)
        : amountProblemText(error.problem, currency, example, { messages, locale });
    return formatMessage(errors.amount, { ...values, problem }, locale);
  }
  return formatMessage(errors[error.code], values, locale);
}
