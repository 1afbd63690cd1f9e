/**
 * Server rendering that hydrates anywhere: the server runs in UTC, the visitor's browser in
 * Pacific/Honolulu, where the calendar day is a different one for ten hours of every day.
 */
import { act } from 'react';

// Tell React this is a test environment, as Testing Library does for its own render.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LowBalanceBanner } from '../../src/components/low-balance-banner';
import { UsageSummary } from '../../src/components/usage-summary';
import { createRecovery, type Money } from '../../src/core';
import { TopupProvider } from '../../src/react';
import { createFakeBillingAdapter, sampleUsage } from '../../src/testing';

// Dec 1, 05:00 in UTC is still Nov 30, 19:00 in Honolulu.
const NOW = Date.parse('2026-12-01T05:00:00Z');
const usage = sampleUsage(45, { end: new Date(NOW - 3_600_000) });
const warnAt: Money = { amountMinor: 5000, currency: 'USD' };

async function page(timeZone?: string) {
  const adapter = createFakeBillingAdapter({ balanceMinor: 1500, usage });
  const recovery = createRecovery({ adapter });
  // The host had the balance before rendering (as a server component would), so both renders show it.
  await recovery.refreshBalance();
  return (
    <TopupProvider adapter={adapter} recovery={recovery} locale="en-US" timeZone={timeZone}>
      <LowBalanceBanner usage={usage} thresholds={[{ amount: warnAt, level: 'warning' }]} />
      <UsageSummary usage={usage} updatedAt={new Date(NOW)} />
    </TopupProvider>
  );
}

/** Renders on the "server" in `serverZone`, then hydrates in the "browser" in `browserZone`. */
async function serverThenBrowser(serverZone: string, browserZone: string, hostZone?: string) {
  process.env.TZ = serverZone;
  const html = renderToString(await page(hostZone));
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);

  process.env.TZ = browserZone;
  const recoverable = vi.fn();
  const errors = vi.spyOn(console, 'error');
  const app = await page(hostZone);
  const root = await act(async () => hydrateRoot(container, app, { onRecoverableError: recoverable }));
  // Let the post-hydration render (the user's own zone) and effects settle.
  await act(async () => {});
  const result = { html, container, recoverable, errors: errors.mock.calls.map((call) => String(call[0])) };
  errors.mockRestore();
  return { ...result, unmount: () => act(() => root.unmount()) };
}

describe('hydration in another time zone', () => {
  const zone = process.env.TZ;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => {
    vi.useRealTimers();
    process.env.TZ = zone;
    document.body.innerHTML = '';
  });

  it('hydrates without a mismatch, then shows the visitor their own days', async () => {
    const run = await serverThenBrowser('UTC', 'Pacific/Honolulu');
    expect(run.recoverable).not.toHaveBeenCalled();
    expect(run.errors).toEqual([]);
    // The server counted UTC days (the last 30 end on Dec 1) ...
    expect(run.html).toContain('Dec 1');
    // ... the browser, once hydrated, the visitor's: the last 30 days end today, Nov 30.
    const chart = run.container.querySelector('[data-slot="tk-usage-summary"]') as HTMLElement;
    expect(chart.textContent).toContain('Nov 30');
    expect(chart.textContent).not.toContain('Dec 1');
    expect(run.container.textContent).toContain('Your balance is running low');
    await run.unmount();
  });

  it('renders the host’s zone on both sides when the provider names one', async () => {
    const run = await serverThenBrowser('UTC', 'Pacific/Honolulu', 'Asia/Tokyo');
    expect(run.recoverable).not.toHaveBeenCalled();
    expect(run.errors).toEqual([]);
    // In Tokyo it is already Dec 1, 14:00: the server's HTML already says so, and it stays.
    expect(run.html).toContain('Dec 1');
    expect(run.container.innerHTML).toBe(run.html);
    await run.unmount();
  });
});
