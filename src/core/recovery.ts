import { waitingNeeds } from './amount';
import { InsufficientBalanceError } from './errors';
import { createInFlight } from './in-flight';
import { isOpenOutcome, isTopUpResult, outcomeFromError, outcomeFromResult } from './outcome';
import { randomId } from './random-id';
import { runWithRecovery } from './run';
import type { TabSync } from './tabs';
import { createTopUpIntents, intentIdOf, type TopUpIntent } from './top-up-intents';
import type {
  BalanceInfo,
  Money,
  Recovery,
  RecoveryEvent,
  RecoveryOptions,
  RecoverySnapshot,
  TopUpOutcome,
  TopUpRequest,
  TopUpResult,
} from './types';

/**
 * A request waiting for the balance. Internal to the store: `_private` names, which the build
 * shortens (scripts/mangle.mjs).
 */
type WaitingRequest = {
  /** Its latest insufficient-balance error. */
  _error: InsufficientBalanceError;
  _intent?: string;
  _retry?: () => Promise<unknown>;
  _signal?: AbortSignal;
  _resolve: (value: unknown) => void;
  _reject: (reason: unknown) => void;
  /** How often it has rejoined after a replay. */
  _rejoins: number;
  /**
   * For `resume: 'confirm'`: "needed" until a top-up lands, then "ready" (waiting for the user's
   * "Continue"), then "given" for its one replay.
   */
  _confirmation?: 'needed' | 'ready' | 'given';
};

/** Adds a listener to a set; returns its removal. */
const addTo =
  <Listener>(set: Set<Listener>) =>
  (listener: Listener) => {
    set.add(listener);
    return () => set.delete(listener);
  };

/**
 * The recovery store, a small state machine: idle → blocked → topping-up → (succeeded) resuming →
 * idle. Any other outcome goes back to blocked with `outcome` set, so the UI shows that step. A
 * top-up with no conversation open stays idle (with `inFlight`); one made while the conversation
 * is set aside still resumes the waiting requests.
 */
