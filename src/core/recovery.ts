import { cleanText, safeUrl } from './detect';
import { InsufficientBalanceError } from './errors';
import { runWithRecovery } from './run';
import type {
  BalanceInfo,
  Money,
  Recovery,
  RecoveryEvent,
  RecoveryOptions,
  RecoverySnapshot,
  TopUpOutcome,
  TopUpResult,
} from './types';

/** A request waiting for the balance (short names: bytes count in core). */
type Waiter = {
  /** its latest insufficient-balance error */
  e: InsufficientBalanceError;
  /** intent, retry, signal */
  i?: string;
  r?: () => Promise<unknown>;
  s?: AbortSignal;
  ok: (v: unknown) => void;
  no: (e: unknown) => void;
  /** how often it has rejoined after a replay */
  n: number;
};

/** One top-up intent (amount + method): its idempotency key, the call in flight, the balance before it. */
type Intent = { k: string; p?: Promise<TopUpOutcome>; b?: Money };

const RESULT = /^(succeeded|pending|requires_action|failed)$/;
const OPEN = /^(pending|requires_action|unknown)$/;

/** Adds a listener to a set; returns its removal. */
const on =
  <F>(set: Set<F>) =>
  (f: F) => {
    set.add(f);
    return () => set.delete(f);
  };

