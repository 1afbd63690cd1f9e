// Two stores of one account, as two tabs of one origin run them: each with its own tab sync
// (its own BroadcastChannel), sharing localStorage, Web Locks and one billing backend.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRecovery, createTabSync, type Recovery, type TabSync } from '../../src/core';
import { createFakeBillingAdapter } from '../../src/testing';
import { createOrigin } from '../support/tabs';
import { flush, ibe } from './support';

const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' });
const closing: (() => void)[] = [];
afterEach(() => {
  for (const close of closing.splice(0)) close();
});

let accounts = 0;
/**
 * Two tabs of one account on one backend that starts at $0.25. `secondCannotReadBalance`: the
 * second tab's balance requests fail (a flaky network, a server too busy to answer in time).
 */
function twoTabs({ secondCannotReadBalance = false, storageLagMs = 0 } = {}) {
  const backend = createFakeBillingAdapter({ balanceMinor: 25 });
  const origin = createOrigin({ storageLagMs });
  const account = `recovery-tabs-${++accounts}-${Math.random()}`;
  const tab = (adapter = backend): { recovery: Recovery; sync: TabSync } => {
    const parts = origin.tab();
    const sync = createTabSync({
      account,
      channel: new BroadcastChannel(`topup-kit:${account}`),
      storage: parts.storage,
      locks: origin.locks,
      events: parts.events,
    });
    const recovery = createRecovery({ adapter });
    const disconnect = recovery.syncTabs(sync);
    closing.push(() => {
      disconnect();
      sync.close();
    });
    return { recovery, sync };
  };
  const unreadable = {
    ...backend,
    getBalance: () => Promise.reject(new TypeError('Failed to fetch')),
  };
  return { backend, first: tab(), second: tab(secondCannotReadBalance ? unreadable : backend) };
}

/** A query that needs $0.40: blocked until the balance covers it, then it runs. */
const blockQuery = (recovery: Recovery, name: string) =>
  recovery.block(ibe('Account balance not enough', { balance: usd(25), required: usd(40) }), {
    intent: name,
    retry: async () => `${name}: rows`,
  });

