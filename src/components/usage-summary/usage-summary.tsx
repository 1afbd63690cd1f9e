import * as React from 'react';
import type { Usage } from '../../core';
import { zonedDay } from '../../core/time';
import { useBalance, useControllableState, useKitState, useTimeZone } from '../../react';
import { Button, cn } from '../ui';
import { UsageBreakdown, UsageChartPanel } from './breakdown';
import { downloadText, usageCsv, usageCsvFilename } from './csv';
import { Amount, BalanceFigure, Figure, RechargeReceipt, RunOutLine, Skeleton, SpendChange } from './figures';
import { useUsageSummaryFormat } from './messages';
import { resolvePeriod, type UsagePeriod } from './period';
import { UsagePeriodSelect } from './period-select';
import { summarizeUsage, type UsageStatement } from './summarize';
import { type UsageTip, UsageTips } from './tips';
import { useUsageLoad } from './use-usage-load';

export type UsageSummaryState = 'loading' | 'empty' | 'error' | 'stale' | 'ready' | 'unavailable';

export type UsageSummaryProps = Omit<React.ComponentProps<'section'>, 'children' | 'defaultValue'> & {
  /** Usage the host already has; the adapter is not asked then. Records outside the period are ignored. */
  usage?: Usage;
  /** When the host's `usage` was read (ISO 8601 or Date), for "Updated …" and staleness. */
  updatedAt?: string | Date;
  /** Controlled period. */
  period?: UsagePeriod;
  /** Uncontrolled initial period. Default: the last 30 days. */
  defaultPeriod?: UsagePeriod;
  onPeriodChange?: (period: UsagePeriod) => void;
  /** IANA time zone for day boundaries. Default: the provider's `timeZone`, else the user's own. */
  timeZone?: string;
  /** The host's own cost-saving tips, shown as text next to the derived ones. */
  tips?: UsageTip[];
  /** A category with at least this share of spend gets a derived tip. Default 0.4. */
  tipThreshold?: number;
  /** Data older than this (balance or usage) is marked stale, with its time. Default 15 minutes. */
  staleAfterMs?: number;
  /** Heading level of the title; sections use the next level. Default 2. */
  headingLevel?: 2 | 3 | 4 | 5;
};

const toTime = (value: string | Date | undefined) => {
  const t = value === undefined ? Number.NaN : new Date(value).getTime();
  return Number.isNaN(t) ? undefined : t;
};

/**
 * A transparent statement of usage for a period: balance, spend and its change, burn rate,
 * projected run-out, breakdown by category, an accessible chart, cost-saving tips and a CSV.
 * Data comes from `usage` or the adapter's `getUsage`; a failed load is never shown as zero.
 */
