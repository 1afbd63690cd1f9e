import * as React from 'react';
import { type AccountData, loadUsage, type Usage, type UsageQuery } from '../../core';
import { useKitState, useUsage } from '../../react';

export type UsageLoad =
  | { status: 'idle' | 'loading' | 'error' }
  | { status: 'ready'; current: Usage; previous?: Usage; at: number; key: string };

/** Always daily: weekly buckets and the user's days are ours; a server's weeks would not line up. */
const dailyQuery = (start: number, end: number): UsageQuery => ({
  from: new Date(start).toISOString(),
  to: new Date(end).toISOString(),
  granularity: 'day',
});

/**
 * The period and the period it is compared with (both, for an honest comparison), read through
 * the store, which shares each read. A new `attempt` (retry, refresh) reads both again.
 */
export function useUsageLoad(
  enabled: boolean,
  from: number,
  to: number,
  previousFrom: number,
  previousTo: number,
  attempt: number,
): UsageLoad {
  const { recovery } = useKitState();
  const currentQuery = React.useMemo(() => (enabled ? dailyQuery(from, to) : undefined), [enabled, from, to]);
  const previousQuery = React.useMemo(
    () => (enabled ? dailyQuery(previousFrom, previousTo) : undefined),
    [enabled, previousFrom, previousTo],
  );
  const current = useUsage(currentQuery);
  const previous = useUsage(previousQuery);

  const firstAttempt = React.useRef(attempt);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger; the queries are read at that moment.
  React.useEffect(() => {
    if (attempt === firstAttempt.current || !currentQuery || !previousQuery) return;
    void loadUsage(recovery, currentQuery, { fresh: true });
    void loadUsage(recovery, previousQuery, { fresh: true });
  }, [attempt, recovery]);

  return React.useMemo<UsageLoad>(() => {
    if (!enabled) return { status: 'idle' };
    if (current?.status === 'error' || current?.status === 'unsupported') return { status: 'error' };
    // Both settled, as one statement: a comparison never appears after the total.
    const settled = (state: AccountData<Usage> | undefined) =>
      state !== undefined && state.status !== 'loading' && !(state.status === 'ready' && state.refreshing);
    if (current?.status !== 'ready' || !settled(current) || !settled(previous)) return { status: 'loading' };
    return {
      status: 'ready',
      current: current.value,
      // Without the previous period there is simply no comparison — never a made-up one.
      previous: previous?.status === 'ready' ? previous.value : undefined,
      at: Math.max(current.readAt, previous?.status === 'ready' ? previous.readAt : 0),
      key: `${from}/${to}`,
    };
  }, [enabled, current, previous, from, to]);
}
