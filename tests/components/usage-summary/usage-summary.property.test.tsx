// Properties of the usage statement over random usage histories, balances, moments and time zones:
// the average is the spend over the days shown, the shares shown add up to 100% within their
// rounding, tips appear exactly when the data has one, and the banner and the summary say the
// same run-out for the same inputs.
import { cleanup, render, renderHook, waitFor, within } from '@testing-library/react';
import fc from 'fast-check';
import type * as React from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { forecastRunOut, LowBalanceBanner, TopupProvider, useRunOutPhrase } from '../../../src';
import {
  deriveTips,
  resolvePeriod,
  runOutRange,
  summarizeUsage,
  UsageBreakdown,
  type UsagePeriodPreset,
  UsageSummary,
} from '../../../src/components/usage-summary';
import type { Usage } from '../../../src/core';
import { useFormat } from '../../../src/react';
import { createFakeBillingAdapter } from '../../../src/testing';
import { balance, history, runs, timeZone, usageAround } from '../../support/arbitraries';
import { catalogs } from '../../support/locales';

afterEach(cleanup);

const preset = fc.constantFrom<UsagePeriodPreset>(
  'last-7-days',
  'last-30-days',
  'this-month',
  'previous-month',
);

function provider(
  lang: keyof typeof catalogs = 'en',
  extra: { timeZone?: string; balanceMinor?: number } = {},
) {
  const adapter = createFakeBillingAdapter({
    balanceMinor: extra.balanceMinor ?? 1000,
    without: ['getUsage', 'getAlertSettings', 'saveAlertSettings', 'sendTestAlert'],
  });
  const { locale, messages } = catalogs[lang];
  return ({ children }: { children: React.ReactNode }) => (
    <TopupProvider adapter={adapter} locale={locale} messages={messages} timeZone={extra.timeZone}>
      {children}
    </TopupProvider>
  );
}

