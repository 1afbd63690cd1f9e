import type {
  AlertSettings,
  BalanceInfo,
  BillingAdapter,
  BillingProblem,
  Money,
  PaymentMethod,
  TopUpStatus,
  Usage,
} from './billing-contract';
import type { InsufficientBalanceError } from './errors';
import type { OtherTabTopUp, TabSync } from './tabs';

/**
 * The public contract of topup-kit/core: the billing adapter's types (billing-contract.ts, re-exported
 * here) and the recovery store's. Names here are fixed by DESIGN.md: extend, never rename.
 */

export type * from './billing-contract';

/**
 * What a user can tell apart after pressing "Top up" — finer than `status`, which keeps the
 * contract's five values:
 * - `succeeded` (status succeeded): the money is in the balance — show the receipt;
 * - `pending` (pending): taken, on its way to the balance (`expectedAt` when the server knows);
 * - `requires_action` (requires_action): the bank wants the cardholder (`actionUrl`);
 * - `declined` (failed): the bank or card said no (`failureReason` in plain words); nothing charged;
 * - `refused` (failed): the billing server refused the request itself — a limit, a validation —
 *   (`failureReason` is its problem `detail`); nothing charged;
 * - `connection_lost` (unknown): no answer came at all (the connection failed or was cut);
 * - `timed_out` (unknown): no answer in time — the charge may still land: reconcile quietly;
 * - `unknown` (unknown): an answer nobody can read (a 5xx, a broken body).
 */
export type TopUpOutcomeKind =
  | 'succeeded'
  | 'pending'
  | 'requires_action'
  | 'declined'
  | 'refused'
  | 'connection_lost'
  | 'timed_out'
  | 'unknown';

/** What a top-up ended as, as the store reports it. Payment outcomes resolve; they never reject. */
export type TopUpOutcome = {
  status: TopUpStatus | 'unknown';
  /** Which of the outcomes a user tells apart this is (see TopUpOutcomeKind). */
  kind: TopUpOutcomeKind;
  amount: Money;
  idempotencyKey: string;
  paymentMethodId?: string;
  /** For succeeded: the balance after the money landed (the receipt's "Your balance is now…"). */
  balance?: Money;
  actionUrl?: string;
  failureReason?: string;
  /** For refused: the server's problem+json members, as text. */
  problem?: BillingProblem;
  /** For pending: when the credit is expected to land (ISO 8601). */
  expectedAt?: string;
  /** When this outcome was settled (ISO 8601): the receipt's time. */
  settledAt: string;
  /** Made in another tab of this account (this tab's press charged nothing): that tab's top-up. */
  otherTab?: boolean;
};

export type RecoveryStatus = 'idle' | 'blocked' | 'topping-up' | 'resuming';

export type RecoveryEventType =
  | 'blocked_shown'
  | 'blocked'
  | 'topup_started'
  | 'topup_succeeded'
  | 'topup_failed'
  | 'topup_pending'
  | 'topup_requires_action'
  | 'topup_unknown'
  | 'dismissed'
  | 'resumed'
  | 'alerts_saved';

export type RecoveryEvent = { type: RecoveryEventType; [key: string]: unknown };

/** A host's own recogniser; runs before the built-in rules. `undefined`/`null` → fall through. */
export type Detector = (status: number, body: unknown) => InsufficientBalanceError | null | undefined;

