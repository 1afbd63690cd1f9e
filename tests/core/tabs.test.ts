// Two (or three) tabs in one process: each has its own BroadcastChannel (Node's, as in a browser
// each tab has its own), and they share one localStorage and one lock manager, as the tabs of one
// origin do. The real browser pieces are exercised end to end in tests/e2e/tabs.test.ts.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type ChannelLike,
  createTabSync,
  money,
  type TabSync,
  type TabSyncEvent,
  type TopUpOutcome,
  type TopUpRequest,
  type TopUpResult,
} from '../../src/core';
import { outcomeFromError, outcomeFromResult } from '../../src/core/outcome';
import { createOrigin } from '../support/tabs';

const usd = (n: number) => money(n, 'USD');
const flush = () => new Promise((resolve) => setTimeout(resolve, 5));

let opened: TabSync[] = [];
let account = 0;
afterEach(() => {
  for (const sync of opened) sync.close();
  opened = [];
});

type TabParts = { channel?: ChannelLike | null; storage?: boolean; locks?: boolean };

/** A test account with its own channel name, and a way to open tabs on it. */
function createAccount() {
  const origin = createOrigin();
  const name = `account-${++account}-${Math.random()}`;
  const open = ({ channel, storage = true, locks = true }: TabParts = {}) => {
    const parts = origin.tab();
    const events: TabSyncEvent[] = [];
    const sync = createTabSync({
      account: name,
      channel: channel === undefined ? new BroadcastChannel(`topup-kit:${name}`) : channel,
      storage: storage ? parts.storage : null,
      locks: locks ? origin.locks : null,
      events: parts.events,
    });
    sync.subscribe((event) => events.push(event));
    opened.push(sync);
    return { sync, events };
  };
  return { origin, open, name };
}

/** A billing server that charges once per idempotency key; `hold` keeps answers back until `answer()`. */
function createServer() {
  const charges: TopUpRequest[] = [];
  const calls: TopUpRequest[] = [];
  const waiting: (() => void)[] = [];
  let balance = 25;
  let hold = false;
  let next: TopUpResult['status'] | 'throw' = 'succeeded';
  const answer = async (request: TopUpRequest): Promise<TopUpResult> => {
    calls.push(request);
    const status = next;
    if (!charges.some((c) => c.idempotencyKey === request.idempotencyKey) && status !== 'failed') {
      charges.push(request);
      balance += request.amount.amountMinor;
    }
    if (hold) await new Promise<void>((resolve) => waiting.push(resolve));
    if (status === 'throw') throw new Error('connection lost');
    return { status, balance: usd(balance) };
  };
  /** What a store hands the tab sync: any answer, or a lost one, as an outcome. */
  const run = (request: TopUpRequest): Promise<TopUpOutcome> =>
    answer(request).then(
      (result) => outcomeOf(request, result),
      () => outcomeOf(request, undefined),
    );
  return {
    run,
    charges,
    calls,
    holdAnswers: () => {
      hold = true;
    },
    answer: () => {
      hold = false;
      for (const resolve of waiting.splice(0)) resolve();
    },
    answerWith: (status: TopUpResult['status'] | 'throw') => {
      next = status;
    },
  };
}

const request = (key: string, amountMinor = 500, paymentMethodId = 'pm_visa'): TopUpRequest => ({
  amount: usd(amountMinor),
  idempotencyKey: key,
  paymentMethodId,
});
const intentOf = (r: TopUpRequest) => `${r.amount.currency}${r.amount.amountMinor} ${r.paymentMethodId}`;
const outcomeOf = (r: TopUpRequest, result: TopUpResult | undefined): TopUpOutcome =>
  result ? outcomeFromResult(r, result) : outcomeFromError(r, undefined);

/** What a store does with a charge: charge, then tell every tab how it ended. */
async function chargeIn(
  sync: TabSync,
  req: TopUpRequest,
  since: number,
  run: ReturnType<typeof createServer>['run'],
) {
  const result = await sync.charge(intentOf(req), req, since, run);
  if (result.charged) sync.settle(intentOf(req), result.outcome);
  return result;
}

