import * as React from 'react';
import type { BalanceInfo, Money, RecoverySnapshot, TopUpOptions, TopUpOutcome } from '../core';
import { useKit } from './context';

/**
 * Reads one slice of the recovery snapshot; the component re-renders only when that slice
 * changes (the selector must return a stable value: a field, a primitive).
 */
export function useRecoverySelector<T>(selector: (snapshot: RecoverySnapshot) => T): T {
  const { recovery } = useKit();
  const read = () => selector(recovery.getSnapshot());
  return React.useSyncExternalStore(recovery.subscribe, read, read);
}

export type UseRecoveryResult = RecoverySnapshot & {
  /** The provider's fetch: a 402 opens the conversation, the call resolves after the top-up. */
  fetch: typeof fetch;
  topUp: (amount: Money, options?: TopUpOptions) => Promise<TopUpOutcome>;
  dismiss: () => void;
};

export function useRecovery(): UseRecoveryResult {
  const { recovery, fetch } = useKit();
  const snapshot = useRecoverySelector((s) => s);
  return React.useMemo(
    () => ({ ...snapshot, fetch, topUp: recovery.topUp, dismiss: recovery.dismiss }),
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
  const { recovery } = useKit();
  const balance = useRecoverySelector((s) => s.balance);
  const [status, setStatus] = React.useState<BalanceState['status']>(balance ? 'ready' : 'loading');

  const refresh = React.useCallback(async () => {
    setStatus((s) => (s === 'error' ? 'loading' : s));
    const result = await recovery.refreshBalance();
    setStatus(result ? 'ready' : 'error');
  }, [recovery]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: load once per store; later updates come from it.
  React.useEffect(() => {
    if (!recovery.getSnapshot().balance) void refresh();
  }, [recovery]);

  return { balance, status: balance && status === 'loading' ? 'ready' : status, refresh };
}
