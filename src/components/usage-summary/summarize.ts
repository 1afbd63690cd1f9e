/**
 * Derives the usage statement for a period from raw records, framework-free. One pass over the
 * records (each is placed in O(1)); only the handful of categories is sorted afterwards.
 */

import { addDays, dayIndex } from '../../core/time';
import type { Credit, Money, Usage, UsageRecord } from '../../core/types';
import type { ResolvedPeriod } from './period';

/** Longer periods are charted per week (7-day buckets from the first day) instead of per day. */
export const WEEKLY_AFTER_DAYS = 90;

export type UsageBucket = {
  /** First and last calendar day in the bucket, inclusive. */
  firstDay: string;
  lastDay: string;
  start: number;
  end: number;
  amount: Money;
};

export type CategoryShare = {
  category: string;
  amount: Money;
  /** amount / total, 0–1 (0 when nothing was spent). A display ratio, never used for money. */
  share: number;
  /** True for the "Other" row folding every category after the top ones. */
  other?: boolean;
  /** How many categories the row stands for (more than 1 only for "Other"). */
  count: number;
};

export type UsageStatement = {
  currency: string;
  period: ResolvedPeriod;
  /** Spend in the period: usage records only, never credits. */
  total: Money;
  /** Spend in the previous equal period, when it is known (see `previous` in the options). */
  previousTotal?: Money;
  /** (total − previous) / previous; absent when the previous spend is unknown or zero. */
  change?: number;
  /** Top-ups and other credits in the period, kept apart from spend. */
  credited: Money;
  /** How many usage records fell in the period (in the statement's currency). */
  recordCount: number;
  /**
   * The data the statement was read from. The period's records are not copied out (no allocation
   * per record keeps the pass linear in practice, not only on paper); `periodRecords` picks them.
   */
  source: Usage;
  /** The period's credits (few), for the CSV statement. */
  credits: Credit[];
  /** Top categories by spend, then "Other". */
  categories: CategoryShare[];
  granularity: 'day' | 'week';
  buckets: UsageBucket[];
  /** Spend per calendar day (minor units), oldest first. */
  daily: number[];
  /** The days shown (today included when the period reaches it): what the average is over. */
  elapsedDays: number;
  /** Average spend per elapsed day, rounded to the minor unit. */
  burnPerDay: Money;
  /** The bucket with the most spend (the first of equals); absent when there are no buckets. */
  peak?: UsageBucket;
  /** Records and credits left out for being in another currency than the statement's. */
  skipped: number;
  /** Records and credits left out for an unreadable time. */
  unreadable: number;
};

export type SummarizeOptions = {
  /** The statement's currency (normally the balance's); default the first record's. */
  currency?: string;
  /**
   * Data known to cover the previous equal period, so that no spend there is a fact. Without it,
   * the previous total is reported only when `usage` itself has records in that period.
   */
  previous?: Usage;
  /** @deprecated Ignored: averages are over the days shown, which the period fixes. */
  now?: number;
  /** How many categories are shown before "Other". Default 5. */
  top?: number;
};

