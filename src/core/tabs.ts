import { createLandedTopUps, type Landed } from './landed-top-ups';
import { holdLock, type LocksLike } from './locks';
import { randomId } from './random-id';
import type { Money, TopUpOutcome, TopUpRequest } from './types';

export type { LocksLike };

/**
 * One conversation per account across the tabs of one origin.
 *
 * Tabs talk over a BroadcastChannel (or, where there is none, through `storage` events on
 * localStorage). A charge runs under a Web Lock named after the account, so two tabs never charge
 * at the same moment; inside the lock a tab first looks at what the others already did:
 * - a top-up another tab made since this tab's conversation opened (anything but a decline) means
 *   this press is the same decision made twice: nothing is charged, the store checks the balance;
 * - an idempotency key another tab holds for the same intent (amount + method) is reused, so a
 *   retry after an unknown or pending outcome in any tab is answered with the first charge.
 * Each tab also says when it is handling a top-up (charging, or waiting for the bank or a debit);
 * the others show "Being handled in another tab". Where Web Locks exist a tab that closes or
 * crashes releases its claim by itself; elsewhere `pagehide` does.
 */

/** Another tab's top-up, as this tab shows it. */
export type OtherTabTopUp = { amount: Money; paymentMethodId?: string };

/** What a tab sync tells its store. */
export type TabSyncEvent =
  /** Which other tab's top-up is under way now (undefined: none). */
  | { type: 'elsewhere'; topUp: OtherTabTopUp | undefined }
  /** Another tab's top-up ended or changed (succeeded: the waiting work here may resume). */
  | { type: 'topped-up'; outcome: TopUpOutcome };

export type ChargeResult =
  /** This tab charged (with the key any tab already held for the intent): how it ended. */
  | { charged: true; outcome: TopUpOutcome }
  /** Another tab's top-up landed since `since`: nothing was charged here; this is that top-up. */
  | { charged: false; outcome: TopUpOutcome };

export interface TabSync {
  /** This tab's id in the messages. */
  readonly tabId: string;
  /** Another tab's top-up under way for this account, if any. */
  elsewhere(): OtherTabTopUp | undefined;
  subscribe(listener: (event: TabSyncEvent) => void): () => void;
  /** A point in the account's history of top-ups, to pass to `charge` later. */
  mark(): number;
  /**
   * Charges through `run` (which never rejects: it turns any answer into an outcome) unless
   * another tab's top-up landed after `since`: one at a time across tabs, with the key any tab
   * already holds for `intentId`.
   */
  charge(
    intentId: string,
    request: TopUpRequest,
    since: number,
    run: (request: TopUpRequest) => Promise<TopUpOutcome>,
  ): Promise<ChargeResult>;
  /** This tab's outcome for `intentId` (after a charge or a later check): told to every tab. */
  settle(intentId: string, outcome: TopUpOutcome): void;
  /** This tab stopped handling its top-up (the user said "Not now"). */
  release(): void;
  close(): void;
}

/** The part of BroadcastChannel used here. */
export type ChannelLike = {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  close(): void;
};

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
type EventsLike = {
  addEventListener(type: string, listener: (event: Event) => void): void;
  removeEventListener(type: string, listener: (event: Event) => void): void;
};

export type TabSyncOptions = {
  /** Tabs that name the same account share one conversation. Default "default". */
  account?: string;
  /** Seams for tests and unusual hosts; each defaults to the browser's own (null: none). */
  channel?: ChannelLike | null;
  storage?: StorageLike | null;
  locks?: LocksLike | null;
  /** Where `storage` and `pagehide` events arrive: the window. */
  events?: EventsLike | null;
};

/** What one tab tells the others. */
type Message =
  | { type: 'ask'; tab: string }
  | { type: 'handling'; tab: string; topUp: OtherTabTopUp }
  | { type: 'released'; tab: string }
  | { type: 'topped-up'; tab: string; outcome: TopUpOutcome; seq: number };

/** A shared key: kept while its outcome is open, forgotten after a day (as payment providers do). */
type SharedKey = { key: string; at: number };

const KEY_LIFETIME_MS = 86_400_000;
const FINAL = /^(succeeded|failed)$/;

