import { money } from './money';
import { addDays, DAY_MS, dayIndex, dayStarts, daysBetween, resolveTimeZone, zonedDay } from './time';
import type { Money, Usage } from './types';

type When = Date | string | number;
const time = (when: When) => new Date(when).getTime();

/** Average spend per day over a window (its currency: `currency`, else the first record's). */
export const burnRate = (usage: Usage, window: { from: When; to: When; currency?: string }): Money => {
  const from = time(window.from);
  const to = time(window.to);
  let currency = window.currency;
  let total = 0;
  for (const record of usage.records) {
    const at = time(record.at);
    currency ??= record.amount?.currency;
    if (at >= from && at < to && record.amount?.currency === currency) total += record.amount.amountMinor;
  }
  // Credits (top-ups) live apart from records and never count as burn.
  const days = Math.max(1, Math.round((to - from) / DAY_MS));
  return money(Math.max(0, Math.round(total / days)), currency ?? 'USD');
};

export type RunOutForecast = {
  burnPerDay: Money;
  /** When the balance runs out at the current pace; undefined when nothing was spent. */
  runOut?: { expected: Date; low: Date; high: Date };
};

/**
 * The run-out range for a balance at the pace of `dailySpend` (minor units per calendar day, one
 * entry per day shown), projected from `now`. The range never starts before `now`: an empty
 * balance runs out now.
 */
export function projectRunOut(
  balance: Money,
  dailySpend: readonly number[],
  now: When = Date.now(),
): RunOutForecast {
  const days = Math.max(1, dailySpend.length);
  const total = dailySpend.reduce((sum, spend) => sum + spend, 0);
  // Averages over the days shown: average × days is the spend, to the minor unit.
  const mean = Math.max(0, total / days);
  const burnPerDay = money(Math.round(mean), balance.currency);
  if (!(mean > 0)) return { burnPerDay };
  const deviation = Math.sqrt(dailySpend.reduce((sum, spend) => sum + (spend - mean) ** 2, 0) / days);
  const start = time(now);
  const left = Math.max(0, balance.amountMinor);
  // Spend over D days varies by about sd·√D, so the pace over that horizon by sd/√D; the slow end is
  // clamped at half the pace. At most a century ahead, so dates stay valid.
  const spread = deviation / Math.sqrt(Math.max(1, left / mean));
  const at = (pace: number) => new Date(start + Math.min(left / pace, 36500) * DAY_MS);
  return {
    burnPerDay,
    runOut: { expected: at(mean), low: at(mean + spread), high: at(Math.max(mean - spread, mean / 2)) },
  };
}

/**
 * Spend per calendar day over the last `days` days in the time zone, today included (oldest
 * first), in `currency`: the days the usage summary shows. A record stamped later today (a server
 * clock a little ahead) counts for today, as it does there; records after today or in other
 * currencies are left out; credits never count as spend.
 */
export function dailySpend(
  usage: Usage,
  { now, days, timeZone, currency }: { now: number; days: number; timeZone: string; currency: string },
): number[] {
  const firstDay = addDays(zonedDay(now, timeZone), 1 - days);
  const starts = dayStarts(firstDay, days, timeZone);
  const spend = new Array<number>(days).fill(0);
  for (const record of usage.records) {
    const at = time(record.at);
    if (record.amount?.currency !== currency) continue;
    const index = dayIndex(at, starts);
    if (index >= 0) spend[index] = (spend[index] as number) + record.amount.amountMinor;
  }
  return spend;
}

/**
 * When the balance runs out at the pace of the last `windowDays` calendar days (default 30, today
 * included) in `timeZone` (default: the runtime's) — the days the usage summary shows by default,
 * so the banner and the summary say the same date.
 */
export const forecastRunOut = (
  balance: Money,
  usage: Usage,
  {
    now = Date.now(),
    windowDays = 30,
    timeZone,
  }: { now?: When; windowDays?: number; timeZone?: string } = {},
): RunOutForecast => {
  const start = time(now);
  const days = Math.max(1, Math.round(windowDays));
  const zone = resolveTimeZone(timeZone);
  return projectRunOut(
    balance,
    dailySpend(usage, { now: start, days, timeZone: zone, currency: balance.currency }),
    start,
  );
};

/**
 * The run-out range as calendar days in the time zone, and how many days from today its first
 * day is (0: today). Said the same way wherever it shows.
 */
export function runOutDays(
  runOut: { low: Date; high: Date },
  { now = Date.now(), timeZone }: { now?: When; timeZone: string },
): { firstDay: string; lastDay: string; today: string; daysAway: number } {
  const today = zonedDay(time(now), timeZone);
  const firstDay = zonedDay(runOut.low.getTime(), timeZone);
  const lastDay = zonedDay(runOut.high.getTime(), timeZone);
  return { firstDay, lastDay, today, daysAway: daysBetween(today, firstDay) };
}
