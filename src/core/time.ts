/**
 * The one day model: calendar days in a time zone, framework-free, Intl only (no date library).
 * A "day" is a calendar date string (`YYYY-MM-DD`); instants are epoch milliseconds. Forecasts,
 * usage statements and the banner all count days here, so they agree on what "today" is.
 */
import { dateTimeFormat } from './intl';

type Instant = Date | string | number;

/** Milliseconds in 24 hours. Calendar days last 23–25 h around DST: count those with `addDays`. */
export const DAY_MS = 86_400_000;

const wallClockFormat = (timeZone: string) =>
  dateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });

/**
 * `preferred` when it is a zone Intl knows, else the zone this runtime is set to (a browser: the
 * user's; a server: usually UTC); UTC as the last resort.
 */
export function resolveTimeZone(preferred?: string): string {
  for (const zone of [preferred, new Intl.DateTimeFormat().resolvedOptions().timeZone]) {
    if (!zone) continue;
    try {
      wallClockFormat(zone);
      return zone;
    } catch {
      // An unknown zone name: try the next one rather than failing whatever asked.
    }
  }
  return 'UTC';
}

type WallClock = Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;

/** The calendar date and time an instant shows on a clock in the time zone. */
function wallClock(instant: number, timeZone: string): WallClock {
  const values: Record<string, number> = {};
  for (const part of wallClockFormat(timeZone).formatToParts(instant)) values[part.type] = Number(part.value);
  return values as WallClock;
}

/** Local wall-clock time minus UTC at this instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const clock = wallClock(instant, timeZone);
  // Some engines still print midnight as 24 under h23.
  const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour % 24, clock.minute, clock.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function dayString(year: number, month: number, date: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(date)}`;
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
export function zonedDay(instant: number, timeZone: string): string {
  const clock = wallClock(instant, timeZone);
  return dayString(clock.year, clock.month, clock.day);
}

/** Calendar arithmetic on day strings (no time zone involved). */
export function addDays(day: string, count: number): string {
  const [year, month, date] = parseDay(day);
  const next = new Date(Date.UTC(year, month - 1, date + count));
  return dayString(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
}

/** Days from `from` to `to` (0 when equal; negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [fromYear, fromMonth, fromDate] = parseDay(from);
  const [toYear, toMonth, toDate] = parseDay(to);
  return Math.round(
    (Date.UTC(toYear, toMonth - 1, toDate) - Date.UTC(fromYear, fromMonth - 1, fromDate)) / DAY_MS,
  );
}

/** The first instant of a calendar day in the time zone (midnight, or later where DST skips it). */
export function startOfZonedDay(day: string, timeZone: string): number {
  const [year, month, date] = parseDay(day);
  const wall = Date.UTC(year, month - 1, date);
  const first = wall - offsetAt(wall, timeZone);
  const second = wall - offsetAt(first, timeZone);
  // Two candidates differ only around a DST change; keep the earliest that is really on `day`.
  const candidates = [first, second].sort((a, b) => a - b);
  return candidates.find((instant) => zonedDay(instant, timeZone) === day) ?? (candidates[1] as number);
}

/**
 * The start of each of `count` consecutive days from `firstDay`, plus the start of the day after
 * them: `count + 1` instants, so day `i` is [starts[i], starts[i + 1]).
 */
export function dayStarts(firstDay: string, count: number, timeZone: string): number[] {
  const starts: number[] = [];
  for (let i = 0; i <= count; i++) starts.push(startOfZonedDay(addDays(firstDay, i), timeZone));
  return starts;
}

/** Which of the days (`starts` from `dayStarts`) an instant falls on; -1 when outside them all. */
export function dayIndex(instant: number, starts: readonly number[]): number {
  const days = starts.length - 1;
  if (!(instant >= (starts[0] as number) && instant < (starts[days] as number))) return -1;
  // Days last 23–25 h around DST, so the division can be one off: a step either way fixes it.
  let index = Math.min(days - 1, Math.floor((instant - (starts[0] as number)) / DAY_MS));
  while (index > 0 && instant < (starts[index] as number)) index--;
  while (index < days - 1 && instant >= (starts[index + 1] as number)) index++;
  return index;
}

const isFrench = (locale: string) => /^fr\b/i.test(locale);

/** French writes the first of the month as an ordinal ("1er déc."), which Intl does not. */
const ordinalFirst = (french: boolean) => (part: Intl.DateTimeFormatPart) =>
  french && part.type === 'day' && part.value === '1' ? '1er' : part.value;

/** An instant as the locale writes it ('' for an invalid date, never a throw). */
export function formatDate(
  value: Instant,
  locale: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string {
  const instant = new Date(value).getTime();
  if (Number.isNaN(instant)) return '';
  return dateTimeFormat(locale, options)
    .formatToParts(instant)
    .map(ordinalFirst(isFrench(locale)))
    .join('');
}

/** A calendar day (`YYYY-MM-DD`) as itself, whatever the time zone of the runtime. */
export function formatCalendarDay(
  day: string,
  locale: string,
  options: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric' },
): string {
  return formatDate(noonUtc(day), locale, { ...options, timeZone: 'UTC' });
}

/** Midday UTC of a calendar day: an instant that is on that day when read in UTC. */
function noonUtc(day: string): number {
  const [year, month, date] = parseDay(day);
  return Date.UTC(year, month - 1, date, 12);
}

/** Two calendar days as the locale writes a range: "Dec 1 – 2", "1.–2. Dez.", "1er–2 déc.". */
export function formatDayRange(
  from: string,
  to: string,
  locale: string,
  options: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric' },
): string {
  const format = dateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  return format
    .formatRangeToParts(noonUtc(from), noonUtc(to))
    .map(ordinalFirst(isFrench(locale)))
    .join('');
}