// Generous under a loaded machine: a property runs many cases, each quick on its own.
describe('usage statement properties', { timeout: 30_000 }, () => {
  it('spend = the sum of the days = the sum of the chart’s bars; average × days shown = spend', () => {
    fc.assert(
      fc.property(history, timeZone, preset, ({ now, usage }, zone, period) => {
        const statement = summarizeUsage(usage, resolvePeriod(period, { now, timeZone: zone }), {
          currency: 'USD',
        });
        const total = statement.total.amountMinor;
        const sum = (values: number[]) => values.reduce((s, x) => s + x, 0);
        expect(sum(statement.daily)).toBe(total);
        expect(sum(statement.buckets.map((bucket) => bucket.amount.amountMinor))).toBe(total);
        expect(sum(statement.categories.map((row) => row.amount.amountMinor))).toBe(total);
        // The days shown: every day of the period, which the chart's bars cover end to end.
        expect(statement.elapsedDays).toBe(statement.period.days);
        expect(statement.daily).toHaveLength(statement.period.days);
        expect(statement.buckets[0]?.firstDay).toBe(statement.period.firstDay);
        expect(statement.buckets.at(-1)?.lastDay).toBe(statement.period.lastDay);
        const days = statement.elapsedDays;
        expect(Math.abs(statement.burnPerDay.amountMinor * days - total)).toBeLessThanOrEqual(days / 2);
        // For the last 30 days, core's forecast counts the same days: the same average.
        if (period === 'last-30-days')
          expect(
            forecastRunOut({ amountMinor: 100, currency: 'USD' }, usage, { now, timeZone: zone }).burnPerDay,
          ).toEqual(statement.burnPerDay);
      }),
      runs(100),
    );
  });

  it('the shares the breakdown shows add up to 100%, within the rounding they are shown with', () => {
    // The breakdown's own formatter per locale ("37%", "8.2%", "37 %", "8,2 %").
    const formats = (['en', 'de', 'fr'] as const).map((language) => {
      const { result } = renderHook(() => useFormat(), { wrapper: provider(language) });
      return { percent: result.current.percent, decimal: language === 'en' ? '.' : ',' };
    });
    fc.assert(
      fc.property(
        history,
        fc.constantFrom(...formats),
        fc.integer({ min: 1, max: 6 }),
        ({ now, usage }, format, top) => {
          const statement = summarizeUsage(usage, resolvePeriod('last-30-days', { now, timeZone: 'UTC' }), {
            currency: 'USD',
            top,
          });
          if (statement.total.amountMinor === 0) return;
          expect(statement.categories.length).toBeLessThanOrEqual(top + 1);
          const shown = statement.categories.map((row) => {
            const text = format.percent(row.share);
            const digits = /[\d.,]+/.exec(text)?.[0] ?? '';
            const places = digits.split(format.decimal)[1]?.length ?? 0;
            return { value: Number(digits.replace(format.decimal, '.')), halfUnit: 0.5 * 10 ** -places };
          });
          const sum = shown.reduce((total, row) => total + row.value, 0);
          const rounding = shown.reduce((total, row) => total + row.halfUnit, 0);
          expect(Math.abs(sum - 100)).toBeLessThanOrEqual(rounding + 1e-9);
        },
      ),
      runs(100),
    );
  });

  it('the breakdown shows every row with its share', () => {
    // One rendered case per locale: the rows read are the statement's, in the breakdown's words.
    for (const language of ['en', 'de', 'fr'] as const) {
      const now = Date.parse('2026-11-26T15:00:00Z');
      const usage = fc.sample(usageAround(now), { numRuns: 1, seed: 7 })[0] as Usage;
      const statement = summarizeUsage(usage, resolvePeriod('last-30-days', { now, timeZone: 'UTC' }), {
        currency: 'USD',
      });
      const view = render(<UsageBreakdown statement={statement} />, { wrapper: provider(language) });
      const { result } = renderHook(() => useFormat(), { wrapper: provider(language) });
      const items = within(view.container).getAllByRole('listitem');
      const f = result.current;
      const words = f.messages.usage.breakdown;
      expect(items.map((item) => item.textContent)).toEqual(
        statement.categories.map(
          (row) =>
            `${row.other ? words.other : row.category}${f.money(row.amount)} · ${f.text(words.share, { share: f.percent(row.share) })}`,
        ),
      );
      view.unmount();
    }
  });

  it('a tip appears exactly when a category holds the threshold’s share of spend, never for nothing spent', () => {
    fc.assert(
      fc.property(history, fc.double({ min: 0.05, max: 1, noNaN: true }), ({ now, usage }, threshold) => {
        const statement = summarizeUsage(usage, resolvePeriod('last-30-days', { now, timeZone: 'UTC' }), {
          currency: 'USD',
        });
        const tips = deriveTips(statement, threshold);
        const total = statement.total.amountMinor;
        const backed = statement.categories.filter(
          (row) => !row.other && total > 0 && row.amount.amountMinor / total >= threshold,
        );
        expect(tips.map((tip) => tip.category)).toEqual(backed.map((row) => row.category));
        if (total === 0) expect(tips).toEqual([]);
      }),
      runs(100),
    );
  });

  it('the same balance and usage give the same run-out range in the banner’s forecast and the summary', () => {
    fc.assert(
      fc.property(history, balance, timeZone, ({ now, usage }, b, zone) => {
        const banner = forecastRunOut(b, usage, { now, windowDays: 30, timeZone: zone }).runOut;
        const statement = summarizeUsage(usage, resolvePeriod('last-30-days', { now, timeZone: zone }), {
          currency: 'USD',
        });
        const summary = runOutRange(b, statement, now);
        if (statement.total.amountMinor === 0) {
          expect(banner).toBeUndefined();
          expect(summary).toBe('none');
        } else if (b.amountMinor <= 0) expect(summary).toBe('now');
        else expect(summary).toEqual(banner);
      }),
      runs(100),
    );
  });

  it('rendered side by side, the banner and the summary say the same run-out', async () => {
    const now = Date.now();
    await fc.assert(
      fc.asyncProperty(
        usageAround(now).filter((usage) => usage.records.some((record) => record.amount.amountMinor > 0)),
        fc.integer({ min: 1, max: 200_000 }),
        timeZone,
        async (usage, balanceMinor, zone) => {
          const Wrapper = provider('en', { timeZone: zone, balanceMinor });
          const view = render(
            <Wrapper>
              <LowBalanceBanner
                usage={usage}
                threshold={{ amountMinor: balanceMinor + 1, currency: 'USD' }}
              />
              <UsageSummary usage={usage} />
            </Wrapper>,
          );
          const phrase = renderHook(() => useRunOutPhrase(zone), { wrapper: Wrapper });
          try {
            const { runOut } = forecastRunOut({ amountMinor: balanceMinor, currency: 'USD' }, usage, {
              timeZone: zone,
            });
            const textOf = (slot: string) =>
              view.container.querySelector(`[data-slot="${slot}"]`)?.textContent ?? '';
            // Both settled: the banner has read the balance, the summary has its run-out line.
            await waitFor(() => {
              expect(textOf('tk-low-balance-banner')).toContain('Your balance is');
              expect(textOf('tk-usage-summary-run-out')).not.toBe('');
            });
            const bannerSays = /At your current pace it runs out ([^.]+)\./.exec(
              textOf('tk-low-balance-banner'),
            )?.[1];
            const summarySays = /runs out ([^.]+)\.$/.exec(textOf('tk-usage-summary-run-out'))?.[1];
            expect(summarySays).toBe(bannerSays);
            // …and it is the one wording function's phrase for core's forecast (none: neither says one).
            expect(bannerSays).toBe(runOut ? phrase.result.current(runOut) : undefined);
            if (!runOut) expect(textOf('tk-usage-summary-run-out')).toMatch(/^No run-out in sight/);
          } finally {
            phrase.unmount();
            view.unmount();
          }
        },
      ),
      runs(8),
    );
  });
});