/** The store's immutable snapshot (a new object on every change, for useSyncExternalStore). */
export type RecoverySnapshot = {
  readonly status: RecoveryStatus;
  /** The error that opened (or last reopened) the conversation. */
  readonly error?: InsufficientBalanceError;
  /** What each waiting request was doing, in the user's words, oldest first (deduplicated). */
  readonly intents: readonly string[];
  /** How many requests are waiting for the balance. */
  readonly waiting: number;
  /**
   * What each waiting request needs (its error's `required`, undefined when unknown), oldest
   * first: core `waitingNeeds` turns it into the total the conversation shows.
   */
  readonly waitingRequired?: readonly (Money | undefined)[];
  /** Last balance the adapter reported (refreshed when a conversation opens and after top-ups). */
  readonly balance?: BalanceInfo;
  /** The latest top-up outcome; cleared when a new conversation opens. */
  readonly outcome?: TopUpOutcome;
  /** The top-up in flight while status is "topping-up". */
  readonly inFlight?: { amount: Money; paymentMethodId?: string };
  /** When the conversation opened (ISO 8601), for the technical details. */
  readonly blockedAt?: string;
  /**
   * The user went elsewhere in the app (alerts settings, the billing page) without saying "Not
   * now": the requests keep waiting, the dialog stays closed, and a top-up from anywhere resumes
   * them. Cleared by a new block or when the conversation ends.
   */
  readonly setAside?: boolean;
  /** Another tab of this account is handling a top-up: this tab waits for it instead of charging. */
  readonly elsewhere?: OtherTabTopUp;
  /** Work that asked to be confirmed (`resume: 'confirm'`), ready to run again once the user says so. */
  readonly toConfirm?: readonly WorkToConfirm[];
  /** The saved payment methods, the default first, once something asked (`loadPaymentMethods`). */
  readonly paymentMethods?: AccountData<PaymentMethod[]>;
  /** The saved alert settings, once something asked (`loadAlertSettings`). */
  readonly alertSettings?: AccountData<AlertSettings>;
  /** The last 30 days of usage, for the shared forecast and suggestion (`loadRecentUsage`). */
  readonly recentUsage?: AccountData<Usage>;
  /** Usage by query (`usageKey(query)`), as UsageSummary reads its periods (`loadUsage`). */
  readonly usage?: Readonly<Record<string, AccountData<Usage>>>;
};

/**
 * Account data the store loads once and shares (payment methods, alert settings, usage), like the
 * balance. `unsupported`: the adapter lacks the method. A failed read is asked again on the next load.
 */
export type AccountData<T> =
  | { readonly status: 'loading' }
  | {
      readonly status: 'ready';
      readonly value: T;
      /** When it was read (ms since the epoch). */
      readonly readAt: number;
      /** A fresh read is on its way (`fresh: true`); `value` is the last one until it lands. */
      readonly refreshing?: boolean;
    }
  | { readonly status: 'error' }
  | { readonly status: 'unsupported' };

/** `fresh`: read again even when the store holds the data (one read in flight is still shared). */
export type LoadOptions = { fresh?: boolean };

/** What the user confirms before it runs again: their words for it, and what it needs when known. */
export type WorkToConfirm = { intent?: string; required?: Money };

/** After a top-up, blocked work runs again by itself ('auto', the default) or once the user confirms. */
export type ResumeMode = 'auto' | 'confirm';

export type BlockOptions<T> = {
  /** What the user was doing, in their words ("Run query “Monthly revenue”"). */
  intent?: string;
  /** Called once after a successful top-up; block() resolves with its result. */
  retry?: () => Promise<T>;
  /** Aborting leaves the queue; the request is never replayed and block() rejects with the abort reason. */
  signal?: AbortSignal;
  /** 'confirm': after the top-up, wait for the user's "Continue" (costly work) instead of replaying at once. */
  resume?: ResumeMode;
};

export type TopUpOptions = { paymentMethodId?: string };

