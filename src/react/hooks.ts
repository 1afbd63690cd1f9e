import * as React from 'react';
import type {
  BalanceInfo,
  Money,
  RecoveryFetch,
  RecoverySnapshot,
  RunOptions,
  TopUpOptions,
  TopUpOutcome,
} from '../core';
import { useKitState } from './context';

/**
 * Reads one slice of the recovery snapshot; the component re-renders only when that slice
 * changes. A selector may build a new object: pass `isEqual` (e.g. a shallow compare) so an equal
 * result keeps the previous one.
 */
export function useRecoverySelector<T>(
  selector: (snapshot: RecoverySnapshot) => T,
  isEqual: (a: T, b: T) => boolean = Object.is,
): T {
  const { recovery } = useKitState();
  // The last answer (internal `_private` names: the build shortens them, see scripts/mangle.mjs).
  const cache = React.useRef<{ _snapshot: RecoverySnapshot; _selector: unknown; _value: T } | null>(null);
  const read = () => {
    const snapshot = recovery.getSnapshot();
    const last = cache.current;
    if (last && last._snapshot === snapshot && last._selector === selector) return last._value;
    const next = selector(snapshot);
    const value = last && isEqual(last._value, next) ? last._value : next;
    cache.current = { _snapshot: snapshot, _selector: selector, _value: value };
    return value;
  };
  // The store's methods may rely on `this`; never pass them around unbound.
  const subscribe = React.useCallback((listener: () => void) => recovery.subscribe(listener), [recovery]);
  return React.useSyncExternalStore(subscribe, read, read);
}

export type UseRecoveryResult = RecoverySnapshot & {
  /** The provider's fetch: a 402 opens the conversation, the call resolves after the top-up. */
  fetch: RecoveryFetch;
  topUp: (amount: Money, options?: TopUpOptions) => Promise<TopUpOutcome>;
  dismiss: () => void;
  /** Asks the adapter whether a pending / requires-action / unknown top-up has landed. */
  reconcile: () => Promise<TopUpOutcome | undefined>;
  /** Guards any async call (an SDK method, a server action): it runs again after the top-up. */
  run: <T>(fn: () => T | Promise<T>, options?: RunOptions) => Promise<T>;
  /** Runs the work waiting for confirmation (`toConfirm`, from `resume: 'confirm'`). */
  confirmResume: () => void;
};

/** The whole conversation: re-renders on every change. Prefer `useRecoverySelector` for one field. */
export function useRecovery(): UseRecoveryResult {
  const { recovery, fetch } = useKitState();
  const snapshot = useRecoverySelector((s) => s);
  return React.useMemo(
    () => ({
      ...snapshot,
      fetch,
      topUp: (amount: Money, options?: TopUpOptions) => recovery.topUp(amount, options),
      dismiss: () => recovery.dismiss(),
      confirmResume: () => recovery.confirmResume(),
      reconcile: () => recovery.reconcile(),
      run: <T>(fn: () => T | Promise<T>, options?: RunOptions) => recovery.run(fn, options),
    }),
    [snapshot, fetch, recovery],
  );
}

export type BalanceState = {
  balance?: BalanceInfo;
  status: 'loading' | 'ready' | 'error';
  refresh: () => Promise<void>;
};

/** The account balance, loaded on first use and kept fresh by the store after every top-up. */
export function useBalance(): BalanceState {
  const { recovery } = useKitState();
  const balance = useRecoverySelector((s) => s.balance);
  const [failed, setFailed] = React.useState(false);

  const refresh = React.useCallback(async () => {
    // Functional updates with the same value do not re-render (an effect on mount calls this).
    setFailed((was) => was && false);
    // The store shares one request in flight, however many components mount at once.
    const result = await recovery.refreshBalance().catch(() => undefined);
    setFailed(!result);
  }, [recovery]);

  React.useEffect(() => {
    if (!recovery.getSnapshot().balance) void refresh();
  }, [recovery, refresh]);

  // A balance the store already holds counts as ready even if a later refresh failed.
  return { balance, status: balance ? 'ready' : failed ? 'error' : 'loading', refresh };
}
