import { describe, expect, it } from 'vitest';
import {
  deriveTips,
  periodRecords,
  resolvePeriod,
  summarizeUsage,
} from '../../../src/components/usage-summary';
import type { Usage, UsageRecord } from '../../../src/core/types';

const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' });
const rec = (at: string, amountMinor: number, category = 'gpt-large', currency = 'USD'): UsageRecord => ({
  at,
  amount: { amountMinor, currency },
  category,
});
const NOW = Date.parse('2026-11-26T15:00:00Z');
const utc7 = resolvePeriod('last-7-days', { now: NOW, timeZone: 'UTC' });

describe('summarizeUsage', () => {
  it('totals the records inside the period and nothing outside it', () => {
    const usage: Usage = {
      records: [
        rec('2026-11-20T00:00:00Z', 100), // first instant of the period
        rec('2026-11-23T10:00:00Z', 250),
        rec('2026-11-26T14:59:00Z', 50),
        rec('2026-11-19T23:59:59Z', 999), // the day before: previous period
        rec('2026-11-27T00:00:00Z', 999), // tomorrow
      ],
    };
    const s = summarizeUsage(usage, utc7, { now: NOW });
    expect(s.total).toEqual(usd(400));
    expect(s.recordCount).toBe(3);
    expect(periodRecords(s).map((r) => r.amount.amountMinor)).toEqual([100, 250, 50]);
    expect(s.daily).toEqual([100, 0, 0, 250, 0, 0, 50]);
    expect(s.buckets.map((b) => b.firstDay)).toEqual([
      '2026-11-20',
      '2026-11-21',
      '2026-11-22',
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
    ]);
    expect(s.peak?.firstDay).toBe('2026-11-23');
  });

  it('compares with the previous equal period', () => {
    const current = { records: [rec('2026-11-21T12:00:00Z', 300)] };
    const previous = { records: [rec('2026-11-14T12:00:00Z', 200), rec('2026-11-13T00:00:00Z', 0)] };
    const s = summarizeUsage(current, utc7, { now: NOW, previous });
    expect(s.previousTotal).toEqual(usd(200));
    expect(s.change).toBeCloseTo(0.5);
    // Records before the previous period are not counted in it.
    const older = { records: [rec('2026-11-12T23:00:00Z', 500)] };
    expect(summarizeUsage(current, utc7, { now: NOW, previous: older }).previousTotal).toEqual(usd(0));
  });

  it('never invents a comparison: unknown previous spend stays unknown, zero gives no percentage', () => {
    const current = { records: [rec('2026-11-21T12:00:00Z', 300)] };
    const unknown = summarizeUsage(current, utc7, { now: NOW });
    expect(unknown.previousTotal).toBeUndefined();
    expect(unknown.change).toBeUndefined();
    const zero = summarizeUsage(current, utc7, { now: NOW, previous: { records: [] } });
    expect(zero.previousTotal).toEqual(usd(0));
    expect(zero.change).toBeUndefined();
    // Host data that reaches into the previous period counts as knowing it.
    const hostData = { records: [...current.records, rec('2026-11-15T12:00:00Z', 600)] };
    expect(summarizeUsage(hostData, utc7, { now: NOW }).change).toBeCloseTo(-0.5);
  });

  it('ranks the top 5 categories and folds the rest into Other, with shares', () => {
    const amounts = { a: 500, b: 200, c: 100, d: 80, e: 60, f: 40, g: 20 };
    const records = Object.entries(amounts).map(([category, amount]) =>
      rec('2026-11-24T12:00:00Z', amount, category),
    );
    const s = summarizeUsage({ records }, utc7, { now: NOW });
    expect(s.categories.map((c) => c.category)).toEqual(['a', 'b', 'c', 'd', 'e', 'Other']);
    const other = s.categories.at(-1);
    expect(other).toMatchObject({ other: true, count: 2, amount: usd(60) });
    expect(s.categories[0]?.share).toBe(0.5);
    expect(s.categories.reduce((sum, c) => sum + c.share, 0)).toBeCloseTo(1);
    // Exactly five categories: no "Other" row.
    const five = summarizeUsage({ records: records.slice(0, 5) }, utc7, { now: NOW });
    expect(five.categories.some((c) => c.other)).toBe(false);
  });

  it('keeps credits apart: they are listed but never counted as spend or burn', () => {
    const usage: Usage = {
      records: [rec('2026-11-21T12:00:00Z', 700)],
      credits: [
        { at: '2026-11-22T12:00:00Z', amount: usd(5000) },
        { at: '2026-11-01T12:00:00Z', amount: usd(9999) },
      ],
    };
    const s = summarizeUsage(usage, utc7, { now: NOW });
    expect(s.total).toEqual(usd(700));
    expect(s.credited).toEqual(usd(5000));
    expect(s.credits).toHaveLength(1);
    expect(s.burnPerDay).toEqual(usd(100)); // 700 over the 7 days gone by
  });

  it('averages over the days gone by in a period that has not ended', () => {
    const thisMonth = resolvePeriod('this-month', { now: NOW, timeZone: 'UTC' });
    const s = summarizeUsage({ records: [rec('2026-11-02T12:00:00Z', 2600)] }, thisMonth, { now: NOW });
    expect(thisMonth.days).toBe(26);
    expect(s.elapsedDays).toBe(26); // Nov 1 00:00 → Nov 26 15:00 is 25.6 days
    expect(s.burnPerDay).toEqual(usd(100));
  });

  it('buckets days in the given time zone', () => {
    // 23:30 UTC on Nov 20 is still Nov 20 in New York but already Nov 21 in Tokyo.
    const usage = { records: [rec('2026-11-20T23:30:00Z', 100)] };
    const ny = summarizeUsage(
      usage,
      resolvePeriod('last-7-days', { now: NOW, timeZone: 'America/New_York' }),
      {
        now: NOW,
      },
    );
    const tokyo = summarizeUsage(usage, resolvePeriod('last-7-days', { now: NOW, timeZone: 'Asia/Tokyo' }), {
      now: NOW,
    });
    expect(ny.buckets.find((b) => b.amount.amountMinor > 0)?.firstDay).toBe('2026-11-20');
    expect(tokyo.buckets.find((b) => b.amount.amountMinor > 0)?.firstDay).toBe('2026-11-21');
    // Tokyo's week is Nov 21–27 at this instant (00:00 on Nov 27 there): the record is its first day.
    expect(tokyo.period.firstDay).toBe('2026-11-21');
  });

  it('puts records on the right day across a DST change (25-hour day)', () => {
    // Berlin leaves summer time on Sunday 2026-10-25: that day lasts 25 hours.
    const period = resolvePeriod(
      { from: '2026-10-24', to: '2026-10-26' },
      { now: NOW, timeZone: 'Europe/Berlin' },
    );
    const [, day1 = 0, day2 = 0] = period.dayStarts;
    expect(day2 - day1).toBe(25 * 3_600_000);
    const usage = {
      records: [
        rec('2026-10-25T22:30:00Z', 1), // 23:30 CET on Oct 25
        rec('2026-10-25T23:00:00Z', 10), // 00:00 CET on Oct 26
        rec('2026-10-24T21:59:00Z', 100), // 23:59 CEST on Oct 24
      ],
    };
    const s = summarizeUsage(usage, period, { now: NOW });
    expect(s.daily).toEqual([100, 1, 10]);
  });

  it('charts per week when the period is longer than 90 days', () => {
    const period = resolvePeriod({ from: '2026-07-01', to: '2026-10-28' }, { now: NOW, timeZone: 'UTC' });
    expect(period.days).toBe(120);
    const records = [];
    for (let d = 0; d < 120; d++)
      records.push(rec(new Date(period.from + d * 86_400_000 + 3_600_000).toISOString(), 10));
    const s = summarizeUsage({ records }, period, { now: NOW });
    expect(s.granularity).toBe('week');
    expect(s.buckets).toHaveLength(18); // 17 full weeks and one of 1 day
    expect(s.buckets[0]).toMatchObject({ firstDay: '2026-07-01', lastDay: '2026-07-07', amount: usd(70) });
    expect(s.buckets.at(-1)).toMatchObject({
      firstDay: '2026-10-28',
      lastDay: '2026-10-28',
      amount: usd(10),
    });
    expect(s.buckets.reduce((sum, b) => sum + b.amount.amountMinor, 0)).toBe(s.total.amountMinor);
    // 90 days or fewer stay daily.
    const ninety = resolvePeriod({ from: '2026-07-01', to: '2026-09-28' }, { now: NOW, timeZone: 'UTC' });
    expect(summarizeUsage({ records }, ninety, { now: NOW }).granularity).toBe('day');
  });

  it('leaves out records in another currency and unreadable times, and says how many', () => {
    const usage = {
      records: [
        rec('2026-11-21T12:00:00Z', 100),
        rec('2026-11-21T12:00:00Z', 100, 'x', 'EUR'),
        rec('not a date', 100),
      ],
    };
    const s = summarizeUsage(usage, utc7, { now: NOW, currency: 'USD' });
    expect(s.total).toEqual(usd(100));
    expect(s.skipped).toBe(1);
    expect(s.unreadable).toBe(1);
  });

  it('derives a tip only for a dominant category with spend behind it', () => {
    const records = [
      rec('2026-11-21T12:00:00Z', 620, 'gpt-large'),
      rec('2026-11-21T12:00:00Z', 380, 'embeddings'),
    ];
    const tips = deriveTips(summarizeUsage({ records }, utc7, { now: NOW }));
    expect(tips).toEqual([{ id: 'category:gpt-large', category: 'gpt-large', share: 0.62 }]);
    expect(deriveTips(summarizeUsage({ records: [] }, utc7, { now: NOW }))).toEqual([]);
    const even = ['a', 'b', 'c'].map((c) => rec('2026-11-21T12:00:00Z', 100, c));
    expect(deriveTips(summarizeUsage({ records: even }, utc7, { now: NOW }))).toEqual([]);
  });
});