function browserDefaults(account: string) {
  const hasWindow = typeof window !== 'undefined';
  let storage: StorageLike | null = null;
  try {
    storage = hasWindow ? window.localStorage : null;
  } catch {} // storage disabled by the user's privacy settings
  return {
    channel: typeof BroadcastChannel === 'function' ? new BroadcastChannel(`topup-kit:${account}`) : null,
    storage,
    locks: (typeof navigator !== 'undefined' && (navigator.locks as LocksLike | undefined)) || null,
    events: hasWindow ? (window as EventsLike) : null,
  };
}

export function createTabSync(options: TabSyncOptions = {}): TabSync {
  const account = options.account ?? 'default';
  const defaults =
    'channel' in options && 'storage' in options && 'locks' in options && 'events' in options
      ? undefined
      : browserDefaults(account);
  const pick = <K extends keyof typeof options>(key: K) =>
    (key in options ? options[key] : defaults?.[key as keyof typeof defaults]) ?? null;
  const channel = pick('channel') as ChannelLike | null;
  const storage = pick('storage') as StorageLike | null;
  const locks = pick('locks') as LocksLike | null;
  const events = pick('events') as EventsLike | null;
  // A default channel nobody asked for is closed at once when the host brought its own.
  if (defaults?.channel && defaults.channel !== channel) defaults.channel.close();

  const tabId = randomId();
  const prefix = `topup-kit:${account}`;
  const names = {
    message: `${prefix}:message`,
    landed: `${prefix}:landed`,
    key: (intentId: string) => `${prefix}:key:${intentId}`,
    chargeLock: `${prefix}:charge`,
    /** A landed charge as a lock name: `${landedLock}${JSON of the entry}`. */
    landedLock: `${prefix}:landed:`,
    tabLock: (tab: string) => `${prefix}:tab:${tab}`,
  };
  const listeners = new Set<(event: TabSyncEvent) => void>();
  const stopped = new AbortController();

  const read = <T>(key: string): T | undefined => {
    try {
      const text = storage?.getItem(key);
      return text ? (JSON.parse(text) as T) : undefined;
    } catch {
      return undefined; // unreadable or written by something else: as if absent
    }
  };
  const write = (key: string, value: unknown) => {
    try {
      if (value === undefined) storage?.removeItem(key);
      else storage?.setItem(key, JSON.stringify(value));
    } catch {} // full or blocked storage: the channel still carries the news
  };
  const tell = (event: TabSyncEvent) => {
    for (const listener of listeners)
      try {
        listener(event);
      } catch {} // a throwing listener must not stop the others
  };

  // The account's recent top-ups, as every tab knows them (landed-top-ups.ts).
  const landedTopUps = createLandedTopUps({
    read: () => read<Landed[]>(names.landed),
    write: storage ? (entries) => write(names.landed, entries) : undefined,
    locks,
    lockPrefix: names.landedLock,
    signal: stopped.signal,
  });
  const { list: landed, remember, newestSeq } = landedTopUps;

  // --- Messages -----------------------------------------------------------------------------------
  const post = (message: Message) => {
    if (channel) channel.postMessage(message);
    // A new value each time, so the other tabs' storage event fires even for a repeated message.
    else write(names.message, { ...message, nonce: randomId() });
  };

  const others = new Map<string, OtherTabTopUp>();
  const watched = new Set<string>();
  const elsewhere = () => [...others.values()].at(-1);
  const forget = (tab: string) => {
    if (others.delete(tab)) tell({ type: 'elsewhere', topUp: elsewhere() });
  };
  // A tab holds its own tab lock while it handles a top-up: the lock comes free when that ends,
  // or when the tab is closed or crashes, without a word from it.
  const watch = (tab: string) => {
    if (!locks || watched.has(tab)) return;
    watched.add(tab);
    locks
      .request(names.tabLock(tab), { signal: stopped.signal }, () => {
        watched.delete(tab);
        forget(tab);
      })
      .catch(() => watched.delete(tab));
  };

  const receive = (message: Message) => {
    if (typeof message?.tab !== 'string' || message.tab === tabId) return;
    switch (message.type) {
      case 'ask':
        if (handling) post({ type: 'handling', tab: tabId, topUp: handling.topUp });
        break;
      case 'handling':
        if (!message.topUp?.amount) return;
        others.delete(message.tab); // re-inserted: the newest claim is the one shown
        others.set(message.tab, message.topUp);
        tell({ type: 'elsewhere', topUp: elsewhere() });
        watch(message.tab);
        break;
      case 'released':
        forget(message.tab);
        break;
      case 'topped-up':
        if (!message.outcome?.status) return;
        if (!storage && message.outcome.status !== 'failed')
          remember({ seq: message.seq, tab: message.tab, outcome: message.outcome });
        tell({ type: 'topped-up', outcome: message.outcome });
        if (FINAL.test(message.outcome.status)) forget(message.tab);
        break;
    }
  };

  const onStorage = (storageEvent: Event) => {
    const event = storageEvent as StorageEvent;
    if (event.key !== names.message || !event.newValue) return;
    try {
      receive(JSON.parse(event.newValue));
    } catch {}
  };
  channel?.addEventListener('message', (event) => receive(event.data as Message));
  if (!channel) events?.addEventListener('storage', onStorage);

  // --- This tab's own claim -------------------------------------------------------------------
  type Claim = { topUp: OtherTabTopUp; release?: () => void };
  let handling: Claim | undefined;
  /** Claims the account's top-up for this tab; resolves once the others can tell if it goes away. */
  const claim = (topUp: OtherTabTopUp): Promise<void> => {
    if (handling) {
      handling.topUp = topUp;
      post({ type: 'handling', tab: tabId, topUp });
      return Promise.resolve();
    }
    const current: Claim = { topUp };
    handling = current;
    if (!locks) {
      post({ type: 'handling', tab: tabId, topUp });
      return Promise.resolve();
    }
    return holdLock(locks, names.tabLock(tabId), stopped.signal).then((releaseLock) => {
      if (handling !== current) return releaseLock?.(); // ended before the lock came
      current.release = releaseLock;
      post({ type: 'handling', tab: tabId, topUp: current.topUp });
    });
  };
  const release = () => {
    if (!handling) return;
    handling.release?.();
    handling = undefined;
    post({ type: 'released', tab: tabId });
  };
  const onPageHide = () => release();
  events?.addEventListener('pagehide', onPageHide);

  /** Runs `fn` while no other tab of this account charges (where Web Locks exist). */
  const exclusive = async <T>(fn: () => Promise<T>): Promise<T> => {
    if (!locks) return fn();
    let ran = false;
    try {
      return await locks.request(names.chargeLock, {}, () => {
        ran = true;
        return fn();
      });
    } catch (error) {
      // Only a refused lock (e.g. an opaque origin) runs without it; a charge never runs twice.
      if (ran) throw error;
      return fn();
    }
  };

  post({ type: 'ask', tab: tabId });

  return {
    tabId,
    elsewhere,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    mark: newestSeq,

    charge(intentId, request, since, run) {
      return exclusive(async (): Promise<ChargeResult> => {
        const known = await landedTopUps.listNow();
        const other = known.filter((l) => l.seq > since && l.tab !== tabId).at(-1);
        if (other) return { charged: false, outcome: other.outcome };

        const shared = read<SharedKey>(names.key(intentId));
        const key = shared && Date.now() - shared.at < KEY_LIFETIME_MS ? shared.key : request.idempotencyKey;
        if (key !== shared?.key) write(names.key(intentId), { key, at: Date.now() } satisfies SharedKey);
        const sent = { ...request, idempotencyKey: key };
        await claim({ amount: request.amount, paymentMethodId: request.paymentMethodId });

        const outcome = await run(sent);
        if (FINAL.test(outcome.status)) write(names.key(intentId), undefined);
        if (outcome.status !== 'failed') {
          // After the newest any tab told before the charge, or wrote to storage while it ran.
          const entry: Landed = { seq: Math.max(newestSeq(known), newestSeq()) + 1, tab: tabId, outcome };
          remember(entry);
          // Told before the charge lock is released: the tab waiting for it sees this charge at once.
          await landedTopUps.tell(entry);
        }
        return { charged: true, outcome };
      });
    },

    settle(intentId, outcome) {
      const final = FINAL.test(outcome.status);
      if (final) write(names.key(intentId), undefined);
      const known = landed().find((l) => l.outcome.idempotencyKey === outcome.idempotencyKey);
      const seq = known?.seq ?? newestSeq() + 1;
      if (outcome.status !== 'failed') remember({ seq, tab: tabId, outcome });
      post({ type: 'topped-up', tab: tabId, outcome, seq });
      if (final) release();
      else claim({ amount: outcome.amount, paymentMethodId: outcome.paymentMethodId });
    },

    release,

    close() {
      release();
      stopped.abort();
      listeners.clear();
      channel?.close();
      events?.removeEventListener('storage', onStorage);
      events?.removeEventListener('pagehide', onPageHide);
    },
  };
}
