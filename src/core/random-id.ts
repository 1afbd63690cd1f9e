/** A random id, a UUID where the platform has one: idempotency keys, tab ids, message nonces. */
export const randomId = (): string =>
  globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random()}`.replace('.', '');
