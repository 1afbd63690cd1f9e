/**
 * An in-memory BillingAdapter for tests and stories: a real ledger with idempotency, payment
 * methods with scripted outcomes, and a record of every call so tests can assert adapter calls.
 */
import type {
  AlertSettings,
  BalanceInfo,
  BillingAdapter,
  Money,
  PaymentMethod,
  TestAlertResult,
  TopUpRequest,
  TopUpResult,
  Usage,
  UsageQuery,
} from '../../src/core/types';

export type FakeOutcome = 'succeeded' | 'declined' | 'requires_action' | 'pending' | 'network_error' | 'hang';

export type FakeAdapterOptions = {
  currency?: string;
  balanceMinor?: number;
  paymentMethods?: PaymentMethod[] | null;
  /** Outcome per payment method id; default "succeeded". */
  outcomes?: Record<string, FakeOutcome>;
  /** Outcomes for successive topUp calls, consumed in order before `outcomes` applies. */
  script?: FakeOutcome[];
  alertSettings?: AlertSettings | null;
  usage?: Usage | null;
  /** Milliseconds every call waits, to show loading states. */
  latencyMs?: number;
  failGetBalance?: boolean;
  /** Fixed `updatedAt` for getBalance (ISO 8601), e.g. to show stale data; default: the call time. */
  balanceUpdatedAt?: string;
  /** Pending credit (minor units) reported with the balance: paid, not yet credited. */
  pendingMinor?: number;
  failGetUsage?: boolean;
  failSaveAlertSettings?: string;
  /** getAlertSettings rejects (read per call: flip it to test "Try again"). */
  failGetAlertSettings?: boolean;
  /** saveAlertSettings never settles, to show the saving state. */
  hangSaveAlertSettings?: boolean;
  /** saveAlertSettings waits for this before it answers: a test sees "saving" without racing a timer. */
  saveGate?: Promise<unknown>;
  /** topUp waits for this before it answers: a test sees "paying" without racing a timer. */
  topUpGate?: Promise<unknown>;
  /** What sendTestAlert answers; null: the adapter has no sendTestAlert. Default: ok. */
  testAlert?: TestAlertResult | null;
};

export type FakeCall = { method: string; args: unknown[] };

export const defaultMethods: PaymentMethod[] = [
  { id: 'pm_visa', brand: 'Visa', last4: '4242', isDefault: true },
  { id: 'pm_declined', brand: 'Visa', last4: '0002' },
  { id: 'pm_3ds', brand: 'Mastercard', last4: '3155' },
];

export function defaultAlertSettings(currency = 'USD'): AlertSettings {
  const m = (amountMinor: number): Money => ({ amountMinor, currency });
  return {
    alertsEnabled: true,
    thresholds: [
      { amount: m(2000), level: 'warning' },
      { amount: m(500), level: 'critical' },
    ],
    channels: { email: ['ops@example.com'], inApp: true },
    autoRecharge: { enabled: false, threshold: m(500), amount: m(2500), monthlyCap: m(10000) },
  };
}

export type FakeAdapter = BillingAdapter & {
  calls: FakeCall[];
  /** Charges that actually moved money (one per idempotency key). */
  charges: TopUpRequest[];
  balance(): Money;
  setBalance(amountMinor: number): void;
  /** Completes a requires_action / pending top-up, as the bank or the ledger would. */
  complete(idempotencyKey: string): void;
};