describe('one conversation across tabs', () => {
  it('a top-up in one tab resumes the work waiting in the other', async () => {
    const { backend, first, second } = twoTabs();
    const here = blockQuery(first.recovery, 'Monthly revenue');
    const there = blockQuery(second.recovery, 'Daily active users');
    await flush();

    await expect(first.recovery.topUp(usd(500))).resolves.toMatchObject({ status: 'succeeded' });
    await expect(here).resolves.toBe('Monthly revenue: rows');
    await expect(there).resolves.toBe('Daily active users: rows');
    await vi.waitFor(() =>
      expect(second.recovery.getSnapshot()).toMatchObject({ status: 'idle', waiting: 0 }),
    );
    expect(backend.charges).toHaveLength(1);
  });

  // storageLagMs: Chromium copies localStorage between tabs' processes a moment after a write, so
  // the tab granted the charge lock next may not see the first charge in storage yet (seen in e2e).
  it.each([
    ['', 0],
    [', even when localStorage reaches the other tab late', 200],
  ])('"Top up" pressed in both tabs at once charges once, and both resume%s', async (_, storageLagMs) => {
    const { backend, first, second } = twoTabs({ storageLagMs });
    const here = blockQuery(first.recovery, 'Monthly revenue');
    const there = blockQuery(second.recovery, 'Daily active users');
    await flush();

    const [paid, notCharged] = await Promise.all([
      first.recovery.topUp(usd(500)),
      second.recovery.topUp(usd(500)),
    ]);
    expect(paid).toMatchObject({ status: 'succeeded', amount: usd(500) });
    // The second press is answered with the first tab's top-up, marked as made there.
    expect(notCharged).toMatchObject({
      status: 'succeeded',
      otherTab: true,
      idempotencyKey: paid.idempotencyKey,
    });
    await expect(here).resolves.toBe('Monthly revenue: rows');
    await expect(there).resolves.toBe('Daily active users: rows');
    expect(backend.topUpRequests()).toHaveLength(1);
    expect(backend.charges).toHaveLength(1);
  });

  it("a tab that heard of the other tab's top-up but could not read the balance charges nothing when pressed", async () => {
    const { backend, first, second } = twoTabs({ secondCannotReadBalance: true });
    void blockQuery(first.recovery, 'Monthly revenue');
    void blockQuery(second.recovery, 'Daily active users');
    await flush();

    await expect(first.recovery.topUp(usd(500))).resolves.toMatchObject({ status: 'succeeded' });
    await flush();
    // The second tab heard of the money but has no reading: still blocked, its user presses.
    expect(second.recovery.getSnapshot().status).toBe('blocked');
    await expect(second.recovery.topUp(usd(500))).resolves.toMatchObject({ otherTab: true });
    expect(backend.topUpRequests()).toHaveLength(1);
  });

  it('while one tab pays, the other knows, and knows when it is over', async () => {
    const { backend, first, second } = twoTabs();
    blockQuery(first.recovery, 'Monthly revenue');
    const there = blockQuery(second.recovery, 'Daily active users');
    await flush();
    backend.scriptTopUps('require_action');

    const outcome = await first.recovery.topUp(usd(500));
    await vi.waitFor(() =>
      expect(second.recovery.getSnapshot().elsewhere).toEqual({
        amount: usd(500),
        paymentMethodId: undefined,
      }),
    );
    expect(first.recovery.getSnapshot().elsewhere).toBeUndefined();

    // The bank confirms in the first tab; its check finds the money; the second tab's work runs.
    backend.complete(outcome.idempotencyKey);
    await first.recovery.reconcile();
    await expect(there).resolves.toBe('Daily active users: rows');
    await vi.waitFor(() => expect(second.recovery.getSnapshot().elsewhere).toBeUndefined());
    expect(backend.charges).toHaveLength(1);
  });

  it('a decline in one tab leaves the other free to pay', async () => {
    const { backend, first, second } = twoTabs();
    blockQuery(first.recovery, 'Monthly revenue');
    const there = blockQuery(second.recovery, 'Daily active users');
    await flush();
    backend.scriptTopUps('decline');
    await expect(first.recovery.topUp(usd(500))).resolves.toMatchObject({ status: 'failed' });
    await vi.waitFor(() =>
      expect(second.recovery.getSnapshot()).toMatchObject({ status: 'blocked', elsewhere: undefined }),
    );

    await expect(second.recovery.topUp(usd(500))).resolves.toMatchObject({ status: 'succeeded' });
    await expect(there).resolves.toBe('Daily active users: rows');
    expect(backend.charges).toHaveLength(1);
  });

  it('"Not now" in the paying tab frees the other', async () => {
    const { backend, first, second } = twoTabs();
    blockQuery(first.recovery, 'Monthly revenue').catch(() => undefined);
    blockQuery(second.recovery, 'Daily active users');
    await flush();
    backend.scriptTopUps('require_action');
    await first.recovery.topUp(usd(500));
    await vi.waitFor(() => expect(second.recovery.getSnapshot().elsewhere).toBeDefined());
    first.recovery.dismiss();
    await vi.waitFor(() => expect(second.recovery.getSnapshot().elsewhere).toBeUndefined());
  });

  it('after an unknown outcome in one tab, the same top-up from the other reuses its key', async () => {
    const { backend, first, second } = twoTabs();
    blockQuery(first.recovery, 'Monthly revenue').catch(() => undefined);
    await flush();
    backend.scriptTopUps('time_out');
    const lost = await first.recovery.topUp(usd(500));
    expect(lost.status).toBe('unknown');
    first.recovery.dismiss();
    await flush();

    // A conversation opened later in the other tab: the balance is $5.25 but the query needs $6.
    const there = second.recovery.block(ibe('x', { balance: usd(525), required: usd(600) }), {
      retry: async () => 'ran',
    });
    await flush();
    const again = await second.recovery.topUp(usd(500));
    expect(again).toMatchObject({ status: 'succeeded', idempotencyKey: lost.idempotencyKey });
    expect(backend.charges).toHaveLength(1);
    await expect(there).resolves.toBe('ran');
  });

  it('a store on its own again after disconnecting: no word from the other tabs', async () => {
    const { backend, first, second } = twoTabs();
    for (const close of closing.splice(0)) close();
    const there = blockQuery(second.recovery, 'Daily active users');
    blockQuery(first.recovery, 'Monthly revenue');
    await flush();
    await first.recovery.topUp(usd(500));
    await flush();
    expect(second.recovery.getSnapshot()).toMatchObject({ status: 'blocked', waiting: 1 });
    expect(backend.charges).toHaveLength(1);
    second.recovery.dismiss();
    await expect(there).rejects.toBeDefined();
  });
});
