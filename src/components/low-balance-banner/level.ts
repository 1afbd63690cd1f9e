import type { AlertThreshold, Money } from '../../core';
import { DAY_MS } from '../../core/time';

export type BannerSeverity = 'hidden' | 'warning' | 'critical';

export type BalanceLevel = {
  state: BannerSeverity;
  /** Grows as things get worse: the severity first, then how many alert levels the balance is under. */
  rank: number;
  /** The lowest alert level the balance is under, if any. */
  threshold?: Money;
  /** The balance is used up (zero or below). */
  empty: boolean;
  /** The forecast run-out falls within the warning window. */
  soon: boolean;
};

/**
 * How worried to be about a balance: under any alert level → that level's severity (the lowest level
 * crossed decides), used up → critical, forecast run-out within `withinDays` → at least a warning —
 * unless auto-recharge is on and can charge, which steps in before the balance runs out. So the
 * level falls back to hidden as soon as a top-up (any, automatic too) lifts the balance above every
 * alert level and the run-out is far, and rises again when things get worse.
 */
export function assessBalance({
  balance,
  thresholds,
  runOut,
  withinDays,
  autoRecharge = false,
  now = Date.now(),
}: {
  balance: Money;
  thresholds: readonly AlertThreshold[];
  runOut?: Date;
  withinDays: number;
  /** Auto-recharge is on and able to charge: a forecast run-out is no news then. */
  autoRecharge?: boolean;
  now?: number;
}): BalanceLevel {
  const crossed = thresholds
    .filter((t) => t.amount.currency === balance.currency && balance.amountMinor < t.amount.amountMinor)
    .sort((a, b) => a.amount.amountMinor - b.amount.amountMinor);
  const empty = balance.amountMinor <= 0;
  const soon = !autoRecharge && !!runOut && runOut.getTime() - now <= withinDays * DAY_MS;
  const state: BannerSeverity =
    empty || crossed.some((t) => t.level === 'critical')
      ? 'critical'
      : crossed.length || soon
        ? 'warning'
        : 'hidden';
  const severity = { hidden: 0, warning: 1, critical: 2 }[state];
  return {
    state,
    // A lower bucket (one more level crossed, or empty) outranks any number of the previous ones.
    rank: severity * 100 + crossed.length + (empty ? 1 : 0),
    threshold: crossed[0]?.amount,
    empty,
    soon,
  };
}