export interface Recovery {
  readonly adapter: BillingAdapter;
  readonly detect?: Detector;
  getSnapshot(): RecoverySnapshot;
  subscribe(listener: () => void): () => void;
  block<T>(error: InsufficientBalanceError, options?: BlockOptions<T>): Promise<T | undefined>;
  topUp(amount: Money, options?: TopUpOptions): Promise<TopUpOutcome>;
  /** Closes the conversation; every waiting caller rejects with its original error. */
  dismiss(): void;
  /**
   * Guards any async call (an SDK method, a server action): when `fn` fails because the balance ran
   * out, the call joins the conversation and `fn` runs again after the top-up; "Not now" rejects with
   * the InsufficientBalanceError.
   */
  run<T>(fn: () => T | Promise<T>, options?: RunOptions): Promise<T>;
  /**
   * Closes the dialog but keeps every request waiting (the user followed a link elsewhere in the
   * app): a top-up from anywhere still resumes them. `reopen()` shows the conversation again.
   */
  setAside(): void;
  /** Shows a conversation that was set aside again. */
  reopen(): void;
  /** Loads the balance (calls made while one is in flight share it); undefined when it cannot. */
  refreshBalance(): Promise<BalanceInfo | undefined>;
  /**
   * @internal Patches the snapshot: how account-data.ts (`loadPaymentMethods(recovery)`, …) loads
   * into the store without the store importing it (a host that only guards never ships it).
   */
  _update(patch: Partial<RecoverySnapshot>): void;
  /** @internal Shares one call in flight per key: the balance's and each kind of account data's. */
  _join<T>(key: string, start: () => Promise<T>): Promise<T>;
  /**
   * Checks with the account: whether the last pending / requires_action / unknown top-up has landed,
   * or, with none open, whether money arrived from elsewhere (an admin, auto-recharge) — then resumes.
   */
  reconcile(): Promise<TopUpOutcome | undefined>;
  /** Every event, core and UI; returns an unsubscribe. */
  onEvent(listener: (event: RecoveryEvent) => void): () => void;
  /** UI layers report their events (blocked_shown, alerts_saved) through the same channel. */
  emit(event: RecoveryEvent): void;
  /** Runs the work waiting for confirmation (`snapshot.toConfirm`): the modal's "Continue". */
  confirmResume(): void;
  /**
   * Shares this account's conversation with the other tabs (createTabSync): a top-up in any tab
   * resumes the work here, and two tabs never charge for one decision. Returns the disconnect.
   */
  syncTabs(sync: TabSync): () => void;
}

export type RecoveryOptions = {
  adapter: BillingAdapter;
  onEvent?: (event: RecoveryEvent) => void;
  /** How often one request may 402 again after replays before it rejects. Default 3. */
  maxReplays?: number;
  detect?: Detector;
  /**
   * Where open top-ups (their idempotency keys) are kept across reloads, e.g. `sessionStorage`.
   * Without it they live in memory: a reload mid-payment would mint a new key.
   */
  storage?: { getItem(key: string): string | null; setItem(key: string, value: string): void };
};

/** `init` for a withRecovery fetch: RequestInit plus what the recovery needs (both are stripped before sending). */
export type RecoveryRequestInit = RequestInit & {
  /** What the user was doing, in their words; shown in the modal. */
  intent?: string;
  /** Replay after a top-up: default true for GET/HEAD/OPTIONS/PUT/DELETE and requests with an Idempotency-Key. */
  replay?: boolean;
  /** 'confirm': after the top-up the modal asks "Continue {intent}" before replaying. Default 'auto'. */
  resume?: ResumeMode;
};

/** A fetch that opens the recovery conversation on an insufficient balance and replays after the top-up. */
export type RecoveryFetch = (input: RequestInfo | URL, init?: RecoveryRequestInit) => Promise<Response>;

export type WithRecoveryOptions = {
  /** A host's own recogniser; defaults to the recovery's. */
  detect?: Detector;
  /**
   * The default `init.replay` for every call: `true` lets an SDK's POSTs (sent through its `fetch`
   * option, without an Idempotency-Key) run again after the top-up.
   */
  replay?: boolean;
  /** The default `init.intent` for every call, e.g. "Summarise the report". */
  intent?: string;
  /** The default `resume` for every call of this fetch ('confirm' for costly work). */
  resume?: ResumeMode;
};

export type RunOptions = {
  /** What the user was doing, in their words; shown in the modal. */
  intent?: string;
  /** Aborting leaves the conversation; `run` rejects with the abort reason and `fn` never runs again. */
  signal?: AbortSignal;
  /** 'confirm': after the top-up the modal asks "Continue {intent}" before `fn` runs again. Default 'auto'. */
  resume?: ResumeMode;
};
