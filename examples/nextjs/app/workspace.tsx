'use client';

import * as React from 'react';
import {
  BalanceBlockedModal,
  createHttpBillingAdapter,
  LowBalanceBanner,
  TopupProvider,
  toInsufficientBalance,
  UsageSummary,
  useRecovery,
} from 'topup-kit';
import { exportReport } from './actions';

const adapter = createHttpBillingAdapter({ baseUrl: '/billing' });

/** The kit behind the client boundary: one provider, the modal, the early warnings. */
export function Workspace() {
  return (
    <TopupProvider adapter={adapter}>
      <LowBalanceBanner />
      <Queries />
      <UsageSummary />
      <BalanceBlockedModal />
    </TopupProvider>
  );
}

function Queries() {
  const { fetch, run } = useRecovery();
  const [status, setStatus] = React.useState('Not run yet.');

  // A route handler: the provider's fetch turns its 402 into the conversation and replays the POST.
  const runQuery = async () => {
    setStatus('Running…');
    try {
      const response = await fetch('/api/query', { method: 'POST', replay: true, intent: 'Monthly revenue' });
      const { rows } = (await response.json()) as { rows: { revenue: number }[] };
      setStatus(`Monthly revenue: ${rows[0]?.revenue}`);
    } catch (error) {
      setStatus(`Stopped: ${(error as Error).message}`);
    }
  };

  // A server action returns the 402 as a value; run() re-runs it after the top-up.
  const runExport = async () => {
    setStatus('Exporting…');
    try {
      const file = await run(
        async () => {
          const result = await exportReport();
          if (result.ok) return result.file;
          throw toInsufficientBalance(result.status, result.body) ?? new Error('The export failed.');
        },
        { intent: 'Export report' },
      );
      setStatus(`Exported ${file}`);
    } catch (error) {
      setStatus(`Stopped: ${(error as Error).message}`);
    }
  };

  return (
    <section aria-label="Queries">
      <button type="button" onClick={runQuery}>
        Run Monthly revenue
      </button>{' '}
      <button type="button" onClick={runExport}>
        Export report
      </button>
      <output aria-live="polite" style={{ display: 'block', margin: '1rem 0' }}>
        {status}
      </output>
    </section>
  );
}
