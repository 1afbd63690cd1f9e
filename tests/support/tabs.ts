// The tabs of one origin, in one process: each tab opens its own BroadcastChannel (Node's, as each
// browser tab has its own), and they share one localStorage and one lock manager.
import type { LocksLike } from '../../src/core';

/** Web Locks as one origin has them: exclusive, granted in request order, abortable while queued. */
export function createLocks(): LocksLike {
  const tails = new Map<string, Promise<unknown>>();
  return {
    request(name, options, callback) {
      const before = tails.get(name) ?? Promise.resolve();
      const granted = before.then(() => {
        if (options.signal?.aborted) throw options.signal.reason;
        return callback({ name });
      });
      tails.set(
        name,
        granted.catch(() => undefined),
      );
      return granted;
    },
  };
}

/** One origin's localStorage, with the `storage` event every other tab receives on a write. */
export function createOrigin() {
  const items = new Map<string, string>();
  const windows: EventTarget[] = [];
  const locks = createLocks();
  const tab = () => {
    const events = new EventTarget();
    windows.push(events);
    const changed = (key: string, newValue: string | null) => {
      for (const other of windows)
        if (other !== events) other.dispatchEvent(Object.assign(new Event('storage'), { key, newValue }));
    };
    const storage = {
      getItem: (key: string) => items.get(key) ?? null,
      setItem(key: string, value: string) {
        items.set(key, String(value));
        changed(key, String(value));
      },
      removeItem(key: string) {
        items.delete(key);
        changed(key, null);
      },
    };
    return { storage, events };
  };
  return { items, locks, tab };
}
