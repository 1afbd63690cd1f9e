import * as React from 'react';

import { cn } from '../ui';
import { useBucketLabel, useDayLabel } from './format';
import { useUsageSummaryFormat } from './messages';
import type { UsageBucket } from './summarize';

export type UsageChartProps = Omit<React.ComponentProps<'div'>, 'children'> & {
  buckets: UsageBucket[];
  granularity: 'day' | 'week';
};

/**
 * A small SVG bar chart: one focusable bar per bucket (roving tabindex; Left/Right/Home/End),
 * each named by its date and amount, with a visible readout of the bar under the pointer or focus.
 * The group's name summarises the whole chart. In RTL the bars run right to left, like the text.
 */
export function UsageChart({ buckets, granularity, className, ...props }: UsageChartProps) {
  const f = useUsageSummaryFormat();
  const m = f.messages.usage.chart;
  const label = useBucketLabel(granularity);
  const day = useDayLabel();
  const [active, setActive] = React.useState(buckets.length - 1);
  // Hover only changes the readout: the keyboard's tab stop moves with focus alone, so a mouse
  // resting over the chart never decides where Tab lands.
  const [hovered, setHovered] = React.useState<number>();
  const svgRef = React.useRef<SVGSVGElement>(null);
  const count = buckets.length;
  const current = Math.min(Math.max(active, 0), count - 1);

  if (count === 0) return null;
  const first = buckets[0] as UsageBucket;
  const last = buckets[count - 1] as UsageBucket;
  const withYear = first.firstDay.slice(0, 4) !== last.lastDay.slice(0, 4);
  let max = 0;
  let total = 0;
  let peak = first;
  for (const bucket of buckets) {
    total += bucket.amount.amountMinor;
    if (bucket.amount.amountMinor > max) {
      max = bucket.amount.amountMinor;
      peak = bucket;
    }
  }
  const currency = first.amount.currency;
  const title = granularity === 'week' ? m.titleWeek : m.titleDay;
  const summary = f.text(m.summary, {
    title,
    from: day(first.firstDay, withYear),
    to: day(last.lastDay, withYear),
    count,
    total: f.money({ amountMinor: total, currency }),
    max: f.money(peak.amount),
    peak: label(peak),
  });
  const barText = (bucket: UsageBucket) =>
    f.text(m.bar, { date: label(bucket), amount: f.money(bucket.amount) });

  const move = (event: React.KeyboardEvent<SVGElement>) => {
    // Bars are mirrored in RTL, so the arrow that points to later days flips with the text.
    const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
    let next: number;
    if (step !== undefined) next = current + step;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = count - 1;
    else return;
    event.preventDefault();
    next = Math.min(Math.max(next, 0), count - 1);
    setActive(next);
    svgRef.current?.querySelectorAll<SVGElement>('[data-slot="tk-usage-chart-bar"]')[next]?.focus();
  };

  // Geometry in viewBox units: each bar owns 10 units of width; the height is 100.
  const gap = count > 60 ? 1.5 : 3;
  return (
    <div data-slot="tk-usage-chart" className={cn('tk:flex tk:flex-col tk:gap-2', className)} {...props}>
      <p
        data-slot="tk-usage-chart-readout"
        aria-hidden="true"
        className="tk:min-h-5 tk:text-sm tk:font-medium"
      >
        {barText(buckets[hovered !== undefined && hovered < count ? hovered : current] as UsageBucket)}
      </p>
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a fieldset; the group names the chart for its bars. */}
      <svg
        ref={svgRef}
        role="group"
        aria-label={summary}
        viewBox={`0 0 ${count * 10} 100`}
        preserveAspectRatio="none"
        className="tk:block tk:h-40 tk:w-full tk:overflow-visible tk:rtl:-scale-x-100"
      >
        {buckets.map((bucket, i) => {
          const value = Math.max(0, bucket.amount.amountMinor);
          // Any spend gets at least a sliver, so a small day never looks like a zero day.
          const height = max > 0 && value > 0 ? Math.max(1.5, (value / max) * 96) : 0;
          return (
            // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: a bar is an image (date and amount) that is also a roving focus stop, as in accessible chart libraries.
            <g
              key={bucket.start}
              data-slot="tk-usage-chart-bar"
              role="img"
              aria-label={barText(bucket)}
              tabIndex={i === current ? 0 : -1}
              onFocus={() => setActive(i)}
              onMouseEnter={() => setHovered(i)}
              onMouseLeave={() => setHovered(undefined)}
              onKeyDown={move}
              className="tk:group tk:cursor-default tk:outline-none"
            >
              <rect
                x={i * 10}
                y={0}
                width={10}
                height={100}
                className="tk:fill-transparent tk:group-hover:fill-muted tk:group-focus-visible:fill-accent tk:group-focus-visible:stroke-ring tk:group-focus-visible:stroke-2"
                vectorEffect="non-scaling-stroke"
              />
              <rect
                x={i * 10 + gap / 2}
                y={100 - height}
                width={10 - gap}
                height={height}
                className="tk:fill-primary"
              />
            </g>
          );
        })}
        <line
          x1={0}
          x2={count * 10}
          y1={100}
          y2={100}
          className="tk:stroke-input"
          vectorEffect="non-scaling-stroke"
        />
      </svg>
      <div
        data-slot="tk-usage-chart-axis"
        aria-hidden="true"
        className="tk:flex tk:justify-between tk:gap-4 tk:text-xs tk:text-muted-foreground"
      >
        <span>{day(first.firstDay, withYear)}</span>
        <span>{day(last.lastDay, withYear)}</span>
      </div>
    </div>
  );
}

export type UsageTableProps = Omit<React.ComponentProps<'table'>, 'children'> & {
  buckets: UsageBucket[];
  granularity: 'day' | 'week';
};

/** The chart's numbers as a real table (what "View as table" shows). */
export function UsageTable({ buckets, granularity, className, ...props }: UsageTableProps) {
  const f = useUsageSummaryFormat();
  const m = f.messages.usage.chart;
  const label = useBucketLabel(granularity);
  return (
    <table
      data-slot="tk-usage-table"
      className={cn('tk:w-full tk:border-collapse tk:text-sm', className)}
      {...props}
    >
      <caption className="tk:sr-only">{granularity === 'week' ? m.titleWeek : m.titleDay}</caption>
      <thead>
        <tr className="tk:border-b tk:border-border">
          <th scope="col" className="tk:py-2 tk:text-start tk:font-medium">
            {granularity === 'week' ? m.weekOf : m.date}
          </th>
          <th scope="col" className="tk:py-2 tk:text-end tk:font-medium">
            {m.amount}
          </th>
        </tr>
      </thead>
      <tbody>
        {buckets.map((bucket) => (
          <tr key={bucket.start} className="tk:border-b tk:border-border">
            <th scope="row" className="tk:py-1.5 tk:text-start tk:font-normal">
              {label(bucket)}
            </th>
            <td className="tk:py-1.5 tk:text-end tk:tabular-nums">{f.money(bucket.amount)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
