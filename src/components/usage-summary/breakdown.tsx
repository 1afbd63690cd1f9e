import type * as React from 'react';

import { Button, cn } from '../ui';
import { UsageChart, UsageTable } from './chart';
import { useUsageSummaryFormat } from './messages';
import type { UsageStatement } from './summarize';

type HeadingLevel = 3 | 4 | 5 | 6;

export type UsageBreakdownProps = Omit<React.ComponentProps<'div'>, 'children'> & {
  statement: UsageStatement;
  headingLevel?: HeadingLevel;
};

/** Spend by category: the top ones, then "Other", each with its amount and share. */
export function UsageBreakdown({ statement, headingLevel = 3, className, ...props }: UsageBreakdownProps) {
  const f = useUsageSummaryFormat();
  const m = f.messages.usage.breakdown;
  const { percent } = f;
  const H = `h${headingLevel}` as 'h3';
  return (
    <div data-slot="tk-usage-breakdown" className={cn('tk:flex tk:flex-col tk:gap-3', className)} {...props}>
      <H className="tk:m-0 tk:text-base tk:font-semibold">{m.title}</H>
      <ul className="tk:m-0 tk:flex tk:list-none tk:flex-col tk:gap-3 tk:p-0">
        {statement.categories.map((row) => (
          <li key={row.other ? '\0other' : row.category} className="tk:flex tk:flex-col tk:gap-1">
            <div className="tk:flex tk:items-baseline tk:justify-between tk:gap-3 tk:text-sm">
              <span className="tk:min-w-0 tk:truncate tk:font-medium">
                {row.other ? m.other : row.category}
              </span>
              <span className="tk:shrink-0 tk:tabular-nums">
                {f.money(row.amount)} · {f.text(m.share, { share: percent(row.share) })}
              </span>
            </div>
            <div aria-hidden="true" className="tk:h-1.5 tk:overflow-hidden tk:rounded-full tk:bg-muted">
              <div
                className="tk:h-full tk:rounded-full tk:bg-primary"
                style={{ inlineSize: `${Math.max(0, Math.min(1, row.share)) * 100}%` }}
              />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}

export type UsageChartPanelProps = Omit<React.ComponentProps<'div'>, 'children'> & {
  statement: UsageStatement;
  headingLevel?: HeadingLevel;
  /** Whether the table stands in for the chart (controlled by the parent, so it survives reloads). */
  table: boolean;
  onTableChange: (table: boolean) => void;
};

/** The chart with its title and the "View as table" toggle, which swaps in the same numbers as a table. */
export function UsageChartPanel({
  statement,
  headingLevel = 3,
  table,
  onTableChange,
  className,
  ...props
}: UsageChartPanelProps) {
  const { messages } = useUsageSummaryFormat();
  const m = messages.usage.chart;
  const H = `h${headingLevel}` as 'h3';
  const { buckets, granularity } = statement;
  return (
    <div
      data-slot="tk-usage-chart-panel"
      data-state={table ? 'table' : 'chart'}
      className={cn('tk:flex tk:flex-col tk:gap-2', className)}
      {...props}
    >
      <div className="tk:flex tk:flex-wrap tk:items-center tk:justify-between tk:gap-2">
        <H className="tk:m-0 tk:text-base tk:font-semibold">
          {granularity === 'week' ? m.titleWeek : m.titleDay}
        </H>
        <Button
          variant="secondary"
          size="sm"
          aria-pressed={table}
          onClick={() => onTableChange(!table)}
          className="tk:aria-pressed:border-primary tk:aria-pressed:bg-accent tk:aria-pressed:text-accent-foreground"
        >
          {m.viewTable}
        </Button>
      </div>
      {table ? (
        <UsageTable buckets={buckets} granularity={granularity} />
      ) : (
        <UsageChart buckets={buckets} granularity={granularity} />
      )}
    </div>
  );
}
