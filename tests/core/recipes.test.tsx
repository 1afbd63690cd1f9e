import { QueryClient, QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import useSWR, { SWRConfig } from 'swr';
import { describe, expect, it } from 'vitest';
import {
  createRecovery,
  InsufficientBalanceError,
  isInsufficientBalance,
  money,
  type RecoveryFetch,
  withRecovery,
} from '../../src/core';
import { createFakeBillingAdapter } from '../../src/testing';

function Revenue({ api }: { api: RecoveryFetch }) {
  const q = useQuery({
    queryKey: ['revenue'],
    queryFn: async ({ signal }) => {
      const r = await api('https://api.example/revenue', { signal, intent: 'Monthly revenue' });
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return (await r.json()) as { revenue: number };
    },
  });
  if (q.isError)
    return <p>{q.error instanceof InsufficientBalanceError ? q.error.serverMessage : 'Failed'}</p>;
  return <p>{q.data ? `Revenue ${q.data.revenue}` : 'Loading'}</p>;
}

// A 402 is not a flaky network: retrying would only queue more blocked requests.
const client = () =>
  new QueryClient({
    defaultOptions: { queries: { retry: (count, error) => !isInsufficientBalance(error) && count < 3 } },
  });

// The recipe of docs/recipes.md: a queryFn on the recovered fetch. The query stays pending while
// the user tops up, then resolves with the replayed response's data.
describe('recipe: TanStack Query', () => {
  it('a query blocked by a 402 resolves with data after the top-up', async () => {
    let paid = false;
    const calls: string[] = [];
    const api = async (input: RequestInfo | URL) => {
      calls.push(String(input));
      return paid
        ? Response.json({ revenue: 4200 })
        : Response.json(
            { code: 40203, name: 'InsufficientBalanceError', message: 'Please recharge' },
            { status: 402 },
          );
    };
    const recovery = createRecovery({ adapter: createFakeBillingAdapter() });
    const recoveredFetch = withRecovery(api, recovery);

    const queryClient = client();
    render(
      <QueryClientProvider client={queryClient}>
        <Revenue api={recoveredFetch} />
      </QueryClientProvider>,
    );

    await waitFor(() => expect(recovery.getSnapshot().status).toBe('blocked'));
    expect(recovery.getSnapshot().intents).toEqual(['Monthly revenue']);
    expect(screen.getByText('Loading')).toBeInTheDocument();

    paid = true;
    await recovery.topUp(money(2500, 'USD'));
    expect(await screen.findByText('Revenue 4200')).toBeInTheDocument();
    expect(calls).toHaveLength(2);
    queryClient.clear();
  });

  it('"Not now" settles the query with the InsufficientBalanceError, without retries', async () => {
    const recovery = createRecovery({ adapter: createFakeBillingAdapter() });
    let calls = 0;
    const recoveredFetch = withRecovery(async () => {
      calls++;
      return new Response(null, { status: 402 });
    }, recovery);
    const queryClient = client();
    render(
      <QueryClientProvider client={queryClient}>
        <Revenue api={recoveredFetch} />
      </QueryClientProvider>,
    );
    await waitFor(() => expect(recovery.getSnapshot().status).toBe('blocked'));
    recovery.dismiss();
    expect(await screen.findByText('Payment required: the balance is too low.')).toBeInTheDocument();
    expect(calls).toBe(1);
    queryClient.clear();
  });
});

// Mutations: a POST is replayed only when sending it twice is safe: an Idempotency-Key says so.
function RunReport({ api }: { api: RecoveryFetch }) {
  const mutation = useMutation({
    retry: false,
    mutationFn: async (id: string) => {
      const r = await api(`https://api.example/reports/${id}/runs`, {
        method: 'POST',
        headers: { 'Idempotency-Key': `run-${id}` },
        intent: 'Run report',
      });
      return (await r.json()) as { status: string };
    },
  });
  return (
    <>
      <button type="button" onClick={() => mutation.mutate('r1')}>
        Run report
      </button>
      <p>
        {mutation.isError
          ? `Stopped: ${(mutation.error as InsufficientBalanceError).serverMessage}`
          : (mutation.data?.status ?? 'Idle')}
      </p>
    </>
  );
}

/** A recording API that answers the seed 402 until `paid`, then 200 with what it is given. */
const meteredApi = () => {
  const api = {
    paid: false,
    calls: [] as { method: string; key: string | null }[],
    fetch: async (_input: RequestInfo | URL, init?: RequestInit) => {
      const headers = new Headers(init?.headers);
      api.calls.push({ method: init?.method ?? 'GET', key: headers.get('idempotency-key') });
      return api.paid
        ? Response.json({ status: 'Report queued', revenue: 4200 })
        : Response.json(
            { code: 40203, name: 'InsufficientBalanceError', message: 'Please recharge' },
            { status: 402 },
          );
    },
  };
  return api;
};

/** RunReport on a metered API, its button clicked. */
const runReport = async () => {
  const api = meteredApi();
  const recovery = createRecovery({ adapter: createFakeBillingAdapter() });
  const queryClient = client();
  render(
    <QueryClientProvider client={queryClient}>
      <RunReport api={withRecovery(api.fetch, recovery)} />
    </QueryClientProvider>,
  );
  await userEvent.setup().click(screen.getByRole('button', { name: 'Run report' }));
  return { api, recovery, queryClient };
};

describe('recipe: TanStack Query mutations', () => {
  it('a blocked mutation with an Idempotency-Key is sent once more, with the same key, after the top-up', async () => {
    const { api, recovery, queryClient } = await runReport();
    await waitFor(() => expect(recovery.getSnapshot().intents).toEqual(['Run report']));
    api.paid = true;
    await recovery.topUp(money(2500, 'USD'));
    expect(await screen.findByText('Report queued')).toBeInTheDocument();
    expect(api.calls).toEqual([
      { method: 'POST', key: 'run-r1' },
      { method: 'POST', key: 'run-r1' },
    ]);
    queryClient.clear();
  });

  it('"Not now" puts the mutation in its error state with the server\'s words', async () => {
    const { api, recovery, queryClient } = await runReport();
    await waitFor(() => expect(recovery.getSnapshot().status).toBe('blocked'));
    recovery.dismiss();
    expect(await screen.findByText('Stopped: Please recharge')).toBeInTheDocument();
    expect(api.calls).toHaveLength(1);
    queryClient.clear();
  });
});

function RevenueSWR({ api }: { api: RecoveryFetch }) {
  const { data, error } = useSWR('revenue', async () => {
    const r = await api('https://api.example/revenue', { intent: 'Monthly revenue' });
    return (await r.json()) as { revenue: number };
  });
  if (error) return <p>{isInsufficientBalance(error) ? `Stopped: ${error.serverMessage}` : 'Failed'}</p>;
  return <p>{data ? `Revenue ${data.revenue}` : 'Loading'}</p>;
}

// SWR retries failed fetchers by itself; a declined top-up is not a flaky network.
const swrConfig = {
  provider: () => new Map(),
  shouldRetryOnError: (error: Error) => !isInsufficientBalance(error),
  // Short, so a retry the config failed to stop would show within the test.
  errorRetryInterval: 10,
  dedupingInterval: 0,
};

/** RevenueSWR on a metered API, once its fetch has opened the conversation. */
const revenueBlocked = async () => {
  const api = meteredApi();
  const recovery = createRecovery({ adapter: createFakeBillingAdapter() });
  render(
    <SWRConfig value={swrConfig}>
      <RevenueSWR api={withRecovery(api.fetch, recovery)} />
    </SWRConfig>,
  );
  await waitFor(() => expect(recovery.getSnapshot().status).toBe('blocked'));
  return { api, recovery };
};

describe('recipe: SWR', () => {
  it('a blocked fetcher resolves with the replayed data after the top-up', async () => {
    const { api, recovery } = await revenueBlocked();
    expect(screen.getByText('Loading')).toBeInTheDocument();
    api.paid = true;
    await recovery.topUp(money(2500, 'USD'));
    expect(await screen.findByText('Revenue 4200')).toBeInTheDocument();
    expect(api.calls).toHaveLength(2);
  });

  it('"Not now" is SWR\'s error, and SWR does not retry it into a second conversation', async () => {
    const { api, recovery } = await revenueBlocked();
    recovery.dismiss();
    expect(await screen.findByText('Stopped: Please recharge')).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(api.calls).toHaveLength(1);
    expect(recovery.getSnapshot().status).toBe('idle');
  });
});
