// The tabs of one origin, in one process: each tab opens its own BroadcastChannel (Node's, as each
// browser tab has its own), and they share one localStorage and one lock manager.
import type { LocksLike } from '../../src/core';

/**
 * Web Locks as one origin has them: exclusive, granted in request order, abortable while queued;
 * `query()` lists the locks held now (the browser's one view for every tab).
 */
export function createLocks(): LocksLike {
  const tails = new Map<string, Promise<unknown>>();
  const held = new Set<string>();
  return {
    request(name, options, callback) {
      const before = tails.get(name) ?? Promise.resolve();
      const granted = before.then(async () => {
        if (options.signal?.aborted) throw options.signal.reason;
        held.add(name);
        try {
          return await callback({ name });
        } finally {
          held.delete(name);
        }
      });
      tails.set(
        name,
        granted.catch(() => undefined),
      );
      return granted;
    },
    query: async () => ({ held: [...held].map((name) => ({ name })) }),
  };
}

/**
 * One origin's localStorage, with the `storage` event every other tab receives on a write.
 * `storageLagMs`: as Chromium has it, each tab reads its own copy, and a write reaches the other
 * tabs' copies (and their `storage` events) that much later.
 */
export function createOrigin({ storageLagMs = 0 } = {}) {
  const items = new Map<string, string>();
  const windows: { events: EventTarget; copy: Map<string, string> }[] = [];
  const locks = createLocks();
  const tab = () => {
    const events = new EventTarget();
    const copy = storageLagMs ? new Map(items) : items;
    const self = { events, copy };
    windows.push(self);
    const apply = (target: Map<string, string>, key: string, newValue: string | null) => {
      if (newValue === null) target.delete(key);
      else target.set(key, newValue);
    };
    const changed = (key: string, newValue: string | null) => {
      apply(items, key, newValue);
      for (const other of windows) {
        if (other === self) continue;
        const reach = () => {
          if (other.copy !== items) apply(other.copy, key, newValue);
          other.events.dispatchEvent(Object.assign(new Event('storage'), { key, newValue }));
        };
        if (storageLagMs) setTimeout(reach, storageLagMs);
        else reach();
      }
    };
    const storage = {
      getItem: (key: string) => copy.get(key) ?? null,
      setItem(key: string, value: string) {
        apply(copy, key, String(value));
        changed(key, String(value));
      },
      removeItem(key: string) {
        apply(copy, key, null);
        changed(key, null);
      },
    };
    return { storage, events };
  };
  return { items, locks, tab };
}
