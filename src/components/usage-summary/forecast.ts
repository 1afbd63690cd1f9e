import { projectRunOut } from '../../core/forecast';
import type { Money } from '../../core/types';
import type { UsageStatement } from './summarize';

/** `none`: nothing spent (no run-out in sight) · `now`: no balance left · else the projected range. */
export type RunOut = 'none' | 'now' | { expected: Date; low: Date; high: Date };

/**
 * The run-out range at the pace of the period's days (core `projectRunOut` over the days shown),
 * projected from `now` — also for a period that has already ended. For the last 30 days this is
 * the banner's forecast exactly. Undefined when the balance is in another currency than the
 * statement (no honest projection then).
 */
export function runOutRange(balance: Money, statement: UsageStatement, now = Date.now()): RunOut | undefined {
  if (statement.total.amountMinor <= 0) return 'none';
  if (balance.currency !== statement.currency) return undefined;
  if (balance.amountMinor <= 0) return 'now';
  return projectRunOut(balance, statement.daily, now).runOut ?? 'none';
}
