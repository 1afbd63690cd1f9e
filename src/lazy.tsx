// topup-kit/lazy — BalanceBlockedModal as a small shell: the conversation (its markup, steps,
// payment outcomes and the English catalog) is a separate chunk, fetched when the browser is idle
// and at the latest on the first block. A host pays up front only for the guard: the provider,
// the recovered fetch and this shell. Same props as the eager modal from `topup-kit`.
import * as React from 'react';
import type { BalanceBlockedModalProps } from './components/balance-blocked-modal';
import { useRecoverySelector } from './react';

export type { BalanceBlockedModalProps } from './components/balance-blocked-modal';

type Conversation = React.ComponentType<BalanceBlockedModalProps>;

/** Once loaded, the component itself: a later render uses it at once, with no Suspense round. */
let loaded: Conversation | undefined;
let loading: Promise<Conversation> | undefined;

/** Loads the conversation once; every shell on the page shares the one request. */
export function preloadBalanceBlockedModal(): Promise<Conversation> {
  loading ??= import('./components/balance-blocked-modal').then(
    (module) => {
      loaded = module.BalanceBlockedModal;
      return loaded;
    },
    (error: unknown) => {
      // A failed chunk (a flaky network, a deploy that moved it) may be asked for again.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Runs `task` when the browser has nothing else to do (a timeout where requestIdleCallback is missing). */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: 5000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 1500);
  return () => clearTimeout(id);
}

/**
 * The modal, loaded lazily. Until a conversation opens it renders nothing; the loaded modal then
 * appears whole in one commit (heading, primary action, "Not now", details), as the eager one.
 */
export function BalanceBlockedModal(props: BalanceBlockedModalProps) {
  const [Loaded, setLoaded] = React.useState<Conversation | undefined>(() => loaded);
  const open = useRecoverySelector((snapshot) => snapshot.status !== 'idle');

  // Prefetch while the page is idle, so a 402 later finds the conversation already here; a block
  // before that moment loads it at once. (A failed load is tried again on the next block.)
  React.useEffect(() => {
    if (Loaded) return;
    let active = true;
    const load = () =>
      preloadBalanceBlockedModal().then(
        (component) => {
          if (active) setLoaded(() => component);
        },
        () => {},
      );
    const cancelIdle = open ? undefined : whenIdle(load);
    if (open) load();
    return () => {
      active = false;
      cancelIdle?.();
    };
  }, [open, Loaded]);

  return Loaded ? <Loaded {...props} /> : null;
}
