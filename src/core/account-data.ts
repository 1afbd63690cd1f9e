// The account data several components read to agree on their numbers — saved payment methods,
// alert settings, recent usage, usage by period — loaded into the store's snapshot once and shared,
// like the balance: the banner, the modal and the billing page read the same facts from one request.
import { DAY_MS } from './time';
import type {
  AccountData,
  AlertSettings,
  BillingAdapter,
  LoadOptions,
  PaymentMethod,
  RecoveryEventType,
  RecoverySnapshot,
  Usage,
  UsageQuery,
} from './types';

/** Days of usage the shared forecast reads (the usage summary's default period, too). */
export const RECENT_USAGE_DAYS = 30;

/** Shares one call in flight per key: whoever asks while it runs gets the same promise. */
export const createInFlight = () => {
  const running = new Map<string, Promise<unknown>>();
  return <T>(key: string, start: () => Promise<T>): Promise<T> => {
    let call = running.get(key) as Promise<T> | undefined;
    if (!call) {
      call = start().finally(() => running.delete(key));
      running.set(key, call);
    }
    return call;
  };
};

/** Where one query's usage sits in `snapshot.usage`. */
export const usageKey = ({ from, to, granularity }: UsageQuery): string =>
  `${from}/${to}/${granularity ?? ''}`;

const LOADING: AccountData<never> = { status: 'loading' };
const FAILED: AccountData<never> = { status: 'error' };
const UNSUPPORTED: AccountData<never> = { status: 'unsupported' };

const sortDefaultFirst = (methods: PaymentMethod[]): PaymentMethod[] =>
  [...methods].sort((a, b) => Number(!!b.isDefault) - Number(!!a.isDefault));

/** The slice of the store account data needs: read the snapshot, patch it, share calls in flight. */
type StoreAccess = {
  getSnapshot: () => RecoverySnapshot;
  update: (patch: Partial<RecoverySnapshot>) => void;
  join: ReturnType<typeof createInFlight>;
};

/** Loads for the store: each read lands in the snapshot, whoever asked for it. */
export const createAccountData = (adapter: BillingAdapter, { getSnapshot, update, join }: StoreAccess) => {
  /**
   * One resource: `read` is undefined when the adapter lacks the method. While a read runs, a
   * value already held stays (`refreshing`); a failed read leaves `error`, asked again next time.
   */
  const load = <T>(
    key: string,
    current: () => AccountData<T> | undefined,
    store: (state: AccountData<T>) => void,
    read: ((signal: AbortSignal) => Promise<T>) | undefined,
    { fresh = false }: LoadOptions = {},
  ): Promise<AccountData<T>> => {
    const held = current();
    if (!read) {
      if (held !== UNSUPPORTED) store(UNSUPPORTED);
      return Promise.resolve(UNSUPPORTED);
    }
    if (held?.status === 'ready' && !fresh) return Promise.resolve(held);
    return join(key, async () => {
      const before = current();
      store(before?.status === 'ready' ? { ...before, refreshing: true } : LOADING);
      let state: AccountData<T>;
      try {
        // Shared by every component that asked, so no single one of them may abort it.
        state = { status: 'ready', value: await read(new AbortController().signal), readAt: Date.now() };
      } catch {
        state = FAILED;
      }
      store(state);
      return state;
    });
  };

  const loadPaymentMethods = (options?: LoadOptions) => {
    const list = adapter.listPaymentMethods;
    return load(
      'payment-methods',
      () => getSnapshot().paymentMethods,
      (paymentMethods) => update({ paymentMethods }),
      list && (async (signal) => sortDefaultFirst(await list.call(adapter, { signal }))),
      options,
    );
  };

  const loadAlertSettings = (options?: LoadOptions) => {
    const get = adapter.getAlertSettings;
    return load<AlertSettings>(
      'alert-settings',
      () => getSnapshot().alertSettings,
      (alertSettings) => update({ alertSettings }),
      get && ((signal) => get.call(adapter, { signal })),
      options,
    );
  };

  const loadRecentUsage = (options?: LoadOptions) => {
    const get = adapter.getUsage;
    return load<Usage>(
      'recent-usage',
      () => getSnapshot().recentUsage,
      (recentUsage) => update({ recentUsage }),
      get &&
        ((signal) => {
          // The window ends when it is read, so a reload moves it on.
          const to = Date.now();
          const from = to - RECENT_USAGE_DAYS * DAY_MS;
          return get.call(
            adapter,
            { from: new Date(from).toISOString(), to: new Date(to).toISOString() },
            { signal },
          );
        }),
      options,
    );
  };

  const loadUsage = (query: UsageQuery, options?: LoadOptions) => {
    const get = adapter.getUsage;
    const key = usageKey(query);
    return load<Usage>(
      `usage:${key}`,
      () => getSnapshot().usage?.[key],
      (state) => update({ usage: { ...getSnapshot().usage, [key]: state } }),
      // async: an adapter that throws synchronously still ends in the error state.
      get && (async (signal) => get.call(adapter, query, { signal })),
      options,
    );
  };

  /** What an event changes on the server: saved settings (a save can charge at once), a 402 (auto-recharge may have tried). */
  const readAgainAfter = (type: RecoveryEventType) => {
    const { alertSettings, recentUsage } = getSnapshot();
    const settingsChanged = type === 'alerts_saved' || type === 'blocked';
    if (settingsChanged && alertSettings) void loadAlertSettings({ fresh: true });
    if (type === 'alerts_saved' && recentUsage) void loadRecentUsage({ fresh: true });
  };

  return { loadPaymentMethods, loadAlertSettings, loadRecentUsage, loadUsage, readAgainAfter };
};
