import {
  type AlertSettings,
  type BalanceInfo,
  type BillingAdapter,
  BillingApiError,
  type BillingProblem,
  type Credit,
  formatMoney,
  type Money,
  type PaymentMethod,
  type RequestOptions,
  type TestAlertResult,
  type TopUpRequest,
  type TopUpResult,
  type Usage,
  type UsageRecord,
} from '../core';
import { defaultAlertSettings, samplePaymentMethods } from './samples';
import { checkMoney, checkSettings, refusal, usageIn } from './server-rules';

/**
 * What a top-up with a payment method does, as a real payment provider would:
 * - `succeed`: credited at once;
 * - `decline`: `failed` with the bank's reason, nothing charged, final for its key;
 * - `require_action`: 3-D Secure; lands when the test calls `complete(key)`;
 * - `pend`: taken but not yet credited (shown as `pending` in the balance), with the `expectedAt` the
 *   server promises; it lands at that time (when anyone next looks) or at `complete(key)`;
 * - `time_out`: the charge lands but the answer is lost: rejects as the HTTP adapter does on a timeout;
 * - `network_error`: the request never arrives: nothing is charged, rejects as on a cut connection;
 * - `hang`: never answers.
 */
export type FakePaymentBehaviour =
  | 'succeed'
  | 'decline'
  | 'require_action'
  | 'pend'
  | 'time_out'
  | 'network_error'
  | 'hang';

/** A saved payment method and what paying with it does. The behaviour is never shown to the kit. */
export type FakePaymentMethod = PaymentMethod & {
  behaviour?: FakePaymentBehaviour;
  /** The bank's words for a `decline`; default "Your card was declined by the bank." */
  declineReason?: string;
};

/** The optional BillingAdapter methods, which a host's backend may not have. */
export type OptionalBillingMethod = Exclude<keyof BillingAdapter, 'getBalance' | 'topUp'>;

/**
 * Options are read at each call, so a test can flip one (`options.failGetBalance = false`) and
 * have the next call behave differently, as a server that recovers would.
 */
export type FakeBillingOptions = {
  /** The account's currency; a top-up in another one is refused (422). Default "USD". */
  currency?: string;
  /** The starting balance in minor units; default 0. */
  balanceMinor?: number;
  /** Money paid but not yet credited, besides pending top-ups (minor units). */
  pendingMinor?: number;
  /** A fixed `updatedAt` for the balance (ISO 8601); default: when the ledger last changed. */
  balanceUpdatedAt?: string;
  /** Default: one card per behaviour (`samplePaymentMethods`). */
  paymentMethods?: readonly FakePaymentMethod[];
  /** Behaviours for successive new top-ups, used before the payment method's own behaviour. */
  script?: FakePaymentBehaviour[];
  /** The server's limits: a top-up outside them is refused (422) with the reason, as a BillingApiError. */
  minTopUpMinor?: number;
  /** Default 1,000,000 ($10,000.00), as the reference server. */
  maxTopUpMinor?: number;
  /** How long a `pend` top-up takes to land; default 10000, as the reference server. */
  pendingMs?: number;
  /** Where 3-D Secure is confirmed; default `/3ds/{key}`. */
  actionUrl?: (idempotencyKey: string) => string;
  /** The stored settings; default: an account that never saved any (alerts and auto-recharge off). */
  alertSettings?: AlertSettings;
  /** Spend and credits already on the account; successful top-ups add credits. */
  usage?: Usage;
  /** What sendTestAlert answers; default: sent. */
  testAlert?: TestAlertResult;
  /** Optional methods the backend lacks: the adapter has no such property, so the kit hides what needs it. */
  without?: readonly OptionalBillingMethod[];
  /** Milliseconds every call waits, to show loading states. */
  latencyMs?: number;
  /** topUp waits for this before it answers: a test sees "paying" without racing a timer. */
  topUpGate?: Promise<unknown>;
  /** saveAlertSettings waits for this before it answers. */
  saveGate?: Promise<unknown>;
  failGetBalance?: boolean;
  failGetUsage?: boolean;
  failGetAlertSettings?: boolean;
  /** saveAlertSettings is refused with this reason (422). */
  failSaveAlertSettings?: string;
  /** saveAlertSettings never settles, to show the saving state. */
  hangSaveAlertSettings?: boolean;
  /** The clock; default `() => new Date()`. */
  now?: () => Date;
};

