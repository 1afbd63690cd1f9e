import { numberFormat } from './intl';
import type { Money } from './types';

export type ParseMoneyFailure = 'empty' | 'invalid' | 'negative' | 'too_many_decimals' | 'too_large';
export type ParseMoneyResult = { ok: true; money: Money } | { ok: false; reason: ParseMoneyFailure };
export type ParseMoneyOptions = { allowNegative?: boolean };

// Bytes count in core (3 KB gzip budget): terse on purpose.

const nf = (locale?: string, currency?: string): Intl.NumberFormat =>
  numberFormat(locale, currency ? { style: 'currency', currency } : undefined);
const part = (f: Intl.NumberFormat, type: string) =>
  f.formatToParts(-12345.6).find((p) => p.type === type)?.value as string;

/** Money from an integer count of minor units. Throws a TypeError on programmer misuse only. */
export const money = (amountMinor: number, currency: string): Money => {
  if (!Number.isSafeInteger(amountMinor) || !/^[a-z]{3}$/i.test(currency))
    throw TypeError(`Invalid money: ${amountMinor} ${currency}`);
  // `+ 0` turns -0 into 0.
  return { amountMinor: amountMinor + 0, currency: currency.toUpperCase() };
};

/** Decimal places of a currency's minor unit, from Intl: USD 2, JPY 0, KWD 3. */
export const currencyDigits = (currency: string): number =>
  nf('en', currency).resolvedOptions().maximumFractionDigits as number;

/** "12.50", "-3.000", "1200" (JPY): exact, for CSV and for Intl. */
export const toDecimalString = ({ amountMinor: a, currency }: Money): string =>
  decimal(a, currencyDigits(currency));

const decimal = (a: number, d: number): string => {
  const s = `${Math.abs(a)}`.padStart(d + 1, '0');
  const i = s.length - d;
  return (a < 0 ? '-' : '') + s.slice(0, i) + (d ? `.${s.slice(i)}` : '');
};

/** Formats at the edge with Intl, from the exact decimal string (never a float division). */
export const formatMoney = (m: Money, locale?: string): string => {
  // Display never crashes the conversation: a locale Intl rejects falls back to the runtime's; a
  // currency code it rejects shows as the bare amount (two decimals) followed by the code.
  for (const l of [locale, undefined])
    try {
      return nf(l, m.currency).format(toDecimalString(m) as `${number}`);
    } catch {}
  return `${decimal(m.amountMinor, 2)} ${m.currency}`;
};

/**
 * Reads what a user typed, in their locale: "1.234,56" (de-DE), "$1,234.56" (en-US), "1 234,56 €"
 * (fr-FR, any kind of space), with or without the symbol or code. Never throws. The digits are
 * joined as a string ("12" + "5") and read as one integer, times a power of ten: exact below 2^53.
 */
export const parseMoney = (
  text: string,
  currency: string,
  locale?: string,
  options: ParseMoneyOptions = {},
): ParseMoneyResult => {
  let reason: ParseMoneyFailure | '' = 'invalid';
  let n = 0;
  let sign: string | undefined;
  try {
    const s = `${text ?? ''}`
      .replace(part(nf(locale, currency), 'currency'), '')
      .toUpperCase()
      .replace(currency.toUpperCase(), '')
      .replace(/[\s\p{Sc}\u200e\u200f\u061c]/gu, '');
    const f = nf(locale);
    // A group separator only counts in a real grouping: "12.5" in de-DE is not 125.
    const [, minus, int = '', frac = ''] =
      RegExp(
        `^([-\u2212]?)(\\d{1,3}(?:[${part(f, 'group')}]\\d{3})+|\\d*)(?:[${part(f, 'decimal')}](\\d*?)0*)?$`,
      ).exec(s) ?? [];
    const digits = int.replace(/\D/g, '') + frac;
    const extra = currencyDigits(currency) - frac.length;
    sign = minus;
    n = +digits * 10 ** extra;
    reason = !s
      ? 'empty'
      : !digits
        ? 'invalid'
        : extra < 0
          ? 'too_many_decimals'
          : !Number.isSafeInteger(n)
            ? 'too_large'
            : sign && n && !options.allowNegative
              ? 'negative'
              : '';
  } catch {}
  return reason ? { ok: false, reason } : { ok: true, money: money(sign ? -n : n, currency) };
};

/** A decimal amount from a server ("12.5", 12.5) in minor units; undefined unless exact. */
export const fromDecimal = (value: number | string, currency: string): Money | undefined => {
  const r = parseMoney(value as string, currency, 'en', { allowNegative: true });
  return r.ok ? r.money : undefined;
};

// a's amount, once the currencies match (a mismatch is a programmer error).
const same = (a: Money, b: Money) => {
  if (a.currency !== b.currency) throw TypeError(`${a.currency} ≠ ${b.currency}`);
  return a.amountMinor;
};
/** Throws on a currency mismatch or an unsafe result. */
export const addMoney = (a: Money, b: Money): Money => money(same(a, b) + b.amountMinor, a.currency);
export const subtractMoney = (a: Money, b: Money): Money => money(same(a, b) - b.amountMinor, a.currency);
/** -1, 0 or 1. */
export const compareMoney = (a: Money, b: Money): number => Math.sign(same(a, b) - b.amountMinor);
export const maxMoney = (a: Money, b: Money): Money => (compareMoney(a, b) < 0 ? b : a);
export const minMoney = (a: Money, b: Money): Money => (compareMoney(a, b) > 0 ? b : a);
