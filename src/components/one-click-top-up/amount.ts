import { compareMoney, currencyDigits, type Money, parseMoney } from '../../core';

export type AmountProblem =
  | { kind: 'empty' }
  | { kind: 'min'; min: Money }
  | { kind: 'max'; max: Money }
  | { kind: 'decimals'; digits: number };

export type AmountCheck = { ok: true; money: Money } | { ok: false; problem: AmountProblem };

/** 10^digits as an integer: one major unit in minor units. */
export function majorUnit(currency: string): number {
  return 10 ** currencyDigits(currency);
}

/** Round presets when the host passes none: 10/25/50/100, ×100 for currencies without decimals (¥1,000…). */
export function defaultPresets(currency: string): Money[] {
  const unit = majorUnit(currency) * (currencyDigits(currency) === 0 ? 100 : 1);
  return [10, 25, 50, 100].map((n) => ({ amountMinor: n * unit, currency }));
}

/** The smallest top-up when neither the component nor the provider sets one: one major unit. */
export function defaultMin(currency: string): Money {
  return { amountMinor: majorUnit(currency), currency };
}

export function sameMoney(a: Money | undefined, b: Money | undefined): boolean {
  return !!a && !!b && a.currency === b.currency && a.amountMinor === b.amountMinor;
}

/** An amount as the user would type it in this locale, built from integers (never a float). */
export function toInputText(value: Money, locale: string): string {
  const digits = currencyDigits(value.currency);
  const unit = 10 ** digits;
  const whole = String(Math.trunc(value.amountMinor / unit));
  if (!digits) return whole;
  const separator =
    new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
  return `${whole}${separator}${String(value.amountMinor % unit).padStart(digits, '0')}`;
}

/** A bound in another currency than the amount's does not apply (a host may set limits for one). */
export function inCurrency(bound: Money | undefined, currency: string): Money | undefined {
  return bound && bound.currency === currency ? bound : undefined;
}

/**
 * Validates what the user typed, GOV.UK style: one problem, phrased as what to do. `parseMoney`
 * does the locale-aware reading (1.234,56 in de-DE); bounds are compared as integers.
 */
export function checkAmount(
  text: string,
  currency: string,
  locale: string,
  min: Money | undefined,
  max: Money | undefined,
): AmountCheck {
  const parsed = parseMoney(text, currency, locale);
  if (!parsed.ok) {
    if (parsed.reason === 'too_many_decimals')
      return { ok: false, problem: { kind: 'decimals', digits: currencyDigits(currency) } };
    if (parsed.reason === 'negative' && min) return { ok: false, problem: { kind: 'min', min } };
    if (parsed.reason === 'too_large' && max) return { ok: false, problem: { kind: 'max', max } };
    return { ok: false, problem: { kind: 'empty' } };
  }
  const value = parsed.money;
  if (min && compareMoney(value, min) < 0) return { ok: false, problem: { kind: 'min', min } };
  if (max && compareMoney(value, max) > 0) return { ok: false, problem: { kind: 'max', max } };
  if (value.amountMinor <= 0) return { ok: false, problem: { kind: 'empty' } };
  return { ok: true, money: value };
}
