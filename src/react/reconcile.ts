import * as React from 'react';
import { useKitState } from './context';

/**
 * While a top-up's outcome is open (pending credit, 3-D Secure, unknown), asks the store to
 * reconcile: politely (backing off from `firstDelayMs` to 30 s) and whenever the window regains
 * focus — the moment a user returns from their bank's tab.
 */
export function useReconcileWhile(active: boolean, { firstDelayMs = 2000, poll = true } = {}) {
  const { recovery } = useKitState();
  React.useEffect(() => {
    if (!active) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let delay = firstDelayMs;
    let stopped = false;
    const run = () => {
      if (!stopped) void recovery.reconcile().catch(() => undefined);
    };
    const schedule = () => {
      timer = setTimeout(() => {
        run();
        delay = Math.min(delay * 2, 30_000);
        schedule();
      }, delay);
    };
    if (poll) schedule();
    window.addEventListener('focus', run);
    return () => {
      stopped = true;
      clearTimeout(timer);
      window.removeEventListener('focus', run);
    };
  }, [active, recovery, firstDelayMs, poll]);
}
