import { runOutDays } from '../core';
import { daysBetween, formatDayRange } from '../core/time';
import { runOut } from '../locales/en/run-out';
import { useFormatFor } from './format';

/** The English section this speaks (the provider's `messages` apply over it). */
const runOutMessages = { runOut };

/**
 * How a run-out range is said, the same in the banner and the usage summary: "today",
 * "tomorrow", "today or tomorrow", "around Dec 3", "around Dec 1 – 2" (the user's days, in
 * `timeZone`; the year only when it is not this one).
 */
export function useRunOutPhrase(timeZone: string) {
  const f = useFormatFor(runOutMessages);
  const m = f.messages.runOut;
  return (runOut: { low: Date; high: Date }, now = Date.now()): string => {
    const { firstDay, lastDay, today, daysAway } = runOutDays(runOut, { now, timeZone });
    const span = daysBetween(firstDay, lastDay);
    if (daysAway <= 0 && span === 0) return m.today;
    if (daysAway <= 0 && span === 1) return m.todayOrTomorrow;
    if (daysAway === 1 && span === 0) return m.tomorrow;
    const options: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric' };
    if (lastDay.slice(0, 4) !== today.slice(0, 4)) options.year = 'numeric';
    const date = span === 0 ? f.day(firstDay, options) : formatDayRange(firstDay, lastDay, f.locale, options);
    return f.text(m.around, { date });
  };
}