/** One adapter call as the kit made it: for tests that assert what was asked of the backend. */
export type FakeBillingCall = { method: keyof BillingAdapter; args: unknown[] };

export type FakeBillingAdapter = BillingAdapter & {
  /** Every call, oldest first. */
  readonly calls: FakeBillingCall[];
  /** Top-ups that moved money, one per idempotency key. */
  readonly charges: TopUpRequest[];
  /** The balance now. */
  balance(): Money;
  setBalance(amountMinor: number): void;
  /** Metered work: records the spend in usage and takes it from the balance. */
  spend(amountMinor: number, category: string, label?: string): void;
  /** Lands a requires_action or pending top-up, as the bank or the ledger would. */
  complete(idempotencyKey: string): void;
  /** The requests of every topUp call, oldest first. */
  topUpRequests(): TopUpRequest[];
  /** The next new top-ups behave so, in order (after any `script` left), whatever the payment method. */
  scriptTopUps(...behaviours: FakePaymentBehaviour[]): void;
};

const DECLINE_REASON = 'Your card was declined by the bank.';
/** A top-up as the ledger keeps it: the request, its current result, and whether money moved. */
type StoredTopUp = {
  request: TopUpRequest;
  fingerprint: string;
  result: TopUpResult;
  charged: boolean;
  /** For a pending debit: when it lands (ms since the epoch). */
  settlesAt?: number;
};

/** A refusal before any charge is a payment outcome with the server's words, as the HTTP adapter answers it. */
function refusedTopUp(error: BillingApiError): TopUpResult {
  return { status: 'failed', failureKind: 'refused', failureReason: error.message, problem: error.problem };
}

/**
 * An in-memory billing backend that keeps the contract of docs/billing-api.md: a ledger charged at
 * most once per idempotency key, payment methods that succeed, decline, ask for 3-D Secure, pend or
 * time out, refusals with the server's reason, alert settings with enforced consent, and usage.
 * For the kit's own tests and stories, and for a host's.
 */
