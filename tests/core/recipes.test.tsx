import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  createRecovery,
  InsufficientBalanceError,
  isInsufficientBalance,
  money,
  type RecoveryFetch,
  withRecovery,
} from '../../src/core';
import { createFakeAdapter } from './fake-adapter';

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
    const recovery = createRecovery({ adapter: createFakeAdapter().adapter });
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
    const recovery = createRecovery({ adapter: createFakeAdapter().adapter });
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