export function UsageSummary({
  usage: usageProp,
  updatedAt,
  period: periodProp,
  defaultPeriod = 'last-30-days',
  onPeriodChange,
  timeZone: timeZoneProp,
  tips,
  tipThreshold = 0.4,
  staleAfterMs = 15 * 60_000,
  headingLevel = 2,
  className,
  ...props
}: UsageSummaryProps) {
  const { adapter } = useKitState();
  const f = useUsageSummaryFormat();
  const m = f.messages.usage;
  const { balance, status: balanceStatus, refresh: refreshBalance } = useBalance();
  const [period, setPeriod] = useControllableState<UsagePeriod>({
    prop: periodProp,
    defaultProp: defaultPeriod,
    onChange: onPeriodChange,
  });
  const timeZone = useTimeZone(timeZoneProp);
  const [attempt, setAttempt] = React.useState(0);
  const [table, setTable] = React.useState(false);
  const periodKey = typeof period === 'string' ? period : `${period.from}/${period.to}`;
  // Re-resolved on retry/refresh too, so "today" moves on in a dashboard left open overnight.
  // biome-ignore lint/correctness/useExhaustiveDependencies: periodKey stands for period; attempt re-reads the clock.
  const resolved = React.useMemo(() => resolvePeriod(period, { timeZone }), [periodKey, timeZone, attempt]);

  const source = usageProp ? 'prop' : adapter.getUsage ? 'adapter' : 'none';
  const load = useUsageLoad(
    source === 'adapter',
    resolved.from,
    resolved.to,
    resolved.previousFrom,
    resolved.previousTo,
    attempt,
  );

  const currency = balance?.balance.currency;
  const statement = React.useMemo<UsageStatement | undefined>(() => {
    if (usageProp) return summarizeUsage(usageProp, resolved, { currency });
    if (load.status === 'ready')
      return summarizeUsage(load.current, resolved, { currency, previous: load.previous });
    return undefined;
  }, [usageProp, load, resolved, currency]);

  // Fresh as of when the usage was read. Not the balance's `updatedAt`: the contract defines that
  // as when the balance last changed, which on a quiet account is long ago and says nothing of
  // how old what we show is (the store re-reads the balance itself).
  const updated = usageProp ? toTime(updatedAt) : load.status === 'ready' ? load.at : undefined;
  // The data time the timer last declared stale: a timer may fire a hair before the clock agrees.
  const [staleMark, setStaleMark] = React.useState<number>();
  React.useEffect(() => {
    if (updated === undefined) return;
    // Wakes up once when the data turns stale, so the mark appears without any user action — at
    // once when this effect runs after that moment (a busy page).
    const wait = Math.max(0, updated + staleAfterMs - Date.now() + 1);
    const timer = setTimeout(() => setStaleMark(updated), Math.min(wait, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [updated, staleAfterMs]);
  const isStale = updated !== undefined && (staleMark === updated || Date.now() - updated > staleAfterMs);

  let state: UsageSummaryState;
  if (source === 'none') state = 'unavailable';
  else if (!usageProp && load.status === 'error') state = 'error';
  else if (!statement) state = 'loading';
  else if (statement.recordCount === 0) state = 'empty';
  else state = isStale ? 'stale' : 'ready';

  const reload = () => {
    setAttempt((n) => n + 1);
    if (balanceStatus === 'error' || isStale) void refreshBalance();
  };

  const titleId = React.useId();
  const Heading = `h${headingLevel}` as 'h2';
  const sub = (headingLevel + 1) as 3 | 4 | 5 | 6;
  const updatedText =
    updated === undefined
      ? ''
      : f.text(isStale ? m.stale : m.updated, {
          time: f.date(updated, { dateStyle: 'medium', timeStyle: 'short', timeZone }),
        });
  // One persistent live region carries every state's message, so each change is announced once.
  const statusText = {
    loading: m.loading,
    error: m.error,
    empty: m.empty,
    unavailable: m.unavailable,
    ready: updatedText,
    stale: updatedText,
  }[state];
  const hasStatement = state === 'ready' || state === 'stale';

  return (
    <section
      data-tk-root=""
      data-slot="tk-usage-summary"
      data-state={state}
      aria-labelledby={titleId}
      aria-busy={state === 'loading' || undefined}
      // Focus lands here when the last tip is dismissed, instead of falling back to the page.
      tabIndex={-1}
      className={cn(
        'tk:flex tk:min-w-0 tk:flex-col tk:gap-5 tk:rounded-xl tk:border tk:border-border tk:bg-card tk:p-4 tk:text-card-foreground tk:outline-none tk:sm:p-6',
        className,
      )}
      {...props}
    >
      <div className="tk:flex tk:flex-wrap tk:items-end tk:justify-between tk:gap-3">
        <Heading id={titleId} className="tk:m-0 tk:text-lg tk:font-semibold">
          {m.title}
        </Heading>
        {source !== 'none' && (
          <UsagePeriodSelect
            value={period}
            onValueChange={setPeriod}
            firstDay={resolved.firstDay}
            lastDay={resolved.lastDay}
            today={zonedDay(Date.now(), timeZone)}
          />
        )}
      </div>
      <div
        data-slot="tk-usage-summary-status"
        className={cn(
          'tk:flex tk:flex-wrap tk:items-center tk:gap-x-3 tk:gap-y-2',
          state === 'error' && 'tk:flex-col tk:items-start tk:rounded-lg tk:bg-muted tk:p-4',
        )}
      >
        <p
          role="status"
          className={cn(
            'tk:m-0',
            state === 'loading' && 'tk:sr-only',
            state !== 'error' && state !== 'empty' && 'tk:text-sm tk:text-muted-foreground',
          )}
        >
          {statusText}
        </p>
        {state === 'error' && (
          <Button variant="secondary" size="sm" onClick={reload}>
            {f.messages.common.tryAgain}
          </Button>
        )}
        {state === 'stale' && (
          <Button variant="link" size="sm" className="tk:h-auto tk:px-0" onClick={reload}>
            {m.refresh}
          </Button>
        )}
      </div>

      {state !== 'unavailable' && (
        <dl className="tk:m-0 tk:grid tk:gap-4 tk:sm:grid-cols-3">
          <Figure label={m.balance.label}>
            <BalanceFigure balance={balance} failed={balanceStatus === 'error'} />
          </Figure>
          {state !== 'error' && (
            <>
              <Figure label={m.spend.label}>
                {statement ? (
                  <>
                    <Amount>{f.money(statement.total)}</Amount>
                    <SpendChange statement={statement} />
                  </>
                ) : (
                  <Skeleton />
                )}
              </Figure>
              <Figure label={m.burn.label}>
                {statement ? <Amount>{f.money(statement.burnPerDay)}</Amount> : <Skeleton />}
              </Figure>
            </>
          )}
        </dl>
      )}

      {state === 'loading' && (
        <div aria-hidden="true" className="tk:flex tk:flex-col tk:gap-3">
          <Skeleton className="tk:h-4 tk:w-3/4" />
          <Skeleton className="tk:h-40 tk:w-full" />
        </div>
      )}

      {statement && state !== 'error' && (
        <>
          <RunOutLine statement={statement} balance={balance} timeZone={timeZone} />
          {statement.credited.amountMinor > 0 && (
            <p className="tk:m-0 tk:text-sm tk:text-muted-foreground">
              {f.text(m.credits, { amount: f.money(statement.credited) })}
            </p>
          )}
          <RechargeReceipt statement={statement} />
          {statement.skipped > 0 && (
            <p className="tk:m-0 tk:text-sm tk:text-muted-foreground">
              {f.text(m.otherCurrency, { count: statement.skipped })}
            </p>
          )}
          {hasStatement && (
            <>
              <UsageBreakdown statement={statement} headingLevel={sub} />
              <UsageChartPanel
                statement={statement}
                headingLevel={sub}
                table={table}
                onTableChange={setTable}
              />
            </>
          )}
          <UsageTips statement={statement} tips={tips} threshold={tipThreshold} headingLevel={sub} />
          {(hasStatement || statement.credits.length > 0) && (
            <div className="tk:flex tk:border-t tk:border-border tk:pt-4">
              <Button
                variant="secondary"
                size="sm"
                onClick={() =>
                  downloadText(
                    usageCsv(statement, { ...m.csv, date: `${m.csv.date} (${timeZone})` }),
                    usageCsvFilename(statement),
                  )
                }
              >
                {m.download}
              </Button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