export function summarizeUsage(
  usage: Usage,
  period: ResolvedPeriod,
  options: SummarizeOptions = {},
): UsageStatement {
  const { from, to, previousFrom, previousTo, days, dayStarts } = period;
  let currency = options.currency;
  const daily = new Array<number>(days).fill(0);
  const byCategory = new Map<string, number>();
  let recordCount = 0;
  let total = 0;
  let previous = 0;
  let previousSeen = 0;
  let skipped = 0;
  let unreadable = 0;

  // `previousOnly`: data fetched for the previous period adds to it and nothing else.
  const visit = (record: UsageRecord, previousOnly: boolean) => {
    const t = Date.parse(record.at);
    if (Number.isNaN(t)) {
      unreadable++;
      return;
    }
    const inPeriod = !previousOnly && t >= from && t < to;
    const inPrevious = t >= previousFrom && t < previousTo;
    if (!inPeriod && !inPrevious) return;
    const amount = record.amount;
    currency ??= amount.currency;
    if (amount.currency !== currency) {
      skipped++;
      return;
    }
    if (!inPeriod) {
      previous += amount.amountMinor;
      previousSeen++;
      return;
    }
    total += amount.amountMinor;
    recordCount++;
    byCategory.set(record.category, (byCategory.get(record.category) ?? 0) + amount.amountMinor);
    const i = dayIndex(t, dayStarts);
    daily[i] = (daily[i] as number) + amount.amountMinor;
  };
  for (const record of usage.records) visit(record, false);
  if (options.previous) for (const record of options.previous.records) visit(record, true);

  const credits: Credit[] = [];
  let credited = 0;
  for (const credit of usage.credits ?? []) {
    const t = Date.parse(credit.at);
    if (Number.isNaN(t)) unreadable++;
    if (Number.isNaN(t) || t < from || t >= to) continue;
    currency ??= credit.amount.currency;
    if (credit.amount.currency !== currency) {
      skipped++;
      continue;
    }
    credited += credit.amount.amountMinor;
    credits.push(credit);
  }

  const code = currency ?? 'USD';
  const money = (amountMinor: number): Money => ({ amountMinor, currency: code });

  const granularity = days > WEEKLY_AFTER_DAYS ? 'week' : 'day';
  const width = granularity === 'week' ? 7 : 1;
  const buckets: UsageBucket[] = [];
  let peak: UsageBucket | undefined;
  for (let start = 0; start < days; start += width) {
    const end = Math.min(days, start + width);
    let sum = 0;
    for (let d = start; d < end; d++) sum += daily[d] as number;
    const bucket: UsageBucket = {
      // The period's days are consecutive dates: calendar arithmetic, no time zone involved.
      firstDay: addDays(period.firstDay, start),
      lastDay: addDays(period.firstDay, end - 1),
      start: dayStarts[start] as number,
      end: dayStarts[end] as number,
      amount: money(sum),
    };
    buckets.push(bucket);
    if (!peak || sum > peak.amount.amountMinor) peak = bucket;
  }

  // Averages are over the days shown (a period ends today at the latest, today included), so
  // average × days is the spend a reader sees; the core forecast counts the same days.
  const elapsedDays = days;

  const previousKnown = options.previous !== undefined || previousSeen > 0;
  return {
    currency: code,
    period,
    total: money(total),
    previousTotal: previousKnown ? money(previous) : undefined,
    change: previousKnown && previous > 0 ? (total - previous) / previous : undefined,
    credited: money(credited),
    recordCount,
    source: usage,
    credits,
    categories: rankCategories(byCategory, total, options.top ?? 5, money),
    granularity,
    buckets,
    daily,
    elapsedDays,
    burnPerDay: money(Math.round(total / elapsedDays)),
    peak,
    skipped,
    unreadable,
  };
}

function rankCategories(
  byCategory: Map<string, number>,
  total: number,
  top: number,
  money: (amountMinor: number) => Money,
): CategoryShare[] {
  const ranked = [...byCategory].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const share = (amount: number) => (total > 0 ? amount / total : 0);
  const shown = ranked.slice(0, top);
  const rows: CategoryShare[] = shown.map(([category, amount]) => ({
    category,
    amount: money(amount),
    share: share(amount),
    count: 1,
  }));
  if (shown.length < ranked.length) {
    const rest = ranked.slice(shown.length);
    const amount = rest.reduce((sum, [, value]) => sum + value, 0);
    rows.push({
      category: 'Other',
      amount: money(amount),
      share: share(amount),
      other: true,
      count: rest.length,
    });
  }
  return rows;
}

export type DerivedTip = { id: string; category: string; share: number };

/**
 * Tips with data behind them: a category holding at least `threshold` of the period's spend.
 * The id names the category (not the share), so a dismissal outlives small changes in share.
 */
export function deriveTips(statement: UsageStatement, threshold = 0.4): DerivedTip[] {
  if (statement.total.amountMinor <= 0) return [];
  return statement.categories
    .filter((row) => !row.other && row.share >= threshold)
    .map((row) => ({ id: `category:${row.category}`, category: row.category, share: row.share }));
}

/** The statement's usage records: those of its source inside the period, in its currency. */
export function periodRecords(statement: UsageStatement): UsageRecord[] {
  const { from, to } = statement.period;
  return statement.source.records.filter((record) => {
    const t = Date.parse(record.at);
    return t >= from && t < to && record.amount.currency === statement.currency;
  });
}
