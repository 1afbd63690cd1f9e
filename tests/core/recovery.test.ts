import { describe, expect, it, vi } from 'vitest';
import { createRecovery, InsufficientBalanceError, money, type RecoveryEvent } from '../../src/core';
import { createFakeBillingAdapter, type FakeBillingOptions } from '../../src/testing';
import { flush, ibe } from './support';

const usd = (n: number) => money(n, 'USD');

/** The fake's clock: the balance's `updatedAt` is when the ledger last changed. */
const NOW = '2026-11-25T12:00:00.000Z';
/** The cards these tests pay with; pm_visa is the default. */
const paymentMethods = ['pm_visa', 'pm_1', 'pm_2', 'pm_9'].map((id) => ({
  id,
  brand: 'Visa',
  isDefault: id === 'pm_visa',
}));
const fakeAccount = (balanceMinor: number, extra: FakeBillingOptions = {}): FakeBillingOptions => ({
  balanceMinor,
  paymentMethods,
  actionUrl: () => 'https://bank.example/3ds?x=1',
  now: () => new Date(NOW),
  ...extra,
});

const setup = (start = 0, options: { maxReplays?: number; withGetTopUp?: boolean } = {}) => {
  // Read by the fake at each call: a test flips failGetBalance to make the server fail or recover.
  const server = fakeAccount(start, { without: options.withGetTopUp === false ? ['getTopUp'] : [] });
  const fake = createFakeBillingAdapter(server);
  const events: RecoveryEvent[] = [];
  const recovery = createRecovery({ adapter: fake, onEvent: (e) => events.push(e), ...options });
  const types = () => events.map((e) => e.type);
  const balanceCalls = () => fake.calls.filter((c) => c.method === 'getBalance').length;
  return { fake, adapter: fake, server, recovery, events, types, balanceCalls };
};

describe('the conversation', () => {
  it('opens on a block, refreshes the balance, tops up, replays and closes', async () => {
    const { recovery, fake, types } = setup(120);
    const error = ibe();
    expect(recovery.getSnapshot()).toEqual({ status: 'idle', intents: [], waiting: 0 });

    const result = recovery.block(error, {
      intent: 'Run query “Monthly revenue”',
      retry: async () => 'rows',
    });
    expect(recovery.getSnapshot()).toMatchObject({
      status: 'blocked',
      error,
      intents: ['Run query “Monthly revenue”'],
      waiting: 1,
    });
    await flush();
    expect(recovery.getSnapshot().balance).toEqual({ balance: usd(120), updatedAt: NOW });

    const outcome = await recovery.topUp(usd(2500));
    expect(outcome).toMatchObject({ status: 'succeeded', amount: usd(2500), balance: usd(2620) });
    expect(outcome.idempotencyKey).toMatch(/\w{8}/);
    await expect(result).resolves.toBe('rows');
    await flush();
    expect(recovery.getSnapshot()).toMatchObject({ status: 'idle', waiting: 0, intents: [], outcome });
    expect(recovery.getSnapshot().error).toBeUndefined();
    expect(recovery.getSnapshot().balance).toEqual({ balance: usd(2620), updatedAt: NOW });
    expect(fake.charges).toHaveLength(1);
    expect(types()).toEqual(['blocked', 'topup_started', 'topup_succeeded', 'resumed']);
  });

  it('walks idle → blocked → topping-up → resuming → idle with immutable snapshots', async () => {
    const { recovery } = setup(0);
    const seen: unknown[] = [recovery.getSnapshot()];
    recovery.subscribe(() => seen.push(recovery.getSnapshot()));
    const a = recovery.getSnapshot();
    expect(recovery.getSnapshot()).toBe(a);
    const waiting = recovery.block(ibe(), { retry: async () => 1 });
    const b = recovery.getSnapshot();
    expect(b).not.toBe(a);
    expect(a).toEqual({ status: 'idle', intents: [], waiting: 0 });
    const paying = recovery.topUp(usd(500));
    await Promise.resolve();
    await Promise.resolve();
    expect(recovery.getSnapshot()).toMatchObject({ status: 'topping-up', inFlight: { amount: usd(500) } });
    await paying;
    expect(recovery.getSnapshot().status).toBe('resuming');
    await waiting;
    await flush();
    const statuses = seen.map((s) => (s as { status: string }).status);
    expect(statuses.filter((s, i) => s !== statuses[i - 1])).toEqual([
      'idle',
      'blocked',
      'topping-up',
      'resuming',
      'idle',
    ]);
    // No notification without a change: every snapshot differs from the one before.
    for (let i = 1; i < seen.length; i++) expect(seen[i]).not.toBe(seen[i - 1]);
    const last = recovery.getSnapshot();
    recovery.dismiss();
    expect(recovery.getSnapshot()).toBe(last);
  });

  it('resolves undefined for a block without retry', async () => {
    const { recovery } = setup();
    const p = recovery.block(ibe());
    await recovery.topUp(usd(100));
    await expect(p).resolves.toBeUndefined();
  });

  it('keeps the first error and deduplicates intents, oldest first', () => {
    const { recovery } = setup();
    const first = ibe('first');
    recovery.block(first, { intent: 'A' }).catch(() => {});
    recovery.block(ibe('second'), { intent: 'B' }).catch(() => {});
    recovery.block(ibe('third'), { intent: 'A' }).catch(() => {});
    recovery.block(ibe('fourth')).catch(() => {});
    expect(recovery.getSnapshot()).toMatchObject({ error: first, intents: ['A', 'B'], waiting: 4 });
    recovery.dismiss();
  });

  it('swallows balance errors', async () => {
    const { recovery, server } = setup();
    server.failGetBalance = true;
    const p = recovery.block(ibe(), { retry: async () => 'ok' });
    await flush();
    expect(recovery.getSnapshot().balance).toBeUndefined();
    await expect(recovery.refreshBalance()).resolves.toBeUndefined();
    server.failGetBalance = false;
    await recovery.topUp(usd(100));
    await expect(p).resolves.toBe('ok');
  });
});

