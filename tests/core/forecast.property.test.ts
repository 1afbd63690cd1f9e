// Properties of core's forecast over random usage histories, balances, moments and time zones:
// the average is the spend spread over the days counted, and a run-out range never starts before
// today (in any zone).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dailySpend, forecastRunOut, projectRunOut, runOutDays } from '../../src/core';
import { addDays, zonedDay } from '../../src/core/time';
import { balance, history, moment, runs, timeZone } from '../support/arbitraries';

// Generous under a loaded machine: a property runs many cases, each quick on its own.
describe('forecast properties', { timeout: 30_000 }, () => {
  it('dailySpend counts every record of the window’s calendar days once, and credits never', () => {
    fc.assert(
      fc.property(history, timeZone, fc.integer({ min: 1, max: 40 }), ({ now, usage }, zone, days) => {
        const spend = dailySpend(usage, { now, days, timeZone: zone, currency: 'USD' });
        const today = zonedDay(now, zone);
        const firstDay = addDays(today, 1 - days);
        // Counted independently: a record belongs to the calendar day its time falls on in the zone.
        const expected = new Array<number>(days).fill(0);
        for (const record of usage.records) {
          const day = zonedDay(Date.parse(record.at), zone);
          if (day < firstDay || day > today) continue;
          let index = 0;
          while (addDays(firstDay, index) !== day) index++;
          expected[index] = (expected[index] as number) + record.amount.amountMinor;
        }
        expect(spend).toEqual(expected);
      }),
      runs(100),
    );
  });

  it('average per day × days counted = the spend, to the minor unit', () => {
    fc.assert(
      fc.property(
        history,
        timeZone,
        balance,
        fc.integer({ min: 1, max: 40 }),
        ({ now, usage }, zone, b, days) => {
          const { burnPerDay } = forecastRunOut(b, usage, { now, windowDays: days, timeZone: zone });
          const spent = dailySpend(usage, { now, days, timeZone: zone, currency: 'USD' }).reduce(
            (s, x) => s + x,
            0,
          );
          expect(Number.isSafeInteger(burnPerDay.amountMinor)).toBe(true);
          // Rounded to the minor unit: at most half a cent off per day.
          expect(Math.abs(burnPerDay.amountMinor * days - spent)).toBeLessThanOrEqual(days / 2);
        },
      ),
      runs(100),
    );
  });

  it('a run-out range never starts before now, and expected lies within it', () => {
    const daily = fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(balance, daily, moment, timeZone, (b, spend, now, zone) => {
        const { runOut, burnPerDay } = projectRunOut(b, spend, now);
        const total = spend.reduce((s, x) => s + x, 0);
        // Nothing spent: no run-out in sight; otherwise always a range.
        expect(runOut === undefined).toBe(total === 0);
        expect(burnPerDay.amountMinor).toBe(Math.round(total / spend.length));
        if (!runOut) return;
        expect(runOut.low.getTime()).toBeGreaterThanOrEqual(now);
        expect(runOut.expected.getTime()).toBeGreaterThanOrEqual(runOut.low.getTime());
        expect(runOut.high.getTime()).toBeGreaterThanOrEqual(runOut.expected.getTime());
        const days = runOutDays(runOut, { now, timeZone: zone });
        expect(days.daysAway).toBeGreaterThanOrEqual(0);
        expect(days.firstDay >= days.today).toBe(true);
        expect(days.lastDay >= days.firstDay).toBe(true);
        // An empty balance runs out now: today, in every zone.
        if (b.amountMinor <= 0) expect(days.daysAway).toBe(0);
      }),
      runs(200),
    );
  });

  it('forecastRunOut over random histories: never before today, in the user’s zone', () => {
    fc.assert(
      fc.property(history, balance, timeZone, ({ now, usage }, b, zone) => {
        const { runOut } = forecastRunOut(b, usage, { now, timeZone: zone });
        if (!runOut) return;
        expect(runOutDays(runOut, { now, timeZone: zone }).daysAway).toBeGreaterThanOrEqual(0);
      }),
      runs(100),
    );
  });
});
