// Page script for the chart benchmark: renders 365 daily bars (the kit's UsageChart) or a plain
// 365-row table of the same formatted numbers, each inside the same TopupProvider, and times
// render + style + layout (flushSync, then a forced layout read).
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import '../../src/styles/index.css';
import type { UsageBucket } from '../../src/components/usage-summary';
import { UsageChart } from '../../src/components/usage-summary';
import type { BillingAdapter } from '../../src/core';
import { formatMoney } from '../../src/core';
import { TopupProvider } from '../../src/react';

const DAY = 86_400_000;
const start = Date.UTC(2025, 10, 27);
const buckets: UsageBucket[] = Array.from({ length: 365 }, (_, i) => {
  const day = new Date(start + i * DAY).toISOString().slice(0, 10);
  return {
    firstDay: day,
    lastDay: day,
    start: start + i * DAY,
    end: start + (i + 1) * DAY,
    amount: { amountMinor: 500 + ((i * 7919) % 2500), currency: 'USD' },
  };
});

const adapter: BillingAdapter = {
  getBalance: async () => ({ balance: { amountMinor: 4200, currency: 'USD' } }),
  topUp: async () => ({ status: 'failed' }),
};

const dayFormat = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });

/** The baseline: the same numbers, formatted the same way, as a plain table. */
function PlainTable() {
  return (
    <table>
      <tbody>
        {buckets.map((b) => (
          <tr key={b.start}>
            <th scope="row">{dayFormat.format(new Date(`${b.firstDay}T12:00:00Z`))}</th>
            <td>{formatMoney(b.amount, 'en-US')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function time(kind: 'bars' | 'table'): number {
  const container = document.createElement('div');
  container.style.width = '800px';
  document.body.append(container);
  const root = createRoot(container);
  const t0 = performance.now();
  flushSync(() =>
    root.render(
      <TopupProvider adapter={adapter} locale="en-US">
        {kind === 'bars' ? <UsageChart buckets={buckets} granularity="day" /> : <PlainTable />}
      </TopupProvider>,
    ),
  );
  // Reading layout forces style and layout, so both sides pay for what the browser must do.
  void container.getBoundingClientRect().height;
  const elapsed = performance.now() - t0;
  root.unmount();
  container.remove();
  return elapsed;
}

declare global {
  interface Window {
    runBench: (runs: number, warmup: number) => { bars: number[]; table: number[]; barCount: number };
  }
}

window.runBench = (runs, warmup) => {
  const bars: number[] = [];
  const table: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    // Alternate which goes first, so neither side always runs on a warmer engine.
    const order = i % 2 ? (['table', 'bars'] as const) : (['bars', 'table'] as const);
    for (const kind of order) {
      const t = time(kind);
      if (i >= warmup) (kind === 'bars' ? bars : table).push(t);
    }
  }
  // Sanity check that the chart really drew every bar.
  const probe = document.createElement('div');
  document.body.append(probe);
  const root = createRoot(probe);
  flushSync(() =>
    root.render(
      <TopupProvider adapter={adapter} locale="en-US">
        <UsageChart buckets={buckets} granularity="day" />
      </TopupProvider>,
    ),
  );
  const barCount = probe.querySelectorAll('[data-slot="tk-usage-chart-bar"]').length;
  root.unmount();
  probe.remove();
  return { bars, table, barCount };
};
