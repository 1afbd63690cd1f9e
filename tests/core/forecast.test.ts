import { describe, expect, it } from 'vitest';
import { burnRate, forecastRunOut, money, suggestTopUp, type Usage } from '../../src/core';

const DAY = 864e5;
// Noon, so each record below (an hour before the time of day, `daysAgo` calendar days back) lands
// on its own calendar day in UTC.
const NOW = Date.parse('2026-03-31T12:00:00Z');
const usd = (n: number) => money(n, 'USD');
const at = (daysAgo: number) => new Date(NOW - daysAgo * DAY - 3600e3).toISOString();

// `perDay[i]` is spent i calendar days ago (0: today).
const usage = (perDay: number[], currency = 'USD'): Usage => ({
  records: perDay.map((amount, i) => ({ at: at(i), amount: money(amount, currency), category: 'api' })),
});

describe('burnRate', () => {
  it('averages spend per day over the window; credits never count', () => {
    const u: Usage = {
      ...usage(Array(10).fill(300)),
      credits: [{ at: at(2), amount: usd(100000) }],
    };
    expect(burnRate(u, { from: NOW - 10 * DAY, to: NOW })).toEqual(usd(300));
    expect(burnRate(u, { from: new Date(NOW - 30 * DAY), to: new Date(NOW) })).toEqual(usd(100));
  });

  it('ignores records outside the window and in other currencies; empty is zero', () => {
    const u: Usage = {
      records: [
        { at: at(1), amount: usd(700), category: 'a' },
        { at: at(40), amount: usd(99999), category: 'a' },
        { at: new Date(NOW + DAY).toISOString(), amount: usd(99999), category: 'a' },
        { at: at(2), amount: money(5000, 'EUR'), category: 'a' },
      ],
    };
    expect(
      burnRate(u, { from: new Date(NOW - 7 * DAY).toISOString(), to: new Date(NOW).toISOString() }),
    ).toEqual(usd(100));
    expect(burnRate({ records: [] }, { from: NOW - 7 * DAY, to: NOW, currency: 'EUR' })).toEqual(
      money(0, 'EUR'),
    );
  });
});

describe('forecastRunOut', () => {
  it('projects the run-out date at the current pace with a range', () => {
    const u = usage(Array.from({ length: 30 }, (_, i) => (i % 2 ? 50 : 150)));
    const f = forecastRunOut(usd(1000), u, { now: NOW, timeZone: 'UTC' });
    expect(f.burnPerDay).toEqual(usd(100));
    expect(f.runOut?.expected.toISOString()).toBe(new Date(NOW + 10 * DAY).toISOString());
    const { low, high, expected } = f.runOut ?? ({} as never);
    expect(low.getTime()).toBeLessThan(expected.getTime());
    expect(high.getTime()).toBeGreaterThan(expected.getTime());
    expect(high.getTime()).toBeLessThanOrEqual(NOW + 20 * DAY);
  });

  it('steady spend gives a tight range', () => {
    const f = forecastRunOut(usd(1000), usage(Array(30).fill(100)), { now: new Date(NOW), timeZone: 'UTC' });
    expect(f.runOut?.low.getTime()).toBe(f.runOut?.high.getTime());
  });

  it('has no run-out when nothing was spent', () => {
    expect(forecastRunOut(usd(1000), { records: [] }, { now: NOW, timeZone: 'UTC' })).toEqual({
      burnPerDay: usd(0),
    });
    expect(
      forecastRunOut(
        usd(1000),
        { records: [], credits: [{ at: at(1), amount: usd(500) }] },
        { now: NOW, timeZone: 'UTC' },
      ).runOut,
    ).toBeUndefined();
  });

  it('an empty or negative balance runs out now; a tiny spend stays within valid dates', () => {
    const f = forecastRunOut(usd(-50), usage([100]), { now: NOW, timeZone: 'UTC' });
    expect(f.runOut?.expected.getTime()).toBe(NOW);
    const far = forecastRunOut(usd(Number.MAX_SAFE_INTEGER), usage([1]), { now: NOW, timeZone: 'UTC' });
    expect(Number.isNaN(far.runOut?.high.getTime())).toBe(false);
  });

  it('honours windowDays and is linear in the number of records', () => {
    expect(
      forecastRunOut(usd(1000), usage([700]), { now: NOW, windowDays: 7, timeZone: 'UTC' }).burnPerDay,
    ).toEqual(usd(100));
    const big = usage(Array.from({ length: 200_000 }, (_, i) => i % 7));
    const t = performance.now();
    forecastRunOut(usd(1000), big, { now: NOW, windowDays: 365, timeZone: 'UTC' });
    expect(performance.now() - t).toBeLessThan(2000);
  });
});

describe('suggestTopUp', () => {
  it('covers the shortfall plus two weeks of typical spend, rounded up to a friendly amount', () => {
    expect(suggestTopUp({ shortfall: usd(1234), burnPerDay: usd(150), currency: 'USD' })).toEqual(usd(5000));
    expect(suggestTopUp({ shortfall: usd(1), currency: 'USD' })).toEqual(usd(500));
    expect(suggestTopUp({ burnPerDay: usd(1000), days: 30, currency: 'USD' })).toEqual(usd(50000));
    expect(suggestTopUp({ burnPerDay: usd(1001), days: 30, currency: 'usd' })).toEqual(usd(50000));
    expect(suggestTopUp({ burnPerDay: usd(2000), days: 30, currency: 'USD' })).toEqual(usd(100000));
    expect(suggestTopUp({ shortfall: usd(120000), currency: 'USD' })).toEqual(usd(250000));
  });

  it('steps 5, 10, 25, 50, 100, 250… major units', () => {
    const steps = [1, 501, 1001, 2501, 5001, 10001, 25001, 50001].map(
      (n) => suggestTopUp({ shortfall: usd(n), currency: 'USD' }).amountMinor / 100,
    );
    expect(steps).toEqual([5, 10, 25, 50, 100, 250, 500, 1000]);
  });

  it('is friendly in JPY and KWD too', () => {
    expect(suggestTopUp({ shortfall: money(1234, 'JPY'), currency: 'JPY' })).toEqual(money(2500, 'JPY'));
    expect(suggestTopUp({ shortfall: money(1234, 'KWD'), currency: 'KWD' })).toEqual(money(5000, 'KWD'));
  });

  it('has a sane minimum when nothing is known, and honours min', () => {
    expect(suggestTopUp({ currency: 'USD' })).toEqual(usd(1000));
    expect(suggestTopUp({ currency: 'JPY' })).toEqual(money(1000, 'JPY'));
    expect(suggestTopUp({ currency: 'USD', min: usd(2000) })).toEqual(usd(2500));
    expect(suggestTopUp({ shortfall: usd(100), currency: 'USD', min: usd(1000) })).toEqual(usd(1000));
  });

  it('ignores amounts in another currency', () => {
    expect(suggestTopUp({ shortfall: money(999999, 'EUR'), currency: 'USD' })).toEqual(usd(1000));
  });
});
