/**
 * The one home for top-up amounts: limits, round presets, the suggested amount and the checks
 * on what a user typed, with one problem vocabulary. The modal, OneClickTopUp, the banner and
 * auto-recharge all ask here, so they never disagree on what a top-up may be.
 */
import { numberFormat } from './intl';
import { currencyDigits, parseMoney } from './money';
import type { Money } from './types';

/** Smallest and largest top-up, as a host (or a billing server) sets them. */
export type TopUpLimits = { min?: Money; max?: Money };

/** Limits in one currency: there is always a smallest top-up; a largest only when someone set one. */
export type AmountLimits = { min: Money; max?: Money };

/** One major unit ($1.00, ¥1, 1.000 KWD) in minor units. */
const majorUnit = (currency: string) => 10 ** currencyDigits(currency);

const inCurrency = (bound: Money | undefined, currency: string) =>
  bound && bound.currency === currency && Number.isSafeInteger(bound.amountMinor) ? bound : undefined;

/**
 * The limits that hold for `currency`, from every source that sets any (a component's props, the
 * provider's `limits`, what a billing server said): the tightest bound wins, since each source
 * must accept the amount. Bounds in other currencies do not apply. Without a minimum from anyone,
 * the smallest top-up is one major unit.
 */
export function topUpLimits(currency: string, ...sources: (TopUpLimits | undefined)[]): AmountLimits {
  let min: Money | undefined;
  let max: Money | undefined;
  for (const source of sources) {
    const ownMin = inCurrency(source?.min, currency);
    const ownMax = inCurrency(source?.max, currency);
    if (ownMin && (!min || ownMin.amountMinor > min.amountMinor)) min = ownMin;
    if (ownMax && (!max || ownMax.amountMinor < max.amountMinor)) max = ownMax;
  }
  return { min: min ?? { amountMinor: majorUnit(currency), currency }, max };
}

/** Round presets within the limits: 10/25/50/100, ×100 for currencies without decimals (¥1,000…). */
export function defaultPresets(currency: string, limits?: AmountLimits): Money[] {
  const unit = majorUnit(currency) * (currencyDigits(currency) === 0 ? 100 : 1);
  return [10, 25, 50, 100]
    .map((count) => ({ amountMinor: count * unit, currency }))
    .filter((preset) => isWithin(preset, limits));
}

const isWithin = (amount: Money, limits?: AmountLimits) =>
  !limits ||
  (amount.amountMinor >= limits.min.amountMinor &&
    (!limits.max || amount.amountMinor <= limits.max.amountMinor));

export type SuggestTopUpInput = {
  currency: string;
  /** The balance now. With `required`, the shortfall follows from both. */
  balance?: Money;
  /** What the waiting work needs in all (see `waitingNeeds`). */
  required?: Money;
  /** What is missing, when the caller knows it but not the balance and needs. */
  shortfall?: Money;
  /** Typical spend per day: the suggestion leaves `days` of it after the waiting work has run. */
  burnPerDay?: Money;
  /** Default 14: past the banner's one-week warning, so a suggested top-up ends the warning too. */
  days?: number;
  /** An alert level the balance should stay at or above afterwards (the highest one set). */
  keepAbove?: Money;
  min?: Money;
  max?: Money;
};

/**
 * A top-up amount to suggest: enough that, once the waiting work has run, the balance still covers
 * `days` of typical spend and stays at or above `keepAbove` — rounded up to a friendly 5, 10, 25,
 * 50, 100, 250… major units, within `min` and `max`. 10 major units (¥1,000 for 0-decimal
 * currencies) when nothing is known. Amounts in other currencies are ignored.
 */
export function suggestTopUp(input: SuggestTopUpInput): Money {
  const currency = input.currency.toUpperCase();
  const amountOf = (value?: Money) => (value?.currency === currency ? Math.max(0, value.amountMinor) : 0);
  const digits = currencyDigits(currency);
  // What is left for later once the waiting work has run: negative when the balance is short.
  const balance = input.balance?.currency === currency ? input.balance.amountMinor : undefined;
  const left = balance === undefined ? -amountOf(input.shortfall) : balance - amountOf(input.required);
  const reserve = Math.max(amountOf(input.burnPerDay) * (input.days ?? 14), amountOf(input.keepAbove));
  const needed = Math.max(0, reserve - left);
  const min = amountOf(inCurrency(input.min, currency));
  const target = Math.max(needed || 10 ** Math.max(digits, 2) * 10, min);
  let step = 5 * 10 ** digits;
  for (let i = 0; step < target; i++) step *= i % 3 === 1 ? 2.5 : 2;
  const max = inCurrency(input.max, currency);
  return { amountMinor: max && step > max.amountMinor ? Math.max(max.amountMinor, min) : step, currency };
}

