// The account data several components read to agree on their numbers — saved payment methods,
// alert settings, recent usage, usage by period — loaded into the store's snapshot once and shared,
// like the balance: the banner, the modal and the billing page read the same facts from one request.
// Functions of the store rather than its methods, so a host that only mounts the guard (the store
// and the provider) never ships them: only the components that show account data import this.
import { DAY_MS } from './time';
import type {
  AccountData,
  AlertSettings,
  LoadOptions,
  PaymentMethod,
  Recovery,
  RecoveryEventType,
  Usage,
  UsageQuery,
} from './types';

/** Days of usage the shared forecast reads (the usage summary's default period, too). */
export const RECENT_USAGE_DAYS = 30;

/** Where one query's usage sits in `snapshot.usage`. */
export const usageKey = ({ from, to, granularity }: UsageQuery): string =>
  `${from}/${to}/${granularity ?? ''}`;

const LOADING: AccountData<never> = { status: 'loading' };
const FAILED: AccountData<never> = { status: 'error' };
const UNSUPPORTED: AccountData<never> = { status: 'unsupported' };

const sortDefaultFirst = (methods: PaymentMethod[]): PaymentMethod[] =>
  [...methods].sort((a, b) => Number(!!b.isDefault) - Number(!!a.isDefault));

/**
 * The stores that read their data again after events. A store subscribes on its first load: data
 * can only need reading again once something read it.
 */
const rereading = new WeakSet<Recovery>();

/**
 * One resource: `read` is undefined when the adapter lacks the method. While a read runs, a value
 * already held stays (`refreshing`); a failed read leaves `error`, asked again next time. Every
 * caller with the same key shares the store's one read in flight.
 */
const load = <T>(
  recovery: Recovery,
  key: string,
  current: () => AccountData<T> | undefined,
  store: (state: AccountData<T>) => void,
  read: ((signal: AbortSignal) => Promise<T>) | undefined,
  { fresh = false }: LoadOptions = {},
): Promise<AccountData<T>> => {
  if (!rereading.has(recovery)) {
    rereading.add(recovery);
    recovery.onEvent((event) => readAgainAfter(recovery, event.type));
  }
  const held = current();
  if (!read) {
    if (held !== UNSUPPORTED) store(UNSUPPORTED);
    return Promise.resolve(UNSUPPORTED);
  }
  if (held?.status === 'ready' && !fresh) return Promise.resolve(held);
  return recovery._join(key, async () => {
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

/** Loads the saved payment methods (the default first) into `snapshot.paymentMethods`. */
export const loadPaymentMethods = (
  recovery: Recovery,
  options?: LoadOptions,
): Promise<AccountData<PaymentMethod[]>> => {
  const { adapter } = recovery;
  const list = adapter.listPaymentMethods;
  return load(
    recovery,
    'payment-methods',
    () => recovery.getSnapshot().paymentMethods,
    (paymentMethods) => recovery._update({ paymentMethods }),
    list && (async (signal) => sortDefaultFirst(await list.call(adapter, { signal }))),
    options,
  );
};

/** Loads the saved alert settings into `snapshot.alertSettings` (read again after `alerts_saved` and a new block). */
export const loadAlertSettings = (
  recovery: Recovery,
  options?: LoadOptions,
): Promise<AccountData<AlertSettings>> => {
  const { adapter } = recovery;
  const get = adapter.getAlertSettings;
  return load<AlertSettings>(
    recovery,
    'alert-settings',
    () => recovery.getSnapshot().alertSettings,
    (alertSettings) => recovery._update({ alertSettings }),
    get && ((signal) => get.call(adapter, { signal })),
    options,
  );
};

/** Loads the last 30 days of usage into `snapshot.recentUsage` (read again after `alerts_saved`). */
export const loadRecentUsage = (recovery: Recovery, options?: LoadOptions): Promise<AccountData<Usage>> => {
  const { adapter } = recovery;
  const get = adapter.getUsage;
  return load<Usage>(
    recovery,
    'recent-usage',
    () => recovery.getSnapshot().recentUsage,
    (recentUsage) => recovery._update({ recentUsage }),
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

/** Loads the usage of one query into `snapshot.usage[usageKey(query)]`. */
export const loadUsage = (
  recovery: Recovery,
  query: UsageQuery,
  options?: LoadOptions,
): Promise<AccountData<Usage>> => {
  const { adapter } = recovery;
  const get = adapter.getUsage;
  const key = usageKey(query);
  return load<Usage>(
    recovery,
    `usage:${key}`,
    () => recovery.getSnapshot().usage?.[key],
    (state) => recovery._update({ usage: { ...recovery.getSnapshot().usage, [key]: state } }),
    // async: an adapter that throws synchronously still ends in the error state.
    get && (async (signal) => get.call(adapter, query, { signal })),
    options,
  );
};

/** What an event changes on the server: saved settings (a save can charge at once), a 402 (auto-recharge may have tried). */
const readAgainAfter = (recovery: Recovery, type: RecoveryEventType) => {
  const { alertSettings, recentUsage } = recovery.getSnapshot();
  const settingsChanged = type === 'alerts_saved' || type === 'blocked';
  if (settingsChanged && alertSettings) void loadAlertSettings(recovery, { fresh: true });
  if (type === 'alerts_saved' && recentUsage) void loadRecentUsage(recovery, { fresh: true });
};
