import * as React from 'react';
import { useKit } from './context';

/**
 * While a top-up's outcome is open (pending credit, 3-D Secure, unknown), asks the store to
 * reconcile: politely (backing off from `firstDelayMs` to 30 s) and whenever the window regains
 * focus — the moment a user returns from their bank's tab.
 */
export function useReconcileWhile(active: boolean, { firstDelayMs = 2000, poll = true } = {}) {
  const { recovery } = useKit();
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

function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++)
    if (text.charCodeAt(i) < 32 || text.charCodeAt(i) === 127) return true;
  return false;
}

/** A server-given URL, kept only when it is http(s) or relative (never javascript:, data:, …). */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const trimmed = url.trim();
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  // Browsers drop tabs and newlines inside URLs ("java\tscript:"), so any control character disqualifies.
  if (scheme === undefined) return hasControl(trimmed) ? undefined : trimmed;
  return scheme === 'https' || scheme === 'http' ? trimmed : undefined;
}

/** A host-given link (support, docs): anything but script-bearing schemes. */
export function safeHostUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  return /^\s*(javascript|data|vbscript):/i.test(url) ? undefined : url;
}

/** True when the user asked the system for less motion (SSR: false; read after mount). */
export function usePrefersReducedMotion(): boolean {
  const [reduced, setReduced] = React.useState(false);
  React.useEffect(() => {
    const query = window.matchMedia?.('(prefers-reduced-motion: reduce)');
    if (!query) return;
    setReduced(query.matches);
    const onChange = () => setReduced(query.matches);
    query.addEventListener?.('change', onChange);
    return () => query.removeEventListener?.('change', onChange);
  }, []);
  return reduced;
}
