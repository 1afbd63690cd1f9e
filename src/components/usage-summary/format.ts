import { useFormat } from '../../react';
import type { UsageBucket } from './summarize';

/** Formats a calendar day (`YYYY-MM-DD`) as itself, whatever the viewer's time zone. */
export function useDayLabel() {
  const f = useFormat();
  return (day: string, withYear = false) =>
    f.date(`${day}T12:00:00Z`, {
      month: 'short',
      day: 'numeric',
      year: withYear ? 'numeric' : undefined,
      timeZone: 'UTC',
    });
}

/** "Nov 3" for a day bucket, "Nov 3 – Nov 9" for a week bucket. */
export function useBucketLabel(granularity: 'day' | 'week') {
  const f = useFormat();
  const day = useDayLabel();
  return (bucket: UsageBucket) =>
    granularity === 'week' && bucket.firstDay !== bucket.lastDay
      ? f.text(f.messages.usage.chart.week, { from: day(bucket.firstDay), to: day(bucket.lastDay) })
      : day(bucket.firstDay);
}

/** A locale percent: "62%", "+12%" with `signed`; one decimal below 10% so small shares aren't 0%. */
export function usePercent() {
  const { locale } = useFormat();
  return (ratio: number, signed = false) =>
    new Intl.NumberFormat(locale, {
      style: 'percent',
      maximumFractionDigits: Math.abs(ratio) < 0.1 && !signed ? 1 : 0,
      signDisplay: signed ? 'exceptZero' : undefined,
    }).format(ratio);
}