const uuid = () => globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random()}`.replace('.', '');

/**
 * The recovery store, a small state machine: idle → blocked → topping-up → (succeeded) resuming →
 * idle. A failed, pending, requires_action or unknown outcome goes back to blocked with `outcome`
 * set, so the UI shows that step. A top-up with no conversation open stays idle (with `inFlight`).
 */
export const createRecovery = (options: RecoveryOptions): Recovery => {
  const { adapter, maxReplays = 3 } = options;
  let snap: RecoverySnapshot = { status: 'idle', intents: [], waiting: 0 };
  const queue: Waiter[] = [];
  const subscribers = new Set<() => void>();
  const listeners = new Set<(e: RecoveryEvent) => void>();
  const { storage } = options;
  const KEY = 'topup-kit:top-ups';
  // Open top-up intents survive a reload when the host gives a storage (the provider passes
  // sessionStorage): clicking "Top up" again after a reload mid-payment reuses the key, so the
  // server answers with the first charge instead of making a second.
  const intents = new Map<string, Intent>(
    (() => {
      try {
        return JSON.parse(storage?.getItem(KEY) ?? '[]');
      } catch {
        return [];
      }
    })(),
  );
  const save = () => {
    try {
      storage?.setItem(KEY, JSON.stringify([...intents].map(([id, { k, b }]) => [id, { k, b }])));
    } catch {}
  };
  /** The balance when the conversation opened: money that arrives from elsewhere shows against it. */
  let floor: Money | undefined;

  // A throwing listener must not break the store.
  const each = <A>(fns: Iterable<((a: A) => void) | undefined>, a?: A) => {
    for (const f of fns)
      try {
        f?.(a as A);
      } catch {}
  };
  const set = (patch: Partial<RecoverySnapshot>) => {
    // The same object while nothing changes, so useSyncExternalStore does not render for nothing.
    if (Object.entries(patch).some(([k, v]) => snap[k as keyof RecoverySnapshot] !== v)) {
      snap = { ...snap, ...patch };
      each(subscribers);
    }
  };
  const sync = (patch: Partial<RecoverySnapshot> = {}) =>
    set({
      ...patch,
      waiting: queue.length,
      intents: [...new Set(queue.map((w) => w.i).filter(Boolean))] as string[],
    });
  const emit = (event: RecoveryEvent, core?: 1) =>
    each(core ? [options.onEvent, ...listeners] : listeners, event);

  /** A fresh reading, always a new request: what resume and reconcile must compare against. */
  const read = async (): Promise<BalanceInfo | undefined> => {
    try {
      const balance = await adapter.getBalance();
      set({ balance });
      return balance;
    } catch {}
  };
  // Ordinary loads (a conversation opening, components mounting) share the request in flight.
  let loading: Promise<BalanceInfo | undefined> | undefined;
  const refreshBalance = () =>
    (loading ??= read().finally(() => {
      loading = undefined;
    }));

  const open = (error: InsufficientBalanceError) => {
    sync({ status: 'blocked', error, outcome: undefined });
    emit({ type: 'blocked', error, waiting: queue.length }, 1);
    floor = error.balance;
    refreshBalance().then((b) => {
      floor = b?.balance ?? floor;
    });
  };
  const close = () => sync({ status: 'idle', error: undefined });

  const resume = async () => {
    sync({ status: 'resuming' });
    await read();
    const replaying = queue.splice(0);
    sync();
    let again: InsufficientBalanceError | undefined;
    await Promise.all(
      replaying.map(async (w) => {
        try {
          w.ok(await w.r?.());
        } catch (e) {
          // A replay that 402s again waits for the next top-up, a bounded number of times: never a loop.
          if (e instanceof InsufficientBalanceError && w.n++ < maxReplays && !w.s?.aborted) {
            w.e = again = e;
            queue.push(w);
          } else w.no(e);
        }
      }),
    );
    emit({ type: 'resumed', count: replaying.length }, 1);
    queue.length ? open(again ?? (queue[0] as Waiter).e) : close();
  };

  const finish = (id: string, r: TopUpResult | null | undefined, base: Omit<TopUpOutcome, 'status'>) => {
    const outcome: TopUpOutcome = {
      ...base,
      status: RESULT.test(`${r?.status}`) ? (r as TopUpResult).status : 'unknown',
      balance: r?.balance,
      actionUrl: safeUrl(r?.actionUrl),
      failureReason: cleanText(r?.failureReason) || undefined,
    };
    const ok = outcome.status === 'succeeded';
    // A declined payment is final for its key on the server, so trying again needs a new key (and a
    // success ends the intent). After pending, requires_action or unknown (a network error, a timeout)
    // the key is kept: trying again with it can never charge twice.
    if (!OPEN.test(outcome.status) && intents.delete(id)) save();
    set({
      outcome,
      inFlight: undefined,
      status: !ok && snap.status === 'topping-up' ? 'blocked' : snap.status,
    });
    emit({ ...outcome, type: `topup_${outcome.status}` as RecoveryEvent['type'] }, 1);
    if (ok) snap.status === 'idle' ? read() : resume();
    return outcome;
  };
  const intentId = (m: Money, method?: string) => `${m.currency}${m.amountMinor} ${method}`;

  return {
    adapter,
    detect: options.detect,
    getSnapshot: () => snap,
    subscribe: on(subscribers),
    onEvent: on(listeners),
    emit,
    refreshBalance,

    block(error, { intent, retry, signal } = {}) {
      return new Promise((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        // Left registered after settling: by then the waiter is out of the queue and abort does nothing.
        const abort = () => {
          const i = queue.indexOf(w);
          if (i < 0) return;
          queue.splice(i, 1);
          reject(signal?.reason);
          // Nobody waits any more: the conversation closes (a payment in flight still finishes).
          queue.length || snap.status !== 'blocked' ? sync() : close();
        };
        const w: Waiter = {
          e: error,
          i: intent,
          r: retry,
          s: signal,
          n: 0,
          ok: resolve as (v: unknown) => void,
          no: reject,
        };
        signal?.addEventListener('abort', abort);
        queue.push(w);
        snap.status === 'idle' ? open(error) : sync();
      });
    },

    topUp(amount, { paymentMethodId } = {}) {
      const id = intentId(amount, paymentMethodId);
      const it: Intent = intents.get(id) ?? { k: uuid() };
      intents.set(id, it);
      // A second call while one is in flight (a double click) gets the same promise.
      it.p ??= (async () => {
        set({
          inFlight: { amount, paymentMethodId },
          status: snap.status === 'blocked' ? 'topping-up' : snap.status,
        });
        const base = { amount, idempotencyKey: it.k, paymentMethodId };
        emit({ type: 'topup_started', ...base }, 1);
        // The balance before the first attempt with this key: what reconcile compares against.
        it.b ??= ((await refreshBalance()) ?? snap.balance)?.balance;
        save();
        let r: TopUpResult | undefined;
        try {
          r = await adapter.topUp(base);
        } catch {}
        it.p = undefined;
        return finish(id, r, base);
      })();
      return it.p;
    },

    async reconcile() {
      const o = snap.outcome;
      if (!o || !OPEN.test(o.status)) {
        // No payment of ours is open, but an admin, auto-recharge or another tab may have topped up:
        // resume when the balance now covers what was needed (or, needs unknown, has risen).
        if (snap.status === 'blocked' && !snap.inFlight) {
          const now = (await read())?.balance;
          const need = snap.error?.required ?? (floor && { ...floor, amountMinor: floor.amountMinor + 1 });
          if (
            snap.status === 'blocked' &&
            now &&
            need?.currency === now.currency &&
            now.amountMinor >= need.amountMinor
          )
            resume();
        }
        return o;
      }
      const id = intentId(o.amount, o.paymentMethodId);
      let r: TopUpResult | null | undefined;
      try {
        r = await adapter.getTopUp?.(o.idempotencyKey);
      } catch {}
      if (!RESULT.test(`${r?.status}`)) {
        // No word from the server: a balance that rose by at least the amount since the attempt counts.
        const before = intents.get(id)?.b;
        const now = (await read())?.balance;
        r =
          before &&
          now?.currency === before.currency &&
          now.amountMinor - before.amountMinor >= o.amount.amountMinor
            ? { status: 'succeeded', balance: now }
            : null;
      }
      return r && r.status !== o.status ? finish(id, r, o) : o;
    },

    run(fn, runOptions) {
      return runWithRecovery(this, fn, runOptions);
    },

    dismiss() {
      const waiting = queue.splice(0);
      if (waiting.length || snap.status !== 'idle') {
        close();
        for (const w of waiting) w.no(w.e);
        emit({ type: 'dismissed', count: waiting.length }, 1);
      }
    },
  };
};
