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
  /**
   * The period it is compared with, [previousFrom, previousTo): the N days before for a run of
   * days, the month before for a calendar month, the same days of the month before for this month.
   */
  previousFrom: number;
  previousTo: number;
  /** How the comparison is said: "vs the previous 30 days", "vs October", "vs the same days in November". */
  comparison: 'days' | 'month' | 'month-to-date';
  /** A day in the previous period, to name its month. */
  previousFirstDay: string;
  /** Number of calendar days in the period. */
  days: number;
  /** Start of every day of the period, plus `to`: `days + 1` instants (days last 23–25 h around DST). */
  dayStarts: number[];
};

const minDay = (a: string, b: string) => (a < b ? a : b);

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
  const from = starts[0] as number;
  // Comparisons only between comparable periods: a month with a month, part of a month with the
  // same part of the month before (clamped to its length), a run of days with as many days before.
  let comparison: ResolvedPeriod['comparison'] = 'days';
  let previousFirstDay = addDays(firstDay, -days);
  let previousTo = from;
  if (period === 'this-month' || period === 'previous-month') {
    previousFirstDay = `${addDays(firstDay, -1).slice(0, 8)}01`;
    const monthEnd = addDays(firstDay, -1);
    const previousLastDay =
      period === 'this-month' ? minDay(addDays(previousFirstDay, days - 1), monthEnd) : monthEnd;
    comparison = period === 'this-month' ? 'month-to-date' : 'month';
    previousTo = startOfZonedDay(addDays(previousLastDay, 1), timeZone);
  }
  return {
    timeZone,
    firstDay,
    lastDay,
    from,
    to: starts[days] as number,
    previousFrom: startOfZonedDay(previousFirstDay, timeZone),
    previousTo,
    comparison,
    previousFirstDay,
    days,
    dayStarts: starts,
  };
}
