import * as React from 'react';
import type { AlertSettings, BillingAdapter, Recovery, Usage } from '../core';
import { DAY_MS } from '../core/time';
import { useKit } from './context';

/**
 * The account data several components read to agree on their numbers (the saved alert levels, the
 * last 30 days of usage): loaded once per adapter and shared, like the balance in the store, so
 * the banner, the modal and the billing page suggest the same top-up from the same facts.
 */

type Entry<T> = {
  /** `undefined` while loading, `null` when unavailable or failed. */
  value: T | null | undefined;
  loading?: Promise<void>;
  listeners: Set<() => void>;
};

type Resource<T> = {
  key: string;
  load?: (adapter: BillingAdapter) => ((signal: AbortSignal) => Promise<T>) | undefined;
  /** Events after which the data is read again (settings saved elsewhere on the page). */
  reloadOn?: string[];
};

const entries = new WeakMap<BillingAdapter, Map<string, Entry<unknown>>>();

function entryFor<T>(adapter: BillingAdapter, key: string): Entry<T> {
  let byKey = entries.get(adapter);
  if (!byKey) {
    byKey = new Map();
    entries.set(adapter, byKey);
  }
  let entry = byKey.get(key) as Entry<T> | undefined;
  if (!entry) {
    entry = { value: undefined, listeners: new Set() };
    byKey.set(key, entry);
  }
  return entry;
}

function load<T>(adapter: BillingAdapter, resource: Resource<T>, entry: Entry<T>): void {
  const read = resource.load?.(adapter);
  if (!read) {
    entry.value = null;
    return;
  }
  const controller = new AbortController();
  const settle = (value: T | null) => {
    entry.value = value;
    entry.loading = undefined;
    for (const listener of entry.listeners) listener();
  };
  entry.loading = read(controller.signal).then(settle, () => settle(null));
}

function useResource<T>(resource: Resource<T>, enabled = true): T | null | undefined {
  const { adapter, recovery } = useKit();
  const entry = entryFor<T>(adapter, resource.key);
  const subscribe = React.useCallback(
    (listener: () => void) => {
      entry.listeners.add(listener);
      return () => entry.listeners.delete(listener);
    },
    [entry],
  );
  const value = React.useSyncExternalStore(
    subscribe,
    () => (enabled ? entry.value : null),
    // The server renders without the data (it loads in the browser): both first renders agree.
    () => (enabled ? undefined : null),
  );
  React.useEffect(() => {
    if (enabled && entry.value === undefined && !entry.loading) load(adapter, resource, entry);
  }, [enabled, adapter, resource, entry]);
  useReloadOn(recovery, resource, adapter, entry);
  return value;
}

function useReloadOn<T>(recovery: Recovery, resource: Resource<T>, adapter: BillingAdapter, entry: Entry<T>) {
  React.useEffect(() => {
    const events = resource.reloadOn;
    if (!events) return;
    return recovery.onEvent((event) => {
      if (events.includes(event.type)) load(adapter, resource, entry);
    });
  }, [recovery, resource, adapter, entry]);
}

const alertSettings: Resource<AlertSettings> = {
  key: 'alert-settings',
  load: (adapter) => {
    const get = adapter.getAlertSettings;
    return get && ((signal) => get.call(adapter, { signal }));
  },
  // A 402 may have made the server try auto-recharge (and pause it, or wait for the bank).
  reloadOn: ['alerts_saved', 'blocked'],
};

/** Days of usage the shared forecast reads (the usage summary's default period, too). */
export const RECENT_USAGE_DAYS = 30;

const recentUsage: Resource<Usage> = {
  key: 'recent-usage',
  load: (adapter) => {
    const get = adapter.getUsage;
    return (
      get &&
      ((signal) => {
        const to = Date.now();
        const from = to - RECENT_USAGE_DAYS * DAY_MS;
        return get.call(
          adapter,
          { from: new Date(from).toISOString(), to: new Date(to).toISOString() },
          { signal },
        );
      })
    );
  },
  // A save can charge at once (auto-recharge under the threshold): its credit shows.
  reloadOn: ['alerts_saved'],
};

/** The saved alert settings (`undefined` while loading, `null` without `getAlertSettings`). */
export function useSavedAlertSettings(enabled = true): AlertSettings | null | undefined {
  return useResource(alertSettings, enabled);
}

/** The last 30 days of usage (`undefined` while loading, `null` without `getUsage`). */
export function useRecentUsage(enabled = true): Usage | null | undefined {
  return useResource(recentUsage, enabled);
}
