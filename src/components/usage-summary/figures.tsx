/** The statement's figures: balance, spend and its change, the run-out line, placeholders. */
import * as React from 'react';
import type { BalanceInfo } from '../../core';
import { useAutoRechargeReceipt, useRunOutPhrase } from '../../react';
import { cn } from '../ui';
import { runOutRange } from './forecast';
import { useUsageSummaryFormat } from './messages';
import type { UsageStatement } from './summarize';

export function Figure({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div data-slot="tk-usage-summary-figure" className="tk:flex tk:min-w-0 tk:flex-col tk:gap-1">
      <dt className="tk:text-sm tk:text-muted-foreground">{label}</dt>
      <dd className="tk:m-0">{children}</dd>
    </div>
  );
}

export function Amount({ children }: { children: React.ReactNode }) {
  return <span className="tk:block tk:text-2xl tk:font-semibold tk:tabular-nums">{children}</span>;
}

/** A placeholder; figure-sized unless told otherwise. */
export function Skeleton({ className = 'tk:h-8 tk:w-28' }: { className?: string }) {
  return (
    <span
      aria-hidden="true"
      data-slot="tk-usage-summary-skeleton"
      className={cn(
        'tk:block tk:animate-pulse tk:rounded-md tk:bg-muted tk:motion-reduce:animate-none',
        className,
      )}
    />
  );
}

export function BalanceFigure({ balance, failed }: { balance?: BalanceInfo; failed: boolean }) {
  const f = useUsageSummaryFormat();
  const m = f.messages.usage.balance;
  // A balance that could not be read says so; it is never shown as zero.
  if (!balance) return failed ? <span className="tk:text-sm">{m.unavailable}</span> : <Skeleton />;
  return (
    <>
      <Amount>{f.money(balance.balance)}</Amount>
      {balance.pending && balance.pending.amountMinor > 0 && (
        <span className="tk:block tk:text-sm tk:text-muted-foreground">
          {f.text(m.pending, { amount: f.money(balance.pending) })}
        </span>
      )}
    </>
  );
}

/** The change against the period it is compared with, said for what that period is. */
export function SpendChange({ statement }: { statement: UsageStatement }) {
  const f = useUsageSummaryFormat();
  const m = f.messages.usage.spend;
  const { previousTotal, change, total, period } = statement;
  if (!previousTotal) return null;
  const count = period.days;
  const month = f.day(period.previousFirstDay, { month: 'long' });
  const phrase = {
    days: { change: m.change, none: m.noPrevious },
    month: { change: m.changeMonth, none: m.noPreviousMonth },
    'month-to-date': { change: m.changeMonthToDate, none: m.noPreviousMonthToDate },
  }[period.comparison];
  let text: string;
  if (change !== undefined) text = f.text(phrase.change, { change: f.percent(change, true), count, month });
  else if (total.amountMinor > 0) text = f.text(phrase.none, { count, month });
  else return null;
  return <span className="tk:block tk:text-sm tk:text-muted-foreground">{text}</span>;
}

/** When the balance runs out at the pace of the days shown, said as the banner says it. */
export function RunOutLine({
  statement,
  balance,
  timeZone,
}: {
  statement: UsageStatement;
  balance?: BalanceInfo;
  timeZone: string;
}) {
  const f = useUsageSummaryFormat();
  const m = f.messages.usage;
  const phrase = useRunOutPhrase(timeZone);
  const money = balance?.balance;
  // A pass over the days: only when the statement or the balance changes, not on every render.
  const runOut = React.useMemo(
    () => (statement.total.amountMinor <= 0 ? 'none' : money ? runOutRange(money, statement) : undefined),
    [statement, money],
  );
  if (runOut === undefined) return null;
  let text: string;
  if (runOut === 'none') text = m.noRunOut;
  else if (runOut === 'now') text = m.runOutNow;
  else {
    // A period that has ended is "this period's pace", not the current one.
    const past = statement.period.to <= Date.now();
    text = f.text(past ? m.runOutPast : m.runOut, { when: phrase(runOut) });
  }
  return (
    <p data-slot="tk-usage-summary-run-out" className="tk:m-0">
      {text}
    </p>
  );
}

/**
 * The receipt for auto-recharge's latest charge in the period ("Auto-recharge added $25.00 at
 * 10:42."), worded as the banner words it, so a charge the user did not make by hand is never a
 * mystery in the statement.
 */
export function RechargeReceipt({ statement }: { statement: UsageStatement }) {
  const receipt = useAutoRechargeReceipt({ records: [], credits: statement.credits });
  if (!receipt) return null;
  return (
    <p data-slot="tk-usage-summary-recharge" className="tk:m-0 tk:text-sm tk:text-muted-foreground">
      {receipt.text}
    </p>
  );
}
