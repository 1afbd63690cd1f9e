import { numberFormat } from './intl';
import type { Money } from './types';

export type ParseMoneyFailure = 'empty' | 'invalid' | 'negative' | 'too_many_decimals' | 'too_large';
export type ParseMoneyResult = { ok: true; money: Money } | { ok: false; reason: ParseMoneyFailure };
export type ParseMoneyOptions = { allowNegative?: boolean };

/** Intl's number format for a locale, in a currency when one is named. */
const numberFormatFor = (locale?: string, currency?: string): Intl.NumberFormat =>
  numberFormat(locale, currency ? { style: 'currency', currency } : undefined);

/** What a format writes for one part of a number: its "group" or "decimal" separator, its "currency" symbol. */
const symbolOf = (format: Intl.NumberFormat, partType: Intl.NumberFormatPartTypes): string =>
  format.formatToParts(-12345.6).find((part) => part.type === partType)?.value as string;

/** Whether a value from outside (a server's JSON) is Money: integer minor units and an ISO 4217 code. */
export const isMoney = (value: unknown): value is Money => {
  const { amountMinor, currency } = (value ?? {}) as Partial<Money>;
  return Number.isSafeInteger(amountMinor) && typeof currency === 'string' && /^[A-Z]{3}$/.test(currency);
};

/** Money from an integer count of minor units. Throws a TypeError on programmer misuse only. */
export const money = (amountMinor: number, currency: string): Money => {
  if (!Number.isSafeInteger(amountMinor) || !/^[a-z]{3}$/i.test(currency))
    throw TypeError(`Invalid money: ${amountMinor} ${currency}`);
  // `+ 0` turns -0 into 0.
  return { amountMinor: amountMinor + 0, currency: currency.toUpperCase() };
};

const digitsByCurrency = new Map<string, number>();

/** Decimal places of a currency's minor unit, from Intl: USD 2, JPY 0, KWD 3. */
export const currencyDigits = (currency: string): number => {
  // Asked for every amount formatted or parsed; resolvedOptions() builds a new object each time.
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    digits = numberFormatFor('en', currency).resolvedOptions().maximumFractionDigits as number;
    digitsByCurrency.set(currency, digits);
  }
  return digits;
};

/** "12.50", "-3.000", "1200" (JPY): exact, for CSV and for Intl. */
export const toDecimalString = ({ amountMinor, currency }: Money): string =>
  decimalText(amountMinor, currencyDigits(currency));

/** An integer count of minor units written as a decimal with `fractionDigits` places: (-1250, 2) → "-12.50". */
const decimalText = (amountMinor: number, fractionDigits: number): string => {
  const digits = `${Math.abs(amountMinor)}`.padStart(fractionDigits + 1, '0');
  const wholeLength = digits.length - fractionDigits;
  const sign = amountMinor < 0 ? '-' : '';
  const fraction = fractionDigits > 0 ? `.${digits.slice(wholeLength)}` : '';
  return `${sign}${digits.slice(0, wholeLength)}${fraction}`;
};

/** Formats at the edge with Intl, from the exact decimal string (never a float division). */
export const formatMoney = (amount: Money, locale?: string): string => {
  // Display never crashes the conversation: a locale Intl rejects falls back to the runtime's; a
  // currency code it rejects shows as the bare amount (two decimals) followed by the code.
  for (const candidateLocale of [locale, undefined]) {
    try {
      return numberFormatFor(candidateLocale, amount.currency).format(toDecimalString(amount) as `${number}`);
    } catch {
      // Try the next locale.
    }
  }
  return `${decimalText(amount.amountMinor, 2)} ${amount.currency}`;
};

/** What the user typed, without the currency's symbol or code, white space and direction marks. */
const amountTextOf = (text: string, currency: string, locale?: string): string =>
  text
    .replace(symbolOf(numberFormatFor(locale, currency), 'currency'), '')
    .toUpperCase()
    .replace(currency.toUpperCase(), '')
    .replace(/[\s\p{Sc}\u200e\u200f\u061c]/gu, '');

/**
 * A number as the locale writes it, in three captures: an optional minus, the whole part, the
 * fraction without its trailing zeros. A group separator only counts in a real grouping: "12.5"
 * in de-DE is not 125.
 */
const amountPatternFor = (locale?: string): RegExp => {
  const format = numberFormatFor(locale);
  const group = symbolOf(format, 'group');
  const decimalSeparator = symbolOf(format, 'decimal');
  return new RegExp(`^([-\u2212]?)(\\d{1,3}(?:[${group}]\\d{3})+|\\d*)(?:[${decimalSeparator}](\\d*?)0*)?$`);
};

const failure = (reason: ParseMoneyFailure): ParseMoneyResult => ({ ok: false, reason });

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
  try {
    const amountText = amountTextOf(`${text ?? ''}`, currency, locale);
    if (!amountText) return failure('empty');
    const [, minus, wholePart = '', fractionPart = ''] = amountPatternFor(locale).exec(amountText) ?? [];
    const digits = wholePart.replace(/\D/g, '') + fractionPart;
    if (!digits) return failure('invalid');
    const missingFractionDigits = currencyDigits(currency) - fractionPart.length;
    if (missingFractionDigits < 0) return failure('too_many_decimals');
    const amountMinor = Number(digits) * 10 ** missingFractionDigits;
    if (!Number.isSafeInteger(amountMinor)) return failure('too_large');
    if (minus && amountMinor && !options.allowNegative) return failure('negative');
    return { ok: true, money: money(minus ? -amountMinor : amountMinor, currency) };
  } catch {
    // Intl rejected the locale or the currency.
    return failure('invalid');
  }
};

/** A decimal amount from a server ("12.5", 12.5) in minor units; undefined unless exact. */
export const fromDecimal = (value: number | string, currency: string): Money | undefined => {
  const parsed = parseMoney(value as string, currency, 'en', { allowNegative: true });
  return parsed.ok ? parsed.money : undefined;
};

/** `a`'s amount, once `b` is known to be in the same currency (a mismatch is a programmer error). */
const amountOfSameCurrency = (a: Money, b: Money): number => {
  if (a.currency !== b.currency) throw TypeError(`${a.currency} ≠ ${b.currency}`);
  return a.amountMinor;
};
/** Throws on a currency mismatch or an unsafe result. */
export const addMoney = (a: Money, b: Money): Money =>
  money(amountOfSameCurrency(a, b) + b.amountMinor, a.currency);
export const subtractMoney = (a: Money, b: Money): Money =>
  money(amountOfSameCurrency(a, b) - b.amountMinor, a.currency);
/** -1, 0 or 1. */
export const compareMoney = (a: Money, b: Money): number =>
  Math.sign(amountOfSameCurrency(a, b) - b.amountMinor);
export const maxMoney = (a: Money, b: Money): Money => (compareMoney(a, b) < 0 ? b : a);
export const minMoney = (a: Money, b: Money): Money => (compareMoney(a, b) > 0 ? b : a);
