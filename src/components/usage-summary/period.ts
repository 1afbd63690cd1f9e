/**
 * Calendar periods in the user's time zone, framework-free. A "day" is a calendar date string
 * (`YYYY-MM-DD`); instants are epoch milliseconds. Only Intl is used: no date library.
 */

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

const DAY_MS = 86_400_000;
const formats = new Map<string, Intl.DateTimeFormat>();

function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** The user's time zone, or `preferred` when it is a zone Intl knows; UTC as the last resort. */
export function resolveTimeZone(preferred?: string): string {
  const candidates = [preferred, Intl.DateTimeFormat().resolvedOptions().timeZone];
  for (const zone of candidates) {
    if (!zone) continue;
    try {
      partsFormat(zone);
      return zone;
    } catch {
      // An unknown zone name: try the next one rather than failing the whole statement.
    }
  }
  return 'UTC';
}

type WallClock = Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;

/** The calendar date and time an instant shows on a clock in the time zone. */
function wallClock(ms: number, timeZone: string): WallClock {
  const values: Record<string, number> = {};
  for (const part of partsFormat(timeZone).formatToParts(ms)) values[part.type] = Number(part.value);
  return values as WallClock;
}

/** Local wall-clock time minus UTC at this instant, in milliseconds. */
function offsetAt(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  // Some engines still print midnight as 24 under h23.
  return Date.UTC(w.year, w.month - 1, w.day, w.hour % 24, w.minute, w.second) - Math.floor(ms / 1000) * 1000;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function formatDay(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDay(day: string): [number, number, number] {
  const match = DAY_PATTERN.exec(day);
  if (!match) throw new RangeError(`Not a calendar day (YYYY-MM-DD): ${day}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** True for a real calendar day written `YYYY-MM-DD` (what `<input type="date">` gives). */
export function isCalendarDay(value: string): boolean {
  // Date.UTC rolls an impossible day over (Feb 30 → Mar 2), so only a real one reads back the same.
  return DAY_PATTERN.test(value) && addDays(value, 0) === value;
}

/** The calendar day an instant falls on in the time zone. */
export function zonedDay(ms: number, timeZone: string): string {
  const w = wallClock(ms, timeZone);
  return formatDay(w.year, w.month, w.day);
}

/** Calendar arithmetic on day strings (no time zone involved). */
export function addDays(day: string, count: number): string {
  const [year, month, date] = parseDay(day);
  const next = new Date(Date.UTC(year, month - 1, date + count));
  return formatDay(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
}

/** Days from `from` to `to` (0 when equal; negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parseDay(from);
  const [y2, m2, d2] = parseDay(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / DAY_MS);
}

/** The first instant of a calendar day in the time zone (midnight, or later where DST skips it). */
export function startOfZonedDay(day: string, timeZone: string): number {
  const [year, month, date] = parseDay(day);
  const wall = Date.UTC(year, month - 1, date);
  const first = wall - offsetAt(wall, timeZone);
  const second = wall - offsetAt(first, timeZone);
  // Two candidates differ only around a DST change; keep the earliest that is really on `day`.
  const candidates = [first, second].sort((a, b) => a - b);
  return candidates.find((t) => zonedDay(t, timeZone) === day) ?? (candidates[1] as number);
}

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
  const dayStarts: number[] = [];
  for (let i = 0; i <= days; i++) dayStarts.push(startOfZonedDay(addDays(firstDay, i), timeZone));
  return {
    timeZone,
    firstDay,
    lastDay,
    from: dayStarts[0] as number,
    to: dayStarts[days] as number,
    previousFrom: startOfZonedDay(addDays(firstDay, -days), timeZone),
    days,
    dayStarts,
  };
}