export function createFakeBillingAdapter(options: FakeBillingOptions = {}): FakeBillingAdapter {
  const currency = options.currency ?? 'USD';
  const now = () => (options.now ? options.now() : new Date());
  const inCurrency = (amountMinor: number): Money => ({ amountMinor, currency });
  let balanceMinor = options.balanceMinor ?? 0;
  let ledgerChangedAt = now().toISOString();
  let settings = structuredClone(options.alertSettings ?? defaultAlertSettings(currency));
  const records: UsageRecord[] = [...(options.usage?.records ?? [])];
  const credits: Credit[] = [...(options.usage?.credits ?? [])];
  const script = [...(options.script ?? [])];
  const topUps = new Map<string, StoredTopUp>();
  const calls: FakeBillingCall[] = [];
  const charges: TopUpRequest[] = [];
  let topUpCount = 0;

  const methods = () => options.paymentMethods ?? samplePaymentMethods;
  const moveMoney = (amountMinor: number) => {
    balanceMinor += amountMinor;
    ledgerChangedAt = now().toISOString();
  };
  const credit = (stored: StoredTopUp) => {
    if (stored.charged) return;
    stored.charged = true;
    moveMoney(stored.request.amount.amountMinor);
    charges.push(stored.request);
    credits.push({ at: now().toISOString(), amount: stored.request.amount, source: 'top-up' });
    stored.result = { ...stored.result, status: 'succeeded', balance: inCurrency(balanceMinor) };
    delete stored.result.actionUrl;
    delete stored.result.expectedAt;
  };
  /** Pending debits that are due land when anyone next looks, as on the reference server (no timers). */
  const settleDue = () => {
    for (const stored of topUps.values())
      if (stored.result.status === 'pending' && (stored.settlesAt ?? Infinity) <= now().getTime())
        credit(stored);
  };

  /** Records the call, then waits the latency; a caller's abort rejects with its reason, as fetch does. */
  const answer = async (method: keyof BillingAdapter, args: unknown[], request?: RequestOptions) => {
    calls.push({ method, args: structuredClone(args) });
    settleDue();
    const signal = request?.signal;
    await new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const timer = setTimeout(resolve, options.latencyMs ?? 0);
      signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(signal.reason);
      });
    });
  };
  const unavailable = () =>
    refusal(503, 'internal', 'The billing service is unavailable', 'The billing service is unavailable.');
  const never = <T>() => new Promise<T>(() => {});

  const checkTopUp = ({ amount, paymentMethodId }: TopUpRequest): FakePaymentMethod => {
    checkMoney(amount, 'amount', currency, { positive: true });
    const refused = (detail: string, limits?: BillingProblem['limits']) =>
      refusal(422, 'validation-failed', 'The request was refused', detail, limits);
    const max = options.maxTopUpMinor ?? 1_000_000;
    if (amount.amountMinor > max)
      throw refused(`A top-up can be at most ${formatMoney(inCurrency(max), 'en-US')}.`, {
        max: inCurrency(max),
      });
    const min = options.minTopUpMinor;
    if (min !== undefined && amount.amountMinor < min)
      throw refused(`A top-up must be at least ${formatMoney(inCurrency(min), 'en-US')}.`, {
        min: inCurrency(min),
      });
    const method = paymentMethodId
      ? methods().find((m) => m.id === paymentMethodId)
      : (methods().find((m) => m.isDefault) ?? methods()[0]);
    if (!method) throw refused('Unknown payment method.');
    return method;
  };

  const adapter: FakeBillingAdapter = {
    calls,
    charges,
    balance: () => inCurrency(balanceMinor),
    setBalance(amountMinor) {
      balanceMinor = amountMinor;
      ledgerChangedAt = now().toISOString();
    },
    spend(amountMinor, category, label) {
      moveMoney(-amountMinor);
      const record: UsageRecord = { at: now().toISOString(), amount: inCurrency(amountMinor), category };
      if (label) record.label = label;
      records.push(record);
    },
    complete(idempotencyKey) {
      const stored = topUps.get(idempotencyKey);
      if (stored && (stored.result.status === 'pending' || stored.result.status === 'requires_action'))
        credit(stored);
    },
    scriptTopUps(...behaviours) {
      script.push(...behaviours);
    },
    topUpRequests: () => calls.filter((c) => c.method === 'topUp').map((c) => c.args[0] as TopUpRequest),

    async getBalance(request) {
      await answer('getBalance', [], request);
      if (options.failGetBalance) throw unavailable();
      let pendingMinor = options.pendingMinor ?? 0;
      for (const stored of topUps.values())
        if (stored.result.status === 'pending') pendingMinor += stored.request.amount.amountMinor;
      const info: BalanceInfo = {
        balance: inCurrency(balanceMinor),
        updatedAt: options.balanceUpdatedAt ?? ledgerChangedAt,
      };
      if (pendingMinor) info.pending = inCurrency(pendingMinor);
      return info;
    },

    async topUp(request, requestOptions) {
      await answer('topUp', [request], requestOptions);
      await options.topUpGate;
      const fingerprint = JSON.stringify([request.amount, request.paymentMethodId ?? null]);
      const previous = topUps.get(request.idempotencyKey);
      if (previous) {
        // A replay answers the top-up in its current state; the same key for another body is refused.
        if (previous.fingerprint !== fingerprint)
          return refusedTopUp(
            refusal(
              422,
              'idempotency-key-reused',
              'This Idempotency-Key was used for another top-up',
              'The key was already used with a different amount or payment method. Use a new key for a new top-up.',
            ),
          );
        return structuredClone(previous.result);
      }
      // Refused before any charge: the key is not used up.
      let method: FakePaymentMethod;
      try {
        method = checkTopUp(request);
      } catch (error) {
        if (error instanceof BillingApiError) return refusedTopUp(error);
        throw error;
      }
      const behaviour = script.shift() ?? method.behaviour ?? 'succeed';
      if (behaviour === 'network_error')
        throw new BillingApiError('network', 'The billing service could not be reached.');
      if (behaviour === 'hang') return never();
      topUpCount += 1;
      const stored: StoredTopUp = {
        request: structuredClone(request),
        fingerprint,
        result: { id: `tu_${topUpCount}`, status: 'pending' },
        charged: false,
      };
      topUps.set(request.idempotencyKey, stored);
      if (behaviour === 'decline')
        stored.result = {
          ...stored.result,
          status: 'failed',
          failureReason: method.declineReason ?? DECLINE_REASON,
        };
      else if (behaviour === 'require_action')
        stored.result = {
          ...stored.result,
          status: 'requires_action',
          actionUrl:
            options.actionUrl?.(request.idempotencyKey) ??
            `/3ds/${encodeURIComponent(request.idempotencyKey)}`,
        };
      else if (behaviour === 'pend') {
        stored.settlesAt = now().getTime() + (options.pendingMs ?? 10_000);
        stored.result = { ...stored.result, expectedAt: new Date(stored.settlesAt).toISOString() };
      } else credit(stored);
      if (behaviour === 'time_out')
        throw new BillingApiError('timeout', 'The billing service did not answer in time.');
      return structuredClone(stored.result);
    },

    async getTopUp(idempotencyKey, request) {
      await answer('getTopUp', [idempotencyKey], request);
      const stored = topUps.get(idempotencyKey);
      return stored ? structuredClone(stored.result) : null;
    },

    async listPaymentMethods(request) {
      await answer('listPaymentMethods', [], request);
      return methods().map(({ behaviour, declineReason, ...shown }) => ({ ...shown }));
    },

    async getAlertSettings(request) {
      await answer('getAlertSettings', [], request);
      if (options.failGetAlertSettings) throw unavailable();
      return structuredClone(settings);
    },

    async saveAlertSettings(next, request) {
      await answer('saveAlertSettings', [next], request);
      await options.saveGate;
      if (options.hangSaveAlertSettings) return never();
      if (options.failSaveAlertSettings)
        throw refusal(422, 'validation-failed', 'The request was refused', options.failSaveAlertSettings);
      checkSettings(next, currency);
      settings = structuredClone(next);
      return structuredClone(settings);
    },

    async sendTestAlert(edited, request) {
      await answer('sendTestAlert', [edited], request);
      if (options.testAlert) return { ...options.testAlert };
      const { email, inApp, webhookUrl } = edited.channels;
      const targets = [...email, ...(webhookUrl ? ['your webhook'] : []), ...(inApp ? ['this app'] : [])];
      if (targets.length === 0)
        return { ok: false, message: 'Choose at least one channel (email, in-app or webhook) first.' };
      const list =
        targets.length === 1 ? targets[0] : `${targets.slice(0, -1).join(', ')} and ${targets.at(-1)}`;
      return { ok: true, message: `A test alert was sent to ${list}.` };
    },

    async getUsage(query, request) {
      await answer('getUsage', [query], request);
      if (options.failGetUsage) throw unavailable();
      if (!(query.from <= query.to))
        throw refusal(400, 'invalid-request', 'The request is not valid', 'to must not be before from.');
      return usageIn(query, records, credits);
    },
  };
  for (const method of options.without ?? []) delete (adapter as Partial<FakeBillingAdapter>)[method];
  return adapter;
}
