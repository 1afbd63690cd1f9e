/**
 * Calendar periods in the user's time zone, framework-free, on core's one day model
 * (`core/time`). A "day" is a calendar date string (`YYYY-MM-DD`); instants are epoch milliseconds.
 */
import {
  addDays,
  dayStarts,
  daysBetween,
  isCalendarDay,
  resolveTimeZone,
  startOfZonedDay,
  zonedDay,
} from '../../core/time';

export type UsagePeriodPreset = 'last-7-days' | 'last-30-days' | 'this-month' | 'previous-month';

/** A preset, or a custom range of calendar days (`YYYY-MM-DD`, both inclusive). */
export type UsagePeriod = UsagePeriodPreset | { from: string; to: string };

export type ResolvedPeriod = {
  timeZone: string;
  /** First and last calendar day of the period, inclusive. */
  firstDay: string;
  lastDay: string;
  /** Start of the first day and start of the day after the last one (exclusive). */
  from: number;
  to: number;
  /** Start of the previous period of equal length, which ends at `from`. */
  previousFrom: number;
  /** Number of calendar days in the period. */
  days: number;
  /** Start of every day of the period, plus `to`: `days + 1` instants (days last 23–25 h around DST). */
  dayStarts: number[];
};

/** A custom range is valid when both are days, from ≤ to, and neither lies after `today`. */
export function validateRange(
  range: { from: string; to: string },
  today: string,
): 'missing-from' | 'missing-to' | 'order' | 'future-from' | 'future-to' | null {
  if (!isCalendarDay(range.from)) return 'missing-from';
  if (!isCalendarDay(range.to)) return 'missing-to';
  // ISO day strings compare correctly as strings.
  if (range.from > today) return 'future-from';
  if (range.to > today) return 'future-to';
  if (range.from > range.to) return 'order';
  return null;
}

/**
 * Turns a period into instants in the time zone. Presets end today (today included); a custom
 * range is clamped to today and put in order, so this never throws for user input.
 */
export function resolvePeriod(
  period: UsagePeriod,
  options: { now?: number; timeZone?: string } = {},
): ResolvedPeriod {
  const timeZone = resolveTimeZone(options.timeZone);
  const today = zonedDay(options.now ?? Date.now(), timeZone);
  let firstDay: string;
  let lastDay = today;
  if (period === 'last-7-days') firstDay = addDays(today, -6);
  else if (period === 'last-30-days') firstDay = addDays(today, -29);
  else if (period === 'this-month') firstDay = `${today.slice(0, 8)}01`;
  else if (period === 'previous-month') {
    lastDay = addDays(`${today.slice(0, 8)}01`, -1);
    firstDay = `${lastDay.slice(0, 8)}01`;
  } else {
    const clamp = (day: string) => (isCalendarDay(day) && day < today ? day : today);
    const to = clamp(period.to);
    const from = isCalendarDay(period.from) ? clamp(period.from) : to;
    [firstDay, lastDay] = from > to ? [to, from] : [from, to];
  }
  const days = daysBetween(firstDay, lastDay) + 1;
  const starts = dayStarts(firstDay, days, timeZone);
  return {
    timeZone,
    firstDay,
    lastDay,
    from: starts[0] as number,
    to: starts[days] as number,
    previousFrom: startOfZonedDay(addDays(firstDay, -days), timeZone),
    days,
    dayStarts: starts,
  };
}