export const createRecovery = (options: RecoveryOptions): Recovery => {
  const { adapter, maxReplays = 3, storage } = options;
  let snapshot: RecoverySnapshot = { status: 'idle', intents: [], waiting: 0 };
  const queue: WaitingRequest[] = [];
  const subscribers = new Set<() => void>();
  const listeners = new Set<(event: RecoveryEvent) => void>();
  const { intents: topUpIntents, save: saveIntents } = createTopUpIntents(storage);
  // One call in flight per resource (the balance, each kind of account data), however many ask.
  const join = createInFlight();

  /** The balance when the conversation opened: money that arrives from elsewhere shows against it. */
  let balanceAtOpen: Money | undefined;

  /** Calls every function; a throwing listener must not break the store. */
  const callEach = <Argument>(
    fns: Iterable<((argument: Argument) => void) | undefined>,
    argument?: Argument,
  ) => {
    for (const fn of fns) {
      try {
        fn?.(argument as Argument);
      } catch {}
    }
  };
  const update = (patch: Partial<RecoverySnapshot>) => {
    const changed = Object.entries(patch).some(
      ([key, value]) => snapshot[key as keyof RecoverySnapshot] !== value,
    );
    // The same object while nothing changes, so useSyncExternalStore does not render for nothing.
    if (!changed) return;
    snapshot = { ...snapshot, ...patch };
    callEach(subscribers);
  };
  const updateWithQueue = (patch: Partial<RecoverySnapshot> = {}) => {
    const intents = [...new Set(queue.map((request) => request._intent).filter(Boolean))] as string[];
    const ready = queue.filter((request) => request._confirmation === 'ready');
    const toConfirm = ready.length
      ? ready.map(({ _intent, _error }) => ({ intent: _intent, required: _error.required }))
      : undefined;
    // Each waiting request's own need, for the totals (`waitingNeeds`); the same array while equal.
    const required = queue.map((request) => request._error.required);
    const previous = snapshot.waitingRequired;
    const sameRequired =
      previous?.length === required.length && required.every((amount, i) => amount === previous[i]);
    update({
      ...patch,
      waiting: queue.length,
      intents,
      toConfirm,
      waitingRequired: sameRequired ? previous : required,
    });
  };
  /** UI events reach the listeners; core events reach `options.onEvent` too. */
  const emitToListeners = (event: RecoveryEvent) => callEach(listeners, event);
  const emitCoreEvent = (event: RecoveryEvent) => callEach([options.onEvent, ...listeners], event);

  /** A fresh reading, always a new request: what resume and reconcile must compare against. */
  const readBalance = async (): Promise<BalanceInfo | undefined> => {
    try {
      const balance = await adapter.getBalance();
      // A reading equal to the one held keeps it: nothing re-renders for the same numbers.
      const held = snapshot.balance;
      update({ balance: held && JSON.stringify(held) === JSON.stringify(balance) ? held : balance });
      return balance;
    } catch {}
  };
  // Ordinary loads (a conversation opening, components mounting) share the request in flight.
  const refreshBalance = () => join('balance', readBalance);

  const open = (error: InsufficientBalanceError) => {
    updateWithQueue({
      status: 'blocked',
      error,
      outcome: undefined,
      setAside: undefined,
      blockedAt: new Date().toISOString(),
    });
    emitCoreEvent({ type: 'blocked', error, waiting: queue.length });
    tabMark = tabSync?.mark() ?? 0;
    balanceAtOpen = error.balance;
    refreshBalance().then((info) => {
      balanceAtOpen = info?.balance ?? balanceAtOpen;
    });
  };
  const close = () =>
    updateWithQueue({ status: 'idle', error: undefined, setAside: undefined, blockedAt: undefined });

  const resume = async () => {
    updateWithQueue({ status: 'resuming' });
    await readBalance();
    // Work that asked to be confirmed stays, ready for the user's "Continue"; the rest runs again now.
    const staying = queue.filter(
      ({ _confirmation }) => _confirmation === 'needed' || _confirmation === 'ready',
    );
    const replaying = queue.filter((request) => !staying.includes(request));
    for (const request of staying) request._confirmation = 'ready';
    queue.splice(0, queue.length, ...staying);
    updateWithQueue();
    let reopeningError: InsufficientBalanceError | undefined;
    await Promise.all(
      replaying.map(async (request) => {
        try {
          request._resolve(await request._retry?.());
        } catch (error) {
          // A replay that 402s again waits for the next top-up, a bounded number of times: never a loop.
          const rejoins =
            error instanceof InsufficientBalanceError &&
            request._rejoins++ < maxReplays &&
            !request._signal?.aborted;
          if (rejoins) {
            if (request._confirmation) request._confirmation = 'needed'; // asked again after the next top-up
            request._error = reopeningError = error;
            queue.push(request);
          } else request._reject(error);
        }
      }),
    );
    emitCoreEvent({ type: 'resumed', count: replaying.length });
    const stillBlocked = queue.find((request) => request._confirmation !== 'ready');
    if (stillBlocked) open(reopeningError ?? stillBlocked._error);
    // Only work waiting for "Continue" is left: the conversation stays open on that question.
    else if (queue.length) updateWithQueue({ status: 'blocked' });
    else close();
  };

  const settle = async (intentId: string, outcome: TopUpOutcome): Promise<TopUpOutcome> => {
    const succeeded = outcome.status === 'succeeded';
    // The receipt says the balance after the money landed: read it when the server did not say.
    if (succeeded && !outcome.balance) {
      const balance = (await readBalance())?.balance;
      if (balance) outcome = { ...outcome, balance };
    }
    // A failed payment is final for its key on the server, so trying again needs a new key (and a
    // success ends the intent). After pending, requires_action or unknown (a lost connection, a
    // timeout) the key is kept: trying again with it can never charge twice.
    if (!isOpenOutcome(outcome) && topUpIntents.delete(intentId)) saveIntents();
    const backToBlocked = !succeeded && snapshot.status === 'topping-up';
    update({ outcome, inFlight: undefined, status: backToBlocked ? 'blocked' : snapshot.status });
    emitCoreEvent({ ...outcome, type: `topup_${outcome.status}` as RecoveryEvent['type'] });
    tabSync?.settle(intentId, outcome);
    if (succeeded) {
      if (snapshot.status === 'idle') void readBalance();
      else void resume();
    }
    return outcome;
  };

  const outcomeOf = (request: TopUpRequest, result: unknown, thrown?: unknown) =>
    isTopUpResult(result) ? outcomeFromResult(request, result) : outcomeFromError(request, thrown);
  /** One call to the adapter: whatever it answers or throws becomes an outcome, never a rejection. */
  const chargeOnce = async (request: TopUpRequest): Promise<TopUpOutcome> => {
    try {
      return outcomeOf(request, await adapter.topUp(request));
    } catch (error) {
      return outcomeOf(request, undefined, error);
    }
  };

  // Other tabs (syncTabs). tabMark: where this conversation began in the account's top-ups.
  let tabSync: TabSync | undefined;
  let tabMark = 0;
  /** Another tab paid since this conversation opened: nothing is charged here; resume if that covers the work. */
  const answeredByOtherTab = (outcome: TopUpOutcome): TopUpOutcome => {
    tabMark = tabSync?.mark() ?? tabMark;
    update({ inFlight: undefined, status: snapshot.status === 'topping-up' ? 'blocked' : snapshot.status });
    void resumeIfCoveredFromElsewhere();
    return { ...outcome, otherTab: true };
  };
  /** No payment of ours is open: resume when money from elsewhere now covers what was needed. */
  const resumeIfCoveredFromElsewhere = async (): Promise<'resumed' | 'short' | 'unread' | 'skipped'> => {
    const nothingToResume = queue.every((request) => request._confirmation === 'ready');
    if (snapshot.status !== 'blocked' || snapshot.inFlight || nothingToResume) return 'skipped';
    const now = (await readBalance())?.balance;
    if (!now) return 'unread';
    // What all the waiting work needs; unknown: any rise since the conversation opened counts.
    const needed =
      waitingNeeds(snapshot.waitingRequired ?? [])?.needs ??
      (balanceAtOpen && { ...balanceAtOpen, amountMinor: balanceAtOpen.amountMinor + 1 });
    if (snapshot.status !== 'blocked') return 'skipped';
    if (needed?.currency !== now.currency || now.amountMinor < needed.amountMinor) return 'short';
    void resume();
    return 'resumed';
  };

  return {
    adapter,
    detect: options.detect,
    getSnapshot: () => snapshot,
    subscribe: addTo(subscribers),
    onEvent: addTo(listeners),
    emit: emitToListeners,
    refreshBalance,
    // For account-data.ts, which loads into this snapshot without the store importing it.
    _update: update,
    _join: join,

    block(error, { intent, retry, signal, resume } = {}) {
      return new Promise((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const request: WaitingRequest = {
          _error: error,
          _intent: intent,
          _retry: retry,
          _signal: signal,
          _rejoins: 0,
          _confirmation: resume === 'confirm' ? 'needed' : undefined,
          _resolve: resolve as (value: unknown) => void,
          _reject: reject,
        };
        // Left registered after settling: by then the request is out of the queue and abort does nothing.
        const leaveQueue = () => {
          const index = queue.indexOf(request);
          if (index < 0) return;
          queue.splice(index, 1);
          reject(signal?.reason);
          // Nobody waits any more: the conversation closes (a payment in flight still finishes).
          if (queue.length || snapshot.status !== 'blocked') updateWithQueue();
          else close();
        };
        signal?.addEventListener('abort', leaveQueue);
        queue.push(request);
        if (snapshot.status === 'idle') open(error);
        // A new block is the user doing something again: a conversation set aside shows again.
        else updateWithQueue({ setAside: undefined });
      });
    },

    topUp(amount, { paymentMethodId } = {}) {
      const intentId = intentIdOf(amount, paymentMethodId);
      // A standalone top-up (a billing page) is always its own decision; in a conversation, a press
      // after another tab already paid for it is the same decision made twice.
      const since = snapshot.status === 'idle' ? Number.POSITIVE_INFINITY : tabMark;
      const intent: TopUpIntent = topUpIntents.get(intentId) ?? { idempotencyKey: randomId() };
      topUpIntents.set(intentId, intent);
      // A second call while one is in flight (a double click) gets the same promise.
      intent._inFlight ??= (async () => {
        update({
          inFlight: { amount, paymentMethodId },
          status: snapshot.status === 'blocked' ? 'topping-up' : snapshot.status,
        });
        const request: TopUpRequest = { amount, idempotencyKey: intent.idempotencyKey, paymentMethodId };
        emitCoreEvent({ type: 'topup_started', ...request });
        // The balance before the first attempt with this key: what reconcile compares against.
        intent.balanceBefore ??= ((await refreshBalance()) ?? snapshot.balance)?.balance;
        saveIntents();
        const charged = tabSync
          ? await tabSync.charge(intentId, request, since, chargeOnce)
          : { charged: true, outcome: await chargeOnce(request) };
        intent._inFlight = undefined;
        if (!charged.charged) return answeredByOtherTab(charged.outcome);
        // The key another tab already held for this intent, if any: the server answers with that charge.
        intent.idempotencyKey = charged.outcome.idempotencyKey;
        return settle(intentId, charged.outcome);
      })();
      return intent._inFlight;
    },

    async reconcile() {
      const last = snapshot.outcome;
      if (!last || !isOpenOutcome(last)) {
        // An admin, auto-recharge or another tab may have topped up.
        await resumeIfCoveredFromElsewhere();
        return last;
      }
      const intentId = intentIdOf(last.amount, last.paymentMethodId);
      const request: TopUpRequest = {
        amount: last.amount,
        idempotencyKey: last.idempotencyKey,
        paymentMethodId: last.paymentMethodId,
      };
      let result: TopUpResult | null | undefined;
      try {
        result = await adapter.getTopUp?.(last.idempotencyKey);
      } catch {}
      if (!isTopUpResult(result)) {
        // No word from the server: a balance that rose by at least the amount since the attempt counts.
        const before = topUpIntents.get(intentId)?.balanceBefore;
        const now = (await readBalance())?.balance;
        const landed =
          !!before &&
          now?.currency === before.currency &&
          now.amountMinor - before.amountMinor >= last.amount.amountMinor;
        result = landed ? { status: 'succeeded', balance: now } : null;
      }
      // Unchanged (still pending, still unknown): the same outcome object, nothing re-renders.
      if (!result || result.status === last.status) return last;
      return settle(intentId, outcomeFromResult(request, result));
    },

    run(fn, runOptions) {
      return runWithRecovery(this, fn, runOptions);
    },

    dismiss() {
      const waiting = queue.splice(0);
      if (!waiting.length && snapshot.status === 'idle') return;
      close();
      tabSync?.release();
      for (const request of waiting) request._reject(request._error);
      emitCoreEvent({ type: 'dismissed', count: waiting.length });
    },

    confirmResume() {
      // Only when every waiting request is ready: a second press finds them already given.
      if (!queue.length || queue.some((request) => request._confirmation !== 'ready')) return;
      for (const request of queue) request._confirmation = 'given';
      void resume();
    },

    syncTabs(sync) {
      tabSync = sync;
      tabMark = sync.mark();
      update({ elsewhere: sync.elsewhere() });
      const stop = sync.subscribe((event) => {
        if (event.type === 'elsewhere') update({ elsewhere: event.topUp });
        // Another tab's money landed, or it stopped paying: the work here may be covered now. Only a
        // reading that shows it is not makes a press here a new decision (no reading: not charged).
        if (event.type === 'topped-up' ? event.outcome.status === 'succeeded' : !event.topUp)
          void resumeIfCoveredFromElsewhere().then((found) => {
            if (found === 'short' && tabSync === sync && snapshot.status === 'blocked') tabMark = sync.mark();
          });
      });
      return () => {
        stop();
        if (tabSync === sync) tabSync = undefined;
        update({ elsewhere: tabSync?.elsewhere() });
      };
    },

    setAside() {
      if (snapshot.status !== 'idle') update({ setAside: true });
    },

    reopen() {
      update({ setAside: undefined });
    },
  };
};
