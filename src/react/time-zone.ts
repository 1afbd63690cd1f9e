import * as React from 'react';
import { resolveTimeZone } from '../core/time';
import { useKitState } from './context';

// The runtime's zone never changes while a page is open: nothing to subscribe to, and read once
// (React reads a snapshot at every render; building the Intl formatter that tells it is not free).
const subscribeNever = () => () => {};
let runtimeZone: string | undefined;
const runtimeTimeZone = () => {
  runtimeZone ??= resolveTimeZone();
  return runtimeZone;
};
// What the server renders with when the host names no zone. The browser renders the same during
// hydration, then switches to the user's own zone: no mismatch, and the user's days once shown.
const serverTimeZone = () => 'UTC';

/**
 * The time zone to count days in: `preferred` (a component's prop), else the provider's
 * `timeZone`, else the user's own. Safe to server-render: see `serverTimeZone`.
 */
export function useTimeZone(preferred?: string): string {
  const { timeZone } = useKitState();
  const runtime = React.useSyncExternalStore(subscribeNever, runtimeTimeZone, serverTimeZone);
  const chosen = preferred ?? timeZone;
  // A name Intl rejects (a host's typo) falls back to the zone both renders agree on.
  return React.useMemo(
    () => (chosen && resolveTimeZone(chosen) === chosen ? chosen : runtime),
    [chosen, runtime],
  );
}
