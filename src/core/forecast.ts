import { currencyDigits, money } from './money';
import { DAY_MS as DAY } from './time';
import type { Money, Usage } from './types';

type When = Date | string | number;
const time = (w: When) => +new Date(w);

// Mean and standard deviation of daily spend in [from, to), in one pass over the records. Credits
// (top-ups) live apart from records and never count as burn.
const daily = (usage: Usage | undefined, from: number, to: number, currency?: string) => {
  const spend: number[] = Array(Math.max(1, Math.round((to - from) / DAY))).fill(0);
  const n = spend.length;
  for (const r of usage?.records ?? []) {
    const i = Math.floor((time(r.at) - from) / DAY);
    currency ??= r.amount?.currency;
    // Out-of-window days are undefined slots.
    if (r.amount?.currency === currency && spend[i] !== undefined) spend[i] += r.amount.amountMinor;
  }
  const mean = Math.max(0, spend.reduce((a, b) => a + b) / n);
  return [mean, Math.sqrt(spend.reduce((a, b) => a + (b - mean) ** 2, 0) / n), currency ?? 'USD'] as const;
};

/** Average spend per day over a window (its currency: `currency`, else the first record's). */
export const burnRate = (usage: Usage, window: { from: When; to: When; currency?: string }): Money => {
  const [mean, , currency] = daily(usage, time(window.from), time(window.to), window.currency);
  return money(Math.round(mean), currency);
};

export type RunOutForecast = {
  burnPerDay: Money;
  /** When the balance runs out at the current pace; undefined when nothing was spent. */
  runOut?: { expected: Date; low: Date; high: Date };
};

/** When the balance runs out at the pace of the last `windowDays` (default 30) days. */
export const forecastRunOut = (
  balance: Money,
  usage: Usage,
  { now = Date.now(), windowDays = 30 }: { now?: When; windowDays?: number } = {},
): RunOutForecast => {
  const t = time(now);
  const [mean, sd] = daily(usage, t - windowDays * DAY, t, balance.currency);
  const burnPerDay = money(Math.round(mean), balance.currency);
  const left = Math.max(0, balance.amountMinor);
  // Spend over D days varies by about sd·√D, so the pace over that horizon by sd/√D; the slow end is
  // clamped at half the pace. At most a century ahead, so dates stay valid.
  const err = sd / Math.sqrt(Math.max(1, left / mean));
  const at = (pace: number) => new Date(t + Math.min(left / pace, 36500) * DAY);
  return mean > 0
    ? {
        burnPerDay,
        runOut: { expected: at(mean), low: at(mean + err), high: at(Math.max(mean - err, mean / 2)) },
      }
    : { burnPerDay };
};

/**
 * A top-up amount to suggest: the shortfall plus `days` (default 14) of typical spend, rounded up to
 * a friendly 5, 10, 25, 50, 100, 250… major units; 10 major units (¥1,000 for 0-decimal currencies)
 * when nothing is known.
 */
export const suggestTopUp = ({
  shortfall,
  burnPerDay,
  days = 14,
  currency,
  min,
}: {
  shortfall?: Money;
  burnPerDay?: Money;
  days?: number;
  currency: string;
  min?: Money;
}): Money => {
  const c = currency.toUpperCase();
  const of = (m?: Money) => (m?.currency === c ? Math.max(0, m.amountMinor) : 0);
  const d = currencyDigits(c);
  const need = Math.max(of(shortfall) + of(burnPerDay) * days || 10 ** Math.max(d, 2) * 10, of(min));
  let step = 5 * 10 ** d;
  for (let i = 0; step < need; i++) step *= i % 3 === 1 ? 2.5 : 2;
  return money(step, c);
};
