// Dismissals (banner, usage tips) live for the browser session. Storage may be missing (SSR),
// blocked (sandboxed iframes throw on access) or full: then an in-memory copy keeps them for this
// page instead.
const memory = new Map<string, string | null>();
const listeners = new Set<() => void>();

export function readSession(key: string): string | null {
  if (memory.has(key)) return memory.get(key) ?? null;
  try {
    return globalThis.sessionStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function writeSession(key: string, value: string | null): void {
  try {
    const storage = globalThis.sessionStorage;
    if (!storage) throw new Error('no sessionStorage');
    if (value === null) storage.removeItem(key);
    else storage.setItem(key, value);
    memory.delete(key);
  } catch {
    memory.set(key, value);
  }
  for (const listener of listeners) listener();
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