export function createFakeAdapter(options: FakeAdapterOptions = {}): FakeAdapter {
  const currency = options.currency ?? 'USD';
  let balanceMinor = options.balanceMinor ?? 120;
  const calls: FakeCall[] = [];
  const charges: TopUpRequest[] = [];
  const results = new Map<string, TopUpResult>();
  const requests = new Map<string, TopUpRequest>();
  const script = [...(options.script ?? [])];
  let settings = options.alertSettings === undefined ? defaultAlertSettings(currency) : options.alertSettings;
  const wait = () => new Promise((r) => setTimeout(r, options.latencyMs ?? 0));
  const money = (amountMinor: number): Money => ({ amountMinor, currency });

  const adapter: FakeAdapter = {
    calls,
    charges,
    balance: () => money(balanceMinor),
    setBalance(amountMinor) {
      balanceMinor = amountMinor;
    },
    complete(key) {
      const request = requests.get(key);
      const result = results.get(key);
      if (!request || !result || result.status === 'succeeded') return;
      balanceMinor += request.amount.amountMinor;
      charges.push(request);
      results.set(key, { status: 'succeeded', balance: money(balanceMinor) });
    },
    async getBalance(): Promise<BalanceInfo> {
      calls.push({ method: 'getBalance', args: [] });
      await wait();
      if (options.failGetBalance) throw new Error('Balance unavailable');
      return {
        balance: money(balanceMinor),
        ...(options.pendingMinor ? { pending: money(options.pendingMinor) } : {}),
        updatedAt: options.balanceUpdatedAt ?? new Date().toISOString(),
      };
    },
    async topUp(request) {
      calls.push({ method: 'topUp', args: [request] });
      await wait();
      await options.topUpGate;
      const previous = results.get(request.idempotencyKey);
      if (previous) return previous;
      const outcome =
        script.shift() ??
        options.outcomes?.[request.paymentMethodId ?? ''] ??
        outcomeFor(request.paymentMethodId);
      if (outcome === 'network_error') throw new TypeError('Failed to fetch');
      if (outcome === 'hang') return new Promise<TopUpResult>(() => {});
      requests.set(request.idempotencyKey, request);
      let result: TopUpResult;
      if (outcome === 'declined')
        result = { status: 'failed', failureReason: 'Your card was declined by the bank.' };
      else if (outcome === 'requires_action')
        result = { status: 'requires_action', actionUrl: `/3ds/${request.idempotencyKey}` };
      else if (outcome === 'pending') result = { status: 'pending' };
      else {
        balanceMinor += request.amount.amountMinor;
        charges.push(request);
        result = { status: 'succeeded', balance: money(balanceMinor) };
      }
      results.set(request.idempotencyKey, result);
      return result;
    },
    async getTopUp(key) {
      calls.push({ method: 'getTopUp', args: [key] });
      await wait();
      return results.get(key) ?? null;
    },
  };
  if (options.paymentMethods !== null) {
    adapter.listPaymentMethods = async () => {
      calls.push({ method: 'listPaymentMethods', args: [] });
      await wait();
      return options.paymentMethods ?? defaultMethods;
    };
  }
  if (settings !== null) {
    adapter.getAlertSettings = async () => {
      calls.push({ method: 'getAlertSettings', args: [] });
      await wait();
      if (options.failGetAlertSettings) throw new Error('Alert settings unavailable');
      return structuredClone(settings as AlertSettings);
    };
    adapter.saveAlertSettings = async (next) => {
      calls.push({ method: 'saveAlertSettings', args: [next] });
      await wait();
      await options.saveGate;
      if (options.failSaveAlertSettings) throw new Error(options.failSaveAlertSettings);
      if (options.hangSaveAlertSettings) return new Promise<AlertSettings>(() => {});
      settings = structuredClone(next);
      return structuredClone(next);
    };
    if (options.testAlert !== null)
      adapter.sendTestAlert = async (s): Promise<TestAlertResult> => {
        calls.push({ method: 'sendTestAlert', args: [s] });
        await wait();
        return options.testAlert ?? { ok: true, message: 'Test alert sent.' };
      };
  }
  if (options.usage !== null) {
    adapter.getUsage = async (query: UsageQuery) => {
      calls.push({ method: 'getUsage', args: [query] });
      await wait();
      if (options.failGetUsage) throw new Error('Usage unavailable');
      const usage = options.usage ?? { records: [], credits: [] };
      const inRange = (at: string) => at >= query.from && at < query.to;
      return {
        records: usage.records.filter((r) => inRange(r.at)),
        credits: (usage.credits ?? []).filter((c) => inRange(c.at)),
      };
    };
  }
  return adapter;
}

function outcomeFor(paymentMethodId: string | undefined): FakeOutcome {
  if (paymentMethodId === 'pm_declined') return 'declined';
  if (paymentMethodId === 'pm_3ds') return 'requires_action';
  return 'succeeded';
}

/** A promise and the function that settles it, for the `*Gate` options. */
export function gate(): { promise: Promise<void>; open: () => void } {
  let open = () => {};
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

/** Deterministic usage: `days` of spend across categories, ending at `end`. */
export function makeUsage(days: number, end = new Date('2026-11-26T12:00:00Z'), currency = 'USD'): Usage {
  const categories = ['gpt-large', 'gpt-small', 'embeddings', 'reranker', 'vision', 'speech'];
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const records = [];
  for (let d = days - 1; d >= 0; d--) {
    const day = new Date(end.getTime() - d * 86_400_000);
    for (let i = 0; i < categories.length; i++) {
      const weight = [8, 3, 2, 1, 1, 0.5][i] ?? 1;
      const amountMinor = Math.round(weight * 40 * (0.5 + random()));
      records.push({
        at: new Date(day.getTime() - i * 3_600_000).toISOString(),
        amount: { amountMinor, currency },
        category: categories[i] ?? 'other',
      });
    }
  }
  return {
    records,
    credits: [
      {
        at: new Date(end.getTime() - 10 * 86_400_000).toISOString(),
        amount: { amountMinor: 5000, currency },
      },
    ],
  };
}