describe('concurrency: 20 simultaneous 402s', () => {
  const twenty = (recovery: ReturnType<typeof setup>['recovery'], signals: AbortSignal[] = []) => {
    const errors = Array.from({ length: 20 }, (_, i) => ibe(`error ${i}`));
    const replays: number[] = [];
    const promises = errors.map((e, i) =>
      recovery.block(e, {
        intent: `task ${i}`,
        signal: signals[i],
        retry: async () => {
          replays.push(i);
          return new Response(`result ${i}`);
        },
      }),
    );
    return { errors, replays, promises };
  };

  it('share one conversation and replay 20 times, each resolved with its own response', async () => {
    const { recovery, types } = setup();
    const { replays, promises } = twenty(recovery);
    expect(recovery.getSnapshot()).toMatchObject({ status: 'blocked', waiting: 20 });
    expect(recovery.getSnapshot().intents).toHaveLength(20);
    expect(types()).toEqual(['blocked']);
    await recovery.topUp(usd(5000));
    const responses = await Promise.all(promises);
    expect(await Promise.all(responses.map((r) => r?.text()))).toEqual(
      Array.from({ length: 20 }, (_, i) => `result ${i}`),
    );
    expect(replays.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    await flush();
    expect(types()).toEqual(['blocked', 'topup_started', 'topup_succeeded', 'resumed']);
    expect(recovery.getSnapshot().status).toBe('idle');
  });

  it('dismiss → 20 rejections, each with its original error', async () => {
    const { recovery, events } = setup();
    const { errors, replays, promises } = twenty(recovery);
    recovery.dismiss();
    const settled = await Promise.allSettled(promises);
    expect(settled.map((s) => (s.status === 'rejected' ? s.reason : s))).toEqual(errors);
    settled.forEach((s, i) => {
      expect(s.status === 'rejected' && s.reason).toBe(errors[i]);
    });
    expect(replays).toEqual([]);
    expect(recovery.getSnapshot()).toMatchObject({ status: 'idle', waiting: 0, intents: [] });
    expect(events.at(-1)).toEqual({ type: 'dismissed', count: 20 });
  });

  it('abort of one → 19 replays; the aborted one rejects with the abort reason', async () => {
    const { recovery } = setup();
    const controllers = Array.from({ length: 20 }, () => new AbortController());
    const { replays, promises } = twenty(
      recovery,
      controllers.map((c) => c.signal),
    );
    // Watched from the start: the aborted one rejects before the top-up answers.
    const settling = Promise.allSettled(promises);
    controllers[7]?.abort(new DOMException('Gone', 'AbortError'));
    expect(recovery.getSnapshot()).toMatchObject({ status: 'blocked', waiting: 19 });
    expect(recovery.getSnapshot().intents).not.toContain('task 7');
    await recovery.topUp(usd(5000));
    const settled = await settling;
    expect(settled.filter((s) => s.status === 'fulfilled')).toHaveLength(19);
    expect(settled[7]).toMatchObject({ status: 'rejected', reason: { name: 'AbortError', message: 'Gone' } });
    expect(replays).toHaveLength(19);
    expect(replays).not.toContain(7);
  });

  it('closes the conversation when every waiting request is aborted', async () => {
    const { recovery } = setup();
    const controllers = Array.from({ length: 20 }, () => new AbortController());
    const { promises } = twenty(
      recovery,
      controllers.map((c) => c.signal),
    );
    for (const c of controllers) c.abort();
    const settled = await Promise.allSettled(promises);
    expect(settled.every((s) => s.status === 'rejected')).toBe(true);
    expect(recovery.getSnapshot()).toMatchObject({ status: 'idle', waiting: 0 });
  });

  it('rejects at once when the signal is already aborted', async () => {
    const { recovery } = setup();
    const retry = vi.fn(async () => 1);
    await expect(recovery.block(ibe(), { signal: AbortSignal.abort('early'), retry })).rejects.toBe('early');
    expect(recovery.getSnapshot().status).toBe('idle');
    expect(retry).not.toHaveBeenCalled();
  });
});

describe('replays that 402 again', () => {
  it('rejoin a reopened conversation with the fresh error, at most maxReplays times, then reject', async () => {
    const { recovery, types } = setup(0, { maxReplays: 2 });
    const errors: InsufficientBalanceError[] = [];
    const retry = vi.fn(async () => {
      const e = ibe(`again ${errors.length}`, { required: usd(999) });
      errors.push(e);
      throw e;
    });
    const p = recovery.block(ibe('first'), { retry });
    p.catch(() => {});

    for (let round = 1; round <= 2; round++) {
      await recovery.topUp(usd(100 * round));
      await flush();
      expect(retry).toHaveBeenCalledTimes(round);
      expect(recovery.getSnapshot()).toMatchObject({
        status: 'blocked',
        waiting: 1,
        error: errors[round - 1],
      });
      expect(recovery.getSnapshot().outcome).toBeUndefined();
    }
    await recovery.topUp(usd(300));
    await expect(p).rejects.toMatchObject({ serverMessage: 'again 2' });
    expect(retry).toHaveBeenCalledTimes(3);
    await flush();
    expect(recovery.getSnapshot().status).toBe('idle');
    expect(types().filter((t) => t === 'blocked')).toHaveLength(3);
  });

  it('default maxReplays is 3: four replays at most, never a loop', async () => {
    const { recovery } = setup();
    const retry = vi.fn(async () => {
      throw ibe();
    });
    const p = recovery.block(ibe(), { retry });
    p.catch(() => {});
    for (let i = 0; i < 6; i++) {
      await recovery.topUp(usd(100 + i));
      await flush();
    }
    await expect(p).rejects.toBeInstanceOf(InsufficientBalanceError);
    expect(retry).toHaveBeenCalledTimes(4);
  });

  it('other replay errors reject only their own caller', async () => {
    const { recovery } = setup();
    const boom = new Error('500');
    const a = recovery.block(ibe(), {
      retry: async () => {
        throw boom;
      },
    });
    const b = recovery.block(ibe(), { retry: async () => 'fine' });
    await recovery.topUp(usd(100));
    await expect(a).rejects.toBe(boom);
    await expect(b).resolves.toBe('fine');
  });

  it('a 402 that arrives while resuming waits for the next top-up', async () => {
    const { recovery } = setup();
    let late: Promise<unknown> | undefined;
    const first = recovery.block(ibe(), {
      retry: async () => {
        late = recovery.block(ibe('late'), { retry: async () => 'late ok' });
        return 'first ok';
      },
    });
    await recovery.topUp(usd(100));
    await expect(first).resolves.toBe('first ok');
    await flush();
    expect(recovery.getSnapshot()).toMatchObject({ status: 'blocked', waiting: 1 });
    expect(recovery.getSnapshot().error?.serverMessage).toBe('late');
    await recovery.topUp(usd(200));
    await expect(late).resolves.toBe('late ok');
  });
});

describe('balance loads', () => {
  it('share the request in flight, while resume and reconcile always read afresh', async () => {
    const { recovery, fake, balanceCalls } = setup(10);
    const p = recovery.block(ibe('short', { required: usd(40) }), { retry: async () => 'rows' });
    // The conversation opening started a load; a component asking now joins it.
    const joined = recovery.refreshBalance();
    await flush();
    await expect(joined).resolves.toEqual({ balance: usd(10), updatedAt: NOW });
    expect(balanceCalls()).toBe(1);
    fake.setBalance(5010);
    await recovery.reconcile(); // a new reading, not the earlier answer
    expect(balanceCalls()).toBeGreaterThanOrEqual(2);
    await expect(p).resolves.toBe('rows');
    expect(recovery.getSnapshot().balance).toEqual({ balance: usd(5010), updatedAt: NOW });
  });
});

describe('a reload in the middle of a payment', () => {
  const memoryStorage = () => {
    const data = new Map<string, string>();
    return {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
    };
  };

  it('reuses the idempotency key after a reload, so the server answers with the first charge', async () => {
    const storage = memoryStorage();
    const first = createFakeBillingAdapter(fakeAccount(100));
    let sentKey = '';
    const hung = createRecovery({
      adapter: {
        ...first,
        topUp: ({ idempotencyKey }) => {
          sentKey = idempotencyKey;
          return new Promise(() => {}); // the page reloads before any answer
        },
      },
      storage,
    });
    void hung.topUp(usd(2500), { paymentMethodId: 'pm_1' });
    await flush();
    expect(sentKey).not.toBe('');
    // The page reloads: a new store over the same storage, and the user clicks again.
    const adapter = createFakeBillingAdapter(fakeAccount(100));
    const reloaded = createRecovery({ adapter, storage });
    const outcome = await reloaded.topUp(usd(2500), { paymentMethodId: 'pm_1' });
    expect(adapter.topUpRequests().map((c) => c.idempotencyKey)).toEqual([sentKey]);
    expect(outcome.idempotencyKey).toBe(sentKey);
    expect(JSON.parse(storage.getItem('topup-kit:top-ups') ?? '[]')).toEqual([]);
    const other = await reloaded.topUp(usd(2500), { paymentMethodId: 'pm_2' });
    expect(other.idempotencyKey).not.toBe(outcome.idempotencyKey);
  });

  it('forgets an intent once it succeeded or definitely failed, and survives broken storage', async () => {
    const storage = memoryStorage();
    const { adapter, fake } = setup(0);
    const recovery = createRecovery({ adapter, storage });
    fake.scriptTopUps('decline');
    const failed = await recovery.topUp(usd(500));
    expect(storage.getItem('topup-kit:top-ups')).toBe('[]');
    const next = await recovery.topUp(usd(500));
    expect(next.idempotencyKey).not.toBe(failed.idempotencyKey);
    const broken = {
      getItem: () => '{not json',
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const sturdy = createRecovery({ adapter, storage: broken });
    await expect(sturdy.topUp(usd(700))).resolves.toMatchObject({ status: 'succeeded' });
  });
});

describe('money that arrives from elsewhere (an admin, auto-recharge, another tab)', () => {
  it('reconcile resumes once the balance covers what the blocked action needs', async () => {
    const { recovery, fake, types } = setup(10);
    const p = recovery.block(ibe('short', { required: usd(40), balance: usd(10) }), {
      retry: async () => 'rows',
    });
    await flush();
    fake.setBalance(30); // still short
    await recovery.reconcile();
    await flush();
    expect(recovery.getSnapshot()).toMatchObject({ status: 'blocked', waiting: 1 });
    fake.setBalance(5010); // an admin topped up $50
    await recovery.reconcile();
    await expect(p).resolves.toBe('rows');
    await flush();
    expect(recovery.getSnapshot()).toMatchObject({ status: 'idle', waiting: 0 });
    expect(fake.charges).toHaveLength(0); // nothing charged by us
    expect(types()).toEqual(['blocked', 'resumed']);
  });

  it('with the need unknown, resumes when the balance rose since the conversation opened', async () => {
    const { recovery, fake } = setup(10);
    const p = recovery.block(ibe(), { retry: async () => 'rows' });
    await flush();
    await recovery.reconcile();
    expect(recovery.getSnapshot().status).toBe('blocked');
    fake.setBalance(2510);
    await recovery.reconcile();
    await expect(p).resolves.toBe('rows');
  });

  it('does nothing when no conversation is open or the balance cannot be read', async () => {
    const { recovery, server } = setup(10);
    await expect(recovery.reconcile()).resolves.toBeUndefined();
    expect(recovery.getSnapshot().status).toBe('idle');
    const p = recovery.block(ibe('short', { required: usd(40) }), { retry: async () => 'rows' });
    await flush();
    server.failGetBalance = true;
    await recovery.reconcile();
    expect(recovery.getSnapshot()).toMatchObject({ status: 'blocked', waiting: 1 });
    recovery.dismiss();
    await expect(p).rejects.toBeInstanceOf(InsufficientBalanceError);
  });
});

describe('top-up outcomes', () => {
  it('failed → back to blocked with the reason; the conversation stays open', async () => {
    const { recovery, fake, types } = setup();
    const p = recovery.block(ibe(), { retry: async () => 'ok' });
    fake.scriptTopUps('decline');
    const outcome = await recovery.topUp(usd(2500), { paymentMethodId: 'pm_1' });
    expect(outcome).toMatchObject({
      status: 'failed',
      failureReason: 'Your card was declined by the bank.',
      paymentMethodId: 'pm_1',
    });
    expect(recovery.getSnapshot()).toMatchObject({ status: 'blocked', outcome, waiting: 1 });
    expect(recovery.getSnapshot().inFlight).toBeUndefined();
    expect(types()).toContain('topup_failed');
    await recovery.topUp(usd(2500), { paymentMethodId: 'pm_2' });
    await expect(p).resolves.toBe('ok');
  });

  it('requires_action carries a sanitised action URL and waits for reconcile', async () => {
    const { recovery, fake, types } = setup();
    const p = recovery.block(ibe(), { retry: async () => 'ok' });
    fake.scriptTopUps('require_action');
    const outcome = await recovery.topUp(usd(2500));
    expect(outcome).toMatchObject({ status: 'requires_action', actionUrl: 'https://bank.example/3ds?x=1' });
    expect(recovery.getSnapshot()).toMatchObject({ status: 'blocked', outcome });
    expect(types()).toContain('topup_requires_action');
    await expect(recovery.reconcile()).resolves.toBe(outcome);
    fake.complete(outcome.idempotencyKey);
    await expect(recovery.reconcile()).resolves.toMatchObject({
      status: 'succeeded',
      idempotencyKey: outcome.idempotencyKey,
    });
    await expect(p).resolves.toBe('ok');
    expect(fake.charges).toHaveLength(1);
  });

  it('drops an action URL that is not http(s) or relative', async () => {
    const { recovery, adapter } = setup();
    adapter.topUp = async () => ({ status: 'requires_action', actionUrl: 'javascript:alert(1)' });
    expect((await recovery.topUp(usd(100))).actionUrl).toBeUndefined();
  });

  it('pending is its own outcome; reconcile resumes when the credit lands', async () => {
    const { recovery, fake, types } = setup(0);
    const p = recovery.block(ibe(), { retry: async () => 'ok' });
    fake.scriptTopUps('pend');
    const outcome = await recovery.topUp(usd(2500));
    expect(outcome.status).toBe('pending');
    expect(recovery.getSnapshot()).toMatchObject({ status: 'blocked', outcome });
    expect(types()).toContain('topup_pending');
    expect(await recovery.reconcile()).toBe(outcome);
    fake.complete(outcome.idempotencyKey);
    expect(await recovery.reconcile()).toMatchObject({ status: 'succeeded' });
    await expect(p).resolves.toBe('ok');
  });

  it('an adapter answering nonsense is an unknown outcome', async () => {
    const { recovery, adapter } = setup();
    adapter.topUp = async () => ({ status: 'maybe' }) as never;
    expect((await recovery.topUp(usd(100))).status).toBe('unknown');
  });

  it('works with no conversation open (a standalone top-up)', async () => {
    const { recovery, types } = setup(100);
    const outcome = await recovery.topUp(usd(1000));
    expect(outcome.status).toBe('succeeded');
    await flush();
    expect(recovery.getSnapshot()).toMatchObject({
      status: 'idle',
      outcome,
      balance: { balance: usd(1100) },
    });
    expect(types()).toEqual(['topup_started', 'topup_succeeded']);
  });

  it('reconcile has nothing to do without an open outcome', async () => {
    const { recovery } = setup();
    await expect(recovery.reconcile()).resolves.toBeUndefined();
    const done = await recovery.topUp(usd(100));
    await expect(recovery.reconcile()).resolves.toBe(done);
  });
});

describe('idempotency: one charge per intent', () => {
  it('a double call returns the same promise and charges once', async () => {
    const { recovery, fake } = setup();
    const a = recovery.topUp(usd(2500));
    const b = recovery.topUp(usd(2500));
    expect(b).toBe(a);
    await a;
    expect(fake.topUpRequests()).toHaveLength(1);
    expect(fake.charges).toHaveLength(1);
  });

  it('a retry after a network error reuses the key', async () => {
    const { recovery, fake } = setup();
    fake.scriptTopUps('network_error');
    const first = await recovery.topUp(usd(2500));
    expect(first.status).toBe('unknown');
    const second = await recovery.topUp(usd(2500));
    expect(second).toMatchObject({ status: 'succeeded', idempotencyKey: first.idempotencyKey });
    expect(new Set(fake.topUpRequests().map((c) => c.idempotencyKey)).size).toBe(1);
    expect(fake.charges).toHaveLength(1);
  });

  it('timeout then success: reconcile asks getTopUp, and trying again never charges twice', async () => {
    const { recovery, fake, types } = setup();
    const p = recovery.block(ibe(), { retry: async () => 'ok' });
    fake.scriptTopUps('time_out');
    const lost = await recovery.topUp(usd(2500));
    expect(lost.status).toBe('unknown');
    expect(recovery.getSnapshot()).toMatchObject({ status: 'blocked', outcome: lost });
    expect(types()).toContain('topup_unknown');
    const again = await recovery.topUp(usd(2500));
    expect(again).toMatchObject({ status: 'succeeded', idempotencyKey: lost.idempotencyKey });
    await expect(p).resolves.toBe('ok');
    expect(fake.charges).toHaveLength(1);
  });

  it('timeout then success, no getTopUp: a balance risen by the amount counts as succeeded', async () => {
    const { recovery, fake } = setup(300, { withGetTopUp: false });
    const p = recovery.block(ibe(), { retry: async () => 'ok' });
    await flush();
    fake.scriptTopUps('time_out');
    const lost = await recovery.topUp(usd(2500));
    expect(lost.status).toBe('unknown');
    const reconciled = await recovery.reconcile();
    expect(reconciled).toMatchObject({
      status: 'succeeded',
      idempotencyKey: lost.idempotencyKey,
      balance: usd(2800),
    });
    await expect(p).resolves.toBe('ok');
    expect(fake.topUpRequests()).toHaveLength(1);
    expect(fake.charges).toHaveLength(1);
  });

  it('unknown and not landed: reconcile keeps it unknown, the retry reuses the key', async () => {
    const { recovery, fake } = setup(300, { withGetTopUp: false });
    fake.scriptTopUps('network_error');
    const lost = await recovery.topUp(usd(2500));
    await expect(recovery.reconcile()).resolves.toBe(lost);
    const again = await recovery.topUp(usd(2500));
    expect(again.idempotencyKey).toBe(lost.idempotencyKey);
    expect(fake.charges).toHaveLength(1);
  });

  it('a definite failure mints a new key; a new intent (amount or method) has its own key', async () => {
    const { recovery, fake } = setup();
    fake.scriptTopUps('decline');
    const declined = await recovery.topUp(usd(2500));
    const retried = await recovery.topUp(usd(2500));
    expect(retried.idempotencyKey).not.toBe(declined.idempotencyKey);
    const other = await recovery.topUp(usd(5000));
    const otherMethod = await recovery.topUp(usd(5000), { paymentMethodId: 'pm_2' });
    const keys = new Set([declined, retried, other, otherMethod].map((o) => o.idempotencyKey));
    expect(keys.size).toBe(4);
    // A later top-up of the same amount after a success is a new intent, too.
    const later = await recovery.topUp(usd(2500));
    expect(later.idempotencyKey).not.toBe(retried.idempotencyKey);
    expect(fake.charges.map((c) => c.amount.amountMinor)).toEqual([2500, 5000, 5000, 2500]);
  });

  it('sends the payment method and keys with no crypto.randomUUID too', async () => {
    const { recovery, fake } = setup();
    const spy = vi.spyOn(globalThis.crypto, 'randomUUID').mockImplementation(undefined as never);
    Object.defineProperty(globalThis.crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const a = await recovery.topUp(usd(100), { paymentMethodId: 'pm_9' });
      const b = await recovery.topUp(usd(200));
      expect(a.idempotencyKey).toMatch(/^\d+-\d+$/);
      expect(a.idempotencyKey).not.toBe(b.idempotencyKey);
      expect(fake.topUpRequests()[0]?.paymentMethodId).toBe('pm_9');
    } finally {
      spy.mockRestore();
      delete (globalThis.crypto as { randomUUID?: unknown }).randomUUID;
    }
    expect(typeof globalThis.crypto.randomUUID).toBe('function');
  });
});

describe('events', () => {
  it('reach onEvent, every listener and survive throwing listeners', async () => {
    const { recovery, events } = setup();
    const a: string[] = [];
    const b: string[] = [];
    recovery.onEvent(() => {
      throw new Error('listener bug');
    });
    const offA = recovery.onEvent((e) => a.push(e.type));
    recovery.onEvent((e) => b.push(e.type));
    recovery.subscribe(() => {
      throw new Error('subscriber bug');
    });
    const p = recovery.block(ibe(), { retry: async () => 1 });
    recovery.emit({ type: 'blocked_shown' });
    offA();
    await recovery.topUp(usd(100));
    await p;
    await flush();
    expect(a).toEqual(['blocked', 'blocked_shown']);
    expect(b).toEqual(['blocked', 'blocked_shown', 'topup_started', 'topup_succeeded', 'resumed']);
    // The store's own onEvent gets core events; UI events go to the listeners.
    expect(events.map((e) => e.type)).toEqual(['blocked', 'topup_started', 'topup_succeeded', 'resumed']);
    expect(events[1]).toMatchObject({ amount: usd(100), idempotencyKey: expect.any(String) });
    expect(events[2]).toMatchObject({ status: 'succeeded', amount: usd(100) });
  });

  it('a throwing onEvent option does not break the store', async () => {
    const fake = createFakeBillingAdapter();
    const recovery = createRecovery({
      adapter: fake,
      onEvent: () => {
        throw new Error('host bug');
      },
    });
    const p = recovery.block(ibe(), { retry: async () => 'ok' });
    await recovery.topUp(usd(100));
    await expect(p).resolves.toBe('ok');
  });

  it('exposes the adapter and the detect hook', () => {
    const fake = createFakeBillingAdapter();
    const detect = () => null;
    const recovery = createRecovery({ adapter: fake, detect });
    expect(recovery.adapter).toBe(fake);
    expect(recovery.detect).toBe(detect);
  });
});

describe('outcomes a user can tell apart (kind)', () => {
  it('a decline, a refusal, a timeout, a lost connection and an unreadable answer each have their kind', async () => {
    const { recovery, adapter } = setup();
    const declined = await (async () => {
      adapter.topUp = async () => ({
        status: 'failed',
        failureReason: 'Your card was declined by the bank.',
      });
      return recovery.topUp(usd(100), { paymentMethodId: 'a' });
    })();
    expect(declined).toMatchObject({
      status: 'failed',
      kind: 'declined',
      failureReason: 'Your card was declined by the bank.',
    });

    adapter.topUp = async () => ({
      status: 'failed',
      failureKind: 'refused',
      failureReason: 'A top-up can be at most $10,000.00.',
      problem: { type: 'urn:x:validation-failed', detail: 'A top-up can be at most $10,000.00.' },
    });
    expect(await recovery.topUp(usd(200))).toMatchObject({
      status: 'failed',
      kind: 'refused',
      failureReason: 'A top-up can be at most $10,000.00.',
      problem: { type: 'urn:x:validation-failed' },
    });

    // Thrown errors, read by their shape: any adapter's errors work.
    const thrown = async (error: unknown, amountMinor: number) => {
      adapter.topUp = async () => {
        throw error;
      };
      return recovery.topUp(usd(amountMinor));
    };
    expect(await thrown(new DOMException('The operation timed out.', 'TimeoutError'), 300)).toMatchObject({
      status: 'unknown',
      kind: 'timed_out',
    });
    expect(await thrown(Object.assign(new Error('late'), { kind: 'timeout' }), 301)).toMatchObject({
      kind: 'timed_out',
    });
    expect(await thrown(new TypeError('Failed to fetch'), 400)).toMatchObject({
      status: 'unknown',
      kind: 'connection_lost',
    });
    expect(
      await thrown(
        Object.assign(new Error('Amount too small'), { status: 422, problem: { detail: 'At least $1.00.' } }),
        500,
      ),
    ).toMatchObject({ status: 'failed', kind: 'refused', failureReason: 'At least $1.00.' });
    expect(await thrown(Object.assign(new Error('Bad gateway'), { status: 502 }), 600)).toMatchObject({
      status: 'unknown',
      kind: 'unknown',
    });
    expect(await thrown('weird', 700)).toMatchObject({ status: 'unknown', kind: 'unknown' });
  });

  it('a refusal is final for its key (the next try is a new intent); a timeout keeps the key', async () => {
    const { recovery, adapter } = setup();
    const keys: string[] = [];
    adapter.topUp = async ({ idempotencyKey }) => {
      keys.push(idempotencyKey);
      return { status: 'failed', failureKind: 'refused', failureReason: 'No.' };
    };
    await recovery.topUp(usd(100));
    await recovery.topUp(usd(100));
    expect(new Set(keys).size).toBe(2);
    keys.length = 0;
    adapter.topUp = async ({ idempotencyKey }) => {
      keys.push(idempotencyKey);
      throw new DOMException('The operation timed out.', 'TimeoutError');
    };
    await recovery.topUp(usd(300));
    await recovery.topUp(usd(300));
    expect(new Set(keys).size).toBe(1);
  });

  it('pending carries the expected time; every outcome says when it settled', async () => {
    const { recovery, adapter } = setup();
    adapter.topUp = async () => ({ status: 'pending', expectedAt: '2026-12-01T10:00:10.000Z' });
    const pending = await recovery.topUp(usd(100));
    expect(pending).toMatchObject({ kind: 'pending', expectedAt: '2026-12-01T10:00:10.000Z' });
    expect(Date.parse(pending.settledAt)).not.toBeNaN();
    adapter.topUp = async () => ({ status: 'pending', expectedAt: 'soon' });
    expect((await recovery.topUp(usd(200))).expectedAt).toBeUndefined();
  });

  it('a success without a balance reads it, so the receipt says the balance after', async () => {
    const { recovery, adapter, fake } = setup(120);
    adapter.topUp = async ({ amount }) => {
      fake.setBalance(fake.balance().amountMinor + amount.amountMinor);
      return { status: 'succeeded' };
    };
    expect(await recovery.topUp(usd(500))).toMatchObject({ kind: 'succeeded', balance: usd(620) });
  });
});

describe('a conversation set aside (the user went elsewhere in the app)', () => {
  it('keeps the requests waiting; a top-up from anywhere resumes them', async () => {
    const { recovery, types } = setup();
    const p = recovery.block(ibe(), { intent: 'Monthly revenue', retry: async () => 'rows' });
    recovery.setAside();
    expect(recovery.getSnapshot()).toMatchObject({ status: 'blocked', setAside: true, waiting: 1 });
    const outcome = await recovery.topUp(usd(500));
    expect(outcome.kind).toBe('succeeded');
    await expect(p).resolves.toBe('rows');
    expect(recovery.getSnapshot()).toMatchObject({ status: 'idle', waiting: 0 });
    expect(recovery.getSnapshot().setAside).toBeUndefined();
    expect(types()).not.toContain('dismissed');
  });

  it('a new block shows it again; reopen does too; only dismiss rejects', async () => {
    const { recovery } = setup();
    const first = recovery.block(ibe(), { intent: 'A' });
    recovery.setAside();
    const second = recovery.block(ibe(), { intent: 'B' });
    expect(recovery.getSnapshot()).toMatchObject({ setAside: undefined, intents: ['A', 'B'] });
    recovery.setAside();
    recovery.reopen();
    expect(recovery.getSnapshot().setAside).toBeUndefined();
    recovery.setAside();
    recovery.dismiss();
    await expect(first).rejects.toBeInstanceOf(InsufficientBalanceError);
    await expect(second).rejects.toBeInstanceOf(InsufficientBalanceError);
    expect(recovery.getSnapshot()).toMatchObject({ status: 'idle', setAside: undefined });
  });

  it('does nothing with no conversation open; records when the conversation opened', () => {
    const { recovery } = setup();
    recovery.setAside();
    expect(recovery.getSnapshot().setAside).toBeUndefined();
    void recovery.block(ibe()).catch(() => undefined);
    expect(Date.parse(recovery.getSnapshot().blockedAt ?? '')).not.toBeNaN();
    recovery.dismiss();
    expect(recovery.getSnapshot().blockedAt).toBeUndefined();
  });
});
