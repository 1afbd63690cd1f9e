import { useUsageSummaryFormat } from './messages';
import type { UsageBucket } from './summarize';

/** Formats a calendar day (`YYYY-MM-DD`) as itself, whatever the viewer's time zone. */
export function useDayLabel() {
  const f = useUsageSummaryFormat();
  return (day: string, withYear = false) =>
    f.day(day, { month: 'short', day: 'numeric', year: withYear ? 'numeric' : undefined });
}

/** "Nov 3" for a day bucket, "Nov 3 – Nov 9" for a week bucket. */
export function useBucketLabel(granularity: 'day' | 'week') {
  const f = useUsageSummaryFormat();
  const day = useDayLabel();
  return (bucket: UsageBucket) =>
    granularity === 'week' && bucket.firstDay !== bucket.lastDay
      ? f.text(f.messages.usage.chart.week, { from: day(bucket.firstDay), to: day(bucket.lastDay) })
      : day(bucket.firstDay);
}