/**
 * What the waiting work needs in all: the sum of each request's `required` when every one is
 * known; else the largest known, which is only a lower bound (`atLeast`). Undefined when none is
 * known, or when they are in different currencies (no honest total then).
 */
export function waitingNeeds(
  required: readonly (Money | undefined)[],
): { needs: Money; atLeast: boolean } | undefined {
  const known = required.filter((amount): amount is Money => !!amount);
  const currency = known[0]?.currency;
  if (!currency || known.some((amount) => amount.currency !== currency)) return undefined;
  const atLeast = known.length < required.length;
  const amounts = known.map((amount) => amount.amountMinor);
  const total = atLeast ? Math.max(...amounts) : amounts.reduce((sum, amount) => sum + amount, 0);
  return { needs: { amountMinor: total, currency }, atLeast };
}

/** needs − balance, when the balance is short of it (same currency); else undefined. */
export function shortfallOf(balance: Money | undefined, needs: Money | undefined): Money | undefined {
  if (!balance || !needs || balance.currency !== needs.currency) return undefined;
  const missing = needs.amountMinor - balance.amountMinor;
  return missing > 0 ? { amountMinor: missing, currency: needs.currency } : undefined;
}

/**
 * Why an amount cannot be used, one problem at a time (GOV.UK: the one to fix first):
 * `empty` nothing typed · `invalid` not a number · `negative` · `decimals` more places than the
 * currency has · `too-large` beyond what can be counted exactly (and no maximum to name instead) ·
 * `min` / `max` outside the limits.
 */
export type AmountProblem =
  | { kind: 'empty' }
  | { kind: 'invalid' }
  | { kind: 'negative' }
  | { kind: 'decimals'; digits: number }
  | { kind: 'too-large' }
  | { kind: 'min'; min: Money }
  | { kind: 'max'; max: Money };

export type AmountCheck = { ok: true; money: Money } | { ok: false; problem: AmountProblem };

export type AmountCheckOptions = {
  /** Bounds to hold the amount to; none: any amount of 0 or more (an alert level may be 0). */
  limits?: TopUpLimits;
  /** Zero is an amount (an alert level), not a missing one. Default false: top-ups are positive. */
  allowZero?: boolean;
};

/**
 * Checks what a user typed, read in their locale ("1.234,56" in de-DE); bounds are compared as
 * integers. Never throws.
 */
export function checkAmount(
  text: string,
  currency: string,
  locale: string,
  options: AmountCheckOptions = {},
): AmountCheck {
  const parsed = parseMoney(text, currency, locale);
  if (parsed.ok) return checkMoney(parsed.money, options);
  const { min, max } = options.limits ?? {};
  const problem: AmountProblem =
    parsed.reason === 'too_many_decimals'
      ? { kind: 'decimals', digits: currencyDigits(currency) }
      : parsed.reason === 'too_large'
        ? max
          ? { kind: 'max', max }
          : { kind: 'too-large' }
        : parsed.reason === 'negative'
          ? min
            ? { kind: 'min', min }
            : { kind: 'negative' }
          : { kind: parsed.reason };
  return { ok: false, problem };
}

/** Checks an amount that is already Money (a saved setting, a prop) by the same rules as typed text. */
export function checkMoney(value: Money, options: AmountCheckOptions = {}): AmountCheck {
  const { min, max } = options.limits ?? {};
  if (!Number.isSafeInteger(value.amountMinor))
    return { ok: false, problem: max ? { kind: 'max', max } : { kind: 'too-large' } };
  if (min && value.currency === min.currency && value.amountMinor < min.amountMinor)
    return { ok: false, problem: { kind: 'min', min } };
  if (max && value.currency === max.currency && value.amountMinor > max.amountMinor)
    return { ok: false, problem: { kind: 'max', max } };
  if (value.amountMinor < 0) return { ok: false, problem: { kind: 'negative' } };
  if (value.amountMinor === 0 && !options.allowZero) return { ok: false, problem: { kind: 'empty' } };
  return { ok: true, money: value };
}

/** An amount as a user would type it in this locale ("12.50", "12,50"), from integers (never a float). */
export function amountInputText(value: Money, locale: string): string {
  const digits = currencyDigits(value.currency);
  const unit = 10 ** digits;
  const sign = value.amountMinor < 0 ? '-' : '';
  const whole = String(Math.trunc(Math.abs(value.amountMinor) / unit));
  if (!digits) return sign + whole;
  const separator =
    numberFormat(locale)
      .formatToParts(1.5)
      .find((part) => part.type === 'decimal')?.value ?? '.';
  return `${sign}${whole}${separator}${String(Math.abs(value.amountMinor) % unit).padStart(digits, '0')}`;
}
