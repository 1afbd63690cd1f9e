import * as React from 'react';
import type {
  AccountData,
  AlertSettings,
  PaymentMethod,
  Recovery,
  RecoverySnapshot,
  Usage,
  UsageQuery,
} from '../core';
import {
  loadAlertSettings,
  loadPaymentMethods,
  loadRecentUsage,
  loadUsage,
  RECENT_USAGE_DAYS,
  usageKey,
} from '../core/account-data';
import { useKitState } from './context';
import { useRecoverySelector } from './hooks';

// Thin selectors over the store: the account data lives in the recovery snapshot (core
// account-data.ts loads and shares it); a hook reads its slice and asks the store to load it.

export { RECENT_USAGE_DAYS };

/** One slice of account data; asks the store to load it on mount (`enabled` false: neither). */
function useAccountData<T>(
  select: (snapshot: RecoverySnapshot) => AccountData<T> | undefined,
  load: (recovery: Recovery) => Promise<unknown>,
  loadKey: string,
  enabled = true,
): AccountData<T> | undefined {
  const { recovery } = useKitState();
  const state = useRecoverySelector(select);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `loadKey` stands for `load` (a new closure every render).
  React.useEffect(() => {
    if (enabled) void load(recovery);
  }, [enabled, recovery, loadKey]);
  return enabled ? state : undefined;
}

/** What the older hooks answer: the value, `undefined` while loading, `null` when unavailable or failed. */
function settledValue<T>(state: AccountData<T> | undefined, enabled: boolean): T | null | undefined {
  if (!enabled) return null;
  if (state === undefined || state.status === 'loading') return undefined;
  return state.status === 'ready' ? state.value : null;
}

const selectAlertSettings = (snapshot: RecoverySnapshot) => snapshot.alertSettings;
const selectRecentUsage = (snapshot: RecoverySnapshot) => snapshot.recentUsage;
const selectPaymentMethods = (snapshot: RecoverySnapshot) => snapshot.paymentMethods;

/** The saved alert settings (`undefined` while loading, `null` without `getAlertSettings`). */
export function useSavedAlertSettings(enabled = true): AlertSettings | null | undefined {
  const state = useAccountData(
    selectAlertSettings,
    (recovery) => loadAlertSettings(recovery),
    'alerts',
    enabled,
  );
  return settledValue(state, enabled);
}

/** The last 30 days of usage (`undefined` while loading, `null` without `getUsage`). */
export function useRecentUsage(enabled = true): Usage | null | undefined {
  const state = useAccountData(selectRecentUsage, (recovery) => loadRecentUsage(recovery), 'recent', enabled);
  return settledValue(state, enabled);
}

/** The store's payment methods, as the state a component shows. */
export type PaymentMethodsState = {
  /** Saved methods, the default first. Empty while loading, on error, or when the adapter has none. */
  methods: PaymentMethod[];
  status: 'loading' | 'ready' | 'error' | 'unsupported';
};

const NO_METHODS: PaymentMethod[] = [];

/** The adapter's saved payment methods (shared through the store; hidden when it lacks listPaymentMethods). */
export function usePaymentMethods(): PaymentMethodsState {
  const { adapter } = useKitState();
  const state = useAccountData(selectPaymentMethods, (recovery) => loadPaymentMethods(recovery), 'methods');
  return React.useMemo(() => {
    if (!adapter.listPaymentMethods) return { methods: NO_METHODS, status: 'unsupported' };
    if (state?.status === 'ready') return { methods: state.value, status: 'ready' };
    return { methods: NO_METHODS, status: state?.status === 'error' ? 'error' : 'loading' };
  }, [adapter, state]);
}

/** The usage of one query, shared through the store (`undefined` query: nothing is loaded). */
export function useUsage(query: UsageQuery | undefined): AccountData<Usage> | undefined {
  const key = query && usageKey(query);
  const select = React.useCallback(
    (snapshot: RecoverySnapshot) => (key ? snapshot.usage?.[key] : undefined),
    [key],
  );
  return useAccountData(
    select,
    (recovery) => (query ? loadUsage(recovery, query) : Promise.resolve()),
    key ?? '',
    query !== undefined,
  );
}
