// @vitest-environment node
// The client recipes of docs/recipes.md that tests/core/clients.test.ts does not already run as
// written: ky and ofetch with the kit's fetch as their own `fetch`, axios with attachRecovery.
import axios from 'axios';
import ky from 'ky';
import { ofetch } from 'ofetch';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  asInsufficientBalance,
  attachRecovery,
  createRecovery,
  isInsufficientBalance,
  money,
  type RecoveryEvent,
  withRecovery,
} from '../../src/core';
import { createFakeBillingAdapter } from '../../src/testing';
import { apiServerPerFile } from '../support/api-server';

const SEED_402 = {
  status: 402,
  body: {
    code: 40203,
    name: 'InsufficientBalanceError',
    message: 'Account balance not enough to run this query, please recharge.',
  },
};

const server = apiServerPerFile();
beforeEach(() => {
  server.api.failure = SEED_402;
  server.api.success = { revenue: 4200 };
});

const setup = () => {
  const recovery = createRecovery({ adapter: createFakeBillingAdapter() });
  const events: RecoveryEvent[] = [];
  recovery.onEvent((event) => events.push(event));
  const conversations = () => events.filter((event) => event.type === 'blocked').length;
  return { recovery, conversations };
};

// Each client: its recipe's setup and one GET of /revenue, resolving with the parsed body.
const recipes = [
  {
    name: 'ky with fetch: withRecovery(…)',
    make: (recovery: ReturnType<typeof createRecovery>) => {
      const http = ky.create({
        prefixUrl: server.api.url,
        fetch: withRecovery(fetch, recovery, { intent: 'Monthly revenue' }),
      });
      return () => http.get('revenue').json<{ revenue: number }>();
    },
  },
  {
    name: 'ofetch.create with fetch: withRecovery(…)',
    make: (recovery: ReturnType<typeof createRecovery>) => {
      const http = ofetch.create(
        { baseURL: server.api.url },
        { fetch: withRecovery(fetch, recovery, { intent: 'Monthly revenue' }) as typeof fetch },
      );
      return () => http<{ revenue: number }>('/revenue');
    },
  },
  {
    name: 'axios with attachRecovery',
    make: (recovery: ReturnType<typeof createRecovery>) => {
      const http = axios.create({ baseURL: server.api.url });
      attachRecovery(http, recovery);
      return async () => (await http.get('/revenue', { intent: 'Monthly revenue' } as object)).data;
    },
  },
];

describe.each(recipes)('recipe: $name', ({ make }) => {
  it('a blocked GET resolves with the replayed response after the top-up', async () => {
    const { recovery, conversations } = setup();
    const result = make(recovery)();
    await expect.poll(() => recovery.getSnapshot().status).toBe('blocked');
    expect(recovery.getSnapshot().intents).toEqual(['Monthly revenue']);
    server.api.paid = true;
    await recovery.topUp(money(2500, 'USD'));
    await expect(result).resolves.toEqual({ revenue: 4200 });
    expect(server.api.requests).toEqual(['GET /revenue', 'GET /revenue']);
    expect(conversations()).toBe(1);
  });

  it('"Not now": one rejection the host can recognise, one conversation, whatever the client retries', async () => {
    const { recovery, conversations } = setup();
    const result = make(recovery)().catch((error: unknown) => error);
    await expect.poll(() => recovery.getSnapshot().status).toBe('blocked');
    recovery.dismiss();
    const error = await result;
    // ky and axios reject with ours; ofetch wraps it as its FetchError's cause.
    expect(isInsufficientBalance(error)).toBe(true);
    expect(asInsufficientBalance(error)?.serverMessage).toBe(SEED_402.body.message);
    expect(conversations()).toBe(1);
    expect(recovery.getSnapshot().status).toBe('idle');
  });
});
