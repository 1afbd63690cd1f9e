import * as React from 'react';
import type { Usage } from '../../core';
import { useKit } from '../../react';

export type UsageLoad =
  | { status: 'idle' | 'loading' | 'error' }
  | { status: 'ready'; current: Usage; previous?: Usage; at: number; key: string };

/** Loads the period and the period it is compared with from the adapter (both, for an honest comparison). */
export function useUsageLoad(
  enabled: boolean,
  from: number,
  to: number,
  previousFrom: number,
  previousTo: number,
  attempt: number,
): UsageLoad {
  const { adapter } = useKit();
  const [load, setLoad] = React.useState<UsageLoad>({ status: 'idle' });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger.
  React.useEffect(() => {
    if (!enabled || !adapter.getUsage) return;
    const controller = new AbortController();
    const { signal } = controller;
    const query = async (start: number, end: number) =>
      // Always daily: weekly buckets and the user's days are ours; a server's weeks would not line up.
      // (async, so an adapter that throws synchronously still ends in the error state.)
      (adapter.getUsage as NonNullable<typeof adapter.getUsage>).call(
        adapter,
        { from: new Date(start).toISOString(), to: new Date(end).toISOString(), granularity: 'day' },
        { signal },
      );
    setLoad({ status: 'loading' });
    Promise.allSettled([query(from, to), query(previousFrom, previousTo)]).then(([current, previous]) => {
      if (signal.aborted) return;
      setLoad(
        current.status === 'fulfilled'
          ? {
              status: 'ready',
              current: current.value,
              // Without the previous period there is simply no comparison — never a made-up one.
              previous: previous.status === 'fulfilled' ? previous.value : undefined,
              at: Date.now(),
              key: `${from}/${to}`,
            }
          : { status: 'error' },
      );
    });
    return () => controller.abort();
  }, [enabled, adapter, from, to, previousFrom, previousTo, attempt]);
  // Until the effect has run, data loaded for another period is not this period's.
  return load.status === 'ready' && load.key !== `${from}/${to}` ? { status: 'loading' } : load;
}