describe('one conversation across tabs', () => {
  it('a tab charging shows in the others, and its success reaches them', async () => {
    const { open } = createAccount();
    const a = open();
    const b = open();
    const server = createServer();
    server.holdAnswers();

    const charging = chargeIn(a.sync, request('key-a'), a.sync.mark(), server.run);
    await vi.waitFor(() =>
      expect(b.sync.elsewhere()).toEqual({ amount: usd(500), paymentMethodId: 'pm_visa' }),
    );
    expect(b.events).toContainEqual({
      type: 'elsewhere',
      topUp: { amount: usd(500), paymentMethodId: 'pm_visa' },
    });
    expect(a.sync.elsewhere()).toBeUndefined();

    server.answer();
    await charging;
    await flush();
    expect(b.events).toContainEqual({
      type: 'topped-up',
      outcome: expect.objectContaining({ status: 'succeeded', amount: usd(500), balance: usd(525) }),
    });
    expect(b.sync.elsewhere()).toBeUndefined();
    expect(b.events).toContainEqual({ type: 'elsewhere', topUp: undefined });
  });

  it('both tabs pressing at once charge once: the second sees the first top-up and charges nothing', async () => {
    const { open } = createAccount();
    const a = open();
    const b = open();
    const server = createServer();
    // Both conversations opened before either press.
    const sinceA = a.sync.mark();
    const sinceB = b.sync.mark();

    const [first, second] = await Promise.all([
      chargeIn(a.sync, request('key-a'), sinceA, server.run),
      chargeIn(b.sync, request('key-b'), sinceB, server.run),
    ]);
    expect(first.charged).toBe(true);
    expect(second).toEqual({
      charged: false,
      outcome: expect.objectContaining({ status: 'succeeded', idempotencyKey: 'key-a', amount: usd(500) }),
    });
    expect(server.calls).toHaveLength(1);
    expect(server.charges).toHaveLength(1);
  });

  it('a different amount pressed in the other tab is still not a second charge for one conversation', async () => {
    const { open } = createAccount();
    const a = open();
    const b = open();
    const server = createServer();
    const since = b.sync.mark();
    await chargeIn(a.sync, request('key-a', 500), a.sync.mark(), server.run);
    const second = await chargeIn(b.sync, request('key-b', 2500), since, server.run);
    expect(second.charged).toBe(false);
    expect(server.charges.map((c) => c.amount.amountMinor)).toEqual([500]);
  });

  it('a press made after seeing the other tab’s top-up is a new decision, and charges', async () => {
    const { open } = createAccount();
    const a = open();
    const b = open();
    const server = createServer();
    await chargeIn(a.sync, request('key-a'), a.sync.mark(), server.run);
    const later = await chargeIn(b.sync, request('key-b'), b.sync.mark(), server.run);
    expect(later.charged).toBe(true);
    expect(server.charges.map((c) => c.idempotencyKey)).toEqual(['key-a', 'key-b']);
  });

  it('a decline in one tab does not stop the other from paying', async () => {
    const { open } = createAccount();
    const a = open();
    const b = open();
    const server = createServer();
    const since = b.sync.mark();
    server.answerWith('failed');
    const declined = await chargeIn(a.sync, request('key-a'), a.sync.mark(), server.run);
    expect(declined).toMatchObject({ charged: true, outcome: { status: 'failed' } });
    await vi.waitFor(() => expect(b.sync.elsewhere()).toBeUndefined());

    server.answerWith('succeeded');
    const paid = await chargeIn(b.sync, request('key-b'), since, server.run);
    // A declined key is final on the server: the other tab pays with its own.
    expect(paid).toMatchObject({ charged: true, outcome: { idempotencyKey: 'key-b' } });
    expect(server.charges.map((c) => c.idempotencyKey)).toEqual(['key-b']);
  });

  it('after an unknown outcome, the same intent in another tab reuses the key: the server answers with the first charge', async () => {
    const { open } = createAccount();
    const a = open();
    const b = open();
    const server = createServer();
    server.answerWith('throw');
    const lost = await chargeIn(a.sync, request('key-a'), a.sync.mark(), server.run);
    expect(lost).toMatchObject({ charged: true, outcome: { status: 'unknown' } });
    await flush();
    // Tab A is still checking its payment: the others say so.
    expect(b.sync.elsewhere()).toEqual({ amount: usd(500), paymentMethodId: 'pm_visa' });

    server.answerWith('succeeded');
    // Even a press that does not count the lost charge as landed (a reload, a fresh mark) reuses its key.
    const again = await b.sync.charge(
      intentOf(request('key-b')),
      request('key-b'),
      Number.MAX_SAFE_INTEGER,
      server.run,
    );
    expect(again).toMatchObject({ charged: true, outcome: { idempotencyKey: 'key-a' } });
    expect(server.calls.map((c) => c.idempotencyKey)).toEqual(['key-a', 'key-a']);
    expect(server.charges).toHaveLength(1);
  });

  it('an unknown outcome elsewhere counts as landed: a press in the conversation charges nothing', async () => {
    const { open } = createAccount();
    const a = open();
    const b = open();
    const server = createServer();
    const since = b.sync.mark();
    server.answerWith('pending');
    await chargeIn(a.sync, request('key-a'), a.sync.mark(), server.run);
    const second = await chargeIn(b.sync, request('key-b', 1000), since, server.run);
    expect(second).toMatchObject({ charged: false, outcome: { status: 'pending', amount: usd(500) } });
    expect(server.calls).toHaveLength(1);
  });

  it('a shared key is forgotten after a day, so an old payment never answers a new one', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const { open } = createAccount();
      const a = open();
      const b = open();
      const server = createServer();
      server.answerWith('throw');
      await chargeIn(a.sync, request('key-a'), a.sync.mark(), server.run);
      vi.setSystemTime(Date.now() + 86_400_001);
      server.answerWith('succeeded');
      const next = await b.sync.charge(
        intentOf(request('key-b')),
        request('key-b'),
        Number.MAX_SAFE_INTEGER,
        server.run,
      );
      expect(next).toMatchObject({ charged: true, outcome: { idempotencyKey: 'key-b' } });
    } finally {
      vi.useRealTimers();
    }
  });

  it('a tab opened later learns that another tab is handling the top-up', async () => {
    const { open } = createAccount();
    const a = open();
    const server = createServer();
    server.answerWith('requires_action');
    await chargeIn(a.sync, request('key-a'), a.sync.mark(), server.run);
    const late = open();
    await vi.waitFor(() =>
      expect(late.sync.elsewhere()).toEqual({ amount: usd(500), paymentMethodId: 'pm_visa' }),
    );
  });

  it('"Not now" in the handling tab frees the others', async () => {
    const { open } = createAccount();
    const a = open();
    const b = open();
    const server = createServer();
    server.answerWith('requires_action');
    await chargeIn(a.sync, request('key-a'), a.sync.mark(), server.run);
    await vi.waitFor(() => expect(b.sync.elsewhere()).toBeDefined());
    a.sync.release();
    await vi.waitFor(() => expect(b.sync.elsewhere()).toBeUndefined());
  });

  it('a tab that goes away without a word frees the others: its lock comes free', async () => {
    const { open, name } = createAccount();
    const real = new BroadcastChannel(`topup-kit:${name}`);
    // This tab's goodbye never arrives (a crash): only its tab lock tells.
    const mute: ChannelLike = {
      postMessage: (message) =>
        (message as { type: string }).type !== 'released' && real.postMessage(message),
      addEventListener: (type, listener) =>
        real.addEventListener(type, listener as (event: MessageEvent) => void),
      close: () => real.close(),
    };
    const a = open({ channel: mute });
    const b = open();
    const server = createServer();
    server.answerWith('pending');
    await chargeIn(a.sync, request('key-a'), a.sync.mark(), server.run);
    await vi.waitFor(() => expect(b.sync.elsewhere()).toBeDefined());
    a.sync.close();
    await vi.waitFor(() => expect(b.sync.elsewhere()).toBeUndefined());
  });

  it('without BroadcastChannel, storage events carry the same conversation', async () => {
    const { open } = createAccount();
    const a = open({ channel: null });
    const b = open({ channel: null });
    const server = createServer();
    server.holdAnswers();
    const since = b.sync.mark();
    const charging = chargeIn(a.sync, request('key-a'), a.sync.mark(), server.run);
    await vi.waitFor(() =>
      expect(b.sync.elsewhere()).toEqual({ amount: usd(500), paymentMethodId: 'pm_visa' }),
    );
    server.answer();
    await charging;
    expect(b.events).toContainEqual({
      type: 'topped-up',
      outcome: expect.objectContaining({ status: 'succeeded' }),
    });
    expect(b.sync.elsewhere()).toBeUndefined();
    expect((await chargeIn(b.sync, request('key-b'), since, server.run)).charged).toBe(false);
    expect(server.charges).toHaveLength(1);
  });

  it('without storage or Web Locks, the channel still shares what happened', async () => {
    const { open } = createAccount();
    const a = open({ storage: false, locks: false });
    const b = open({ storage: false, locks: false });
    const server = createServer();
    const since = b.sync.mark();
    await chargeIn(a.sync, request('key-a'), a.sync.mark(), server.run);
    await flush();
    expect(b.events).toContainEqual({
      type: 'topped-up',
      outcome: expect.objectContaining({ status: 'succeeded' }),
    });
    // What b heard is enough to recognise a second press in the same conversation.
    expect((await chargeIn(b.sync, request('key-b'), since, server.run)).charged).toBe(false);
  });

  it('garbage in storage or on the channel is ignored, never thrown', async () => {
    const { open, origin, name } = createAccount();
    origin.items.set(`topup-kit:${name}:landed`, '{not json');
    origin.items.set(`topup-kit:${name}:key:USD500 pm_visa`, '[1,2');
    const a = open();
    const noise = new BroadcastChannel(`topup-kit:${name}`);
    noise.postMessage(null);
    noise.postMessage('hello');
    noise.postMessage({ type: 'handling' });
    noise.close();
    await flush();
    const server = createServer();
    const result = await chargeIn(a.sync, request('key-a'), a.sync.mark(), server.run);
    expect(result).toMatchObject({ charged: true, outcome: { idempotencyKey: 'key-a' } });
  });

  it('a host that keeps several accounts in one origin gets one conversation per account', async () => {
    const { open } = createAccount();
    const other = createAccount();
    const a = open();
    const elsewhereAccount = other.open();
    const server = createServer();
    server.holdAnswers();
    const charging = chargeIn(a.sync, request('key-a'), a.sync.mark(), server.run);
    await flush();
    expect(elsewhereAccount.sync.elsewhere()).toBeUndefined();
    server.answer();
    await charging;
  });
});
