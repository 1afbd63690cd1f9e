import { forecastRunOut } from '../../core';
import { DAY_MS } from '../../core/time';
import type { Money } from '../../core/types';
import type { UsageStatement } from './summarize';

/** `none`: nothing spent (no run-out in sight) · `now`: no balance left · else the projected range. */
export type RunOut = 'none' | 'now' | { expected: Date; low: Date; high: Date };

/**
 * The run-out range at the period's pace (core `forecastRunOut` over the period's records),
 * projected from `now` — also for a period that has already ended. Undefined when the balance
 * is in another currency than the statement (no honest projection then).
 */
export function runOutRange(balance: Money, statement: UsageStatement, now = Date.now()): RunOut | undefined {
  if (statement.total.amountMinor <= 0) return 'none';
  if (balance.currency !== statement.currency) return undefined;
  if (balance.amountMinor <= 0) return 'now';
  const end = Math.min(now, statement.period.to);
  const { runOut } = forecastRunOut(
    balance,
    // The forecast keeps to its window [from, end) and to the balance's currency by itself.
    statement.source,
    { now: end, windowDays: Math.max(1, (end - statement.period.from) / DAY_MS) },
  );
  if (!runOut) return 'none';
  const shift = now - end;
  const move = (date: Date) => new Date(date.getTime() + shift);
  return { expected: move(runOut.expected), low: move(runOut.low), high: move(runOut.high) };
}
