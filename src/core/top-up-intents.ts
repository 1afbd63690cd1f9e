import type { Money, RecoveryOptions, TopUpOutcome } from './types';

/** One top-up intent (amount + method): its idempotency key, the call in flight, the balance before it. */
export type TopUpIntent = {
  idempotencyKey: string;
  /** In memory only (the rest is kept in storage, under these names). */
  _inFlight?: Promise<TopUpOutcome>;
  balanceBefore?: Money;
};

const STORAGE_KEY = 'topup-kit:top-ups';

/** One intent per amount and payment method: pressing the same choice again is the same decision. */
export const intentIdOf = (amount: Money, paymentMethodId?: string) =>
  `${amount.currency}${amount.amountMinor} ${paymentMethodId}`;

/**
 * The open top-up intents by intent id. They survive a reload when the host gives a storage (the
 * provider passes sessionStorage): clicking "Top up" again after a reload mid-payment reuses the
 * key, so the server answers with the first charge instead of making a second.
 */
export const createTopUpIntents = (storage: RecoveryOptions['storage']) => {
  const readStored = (): [string, TopUpIntent][] => {
    try {
      const stored = JSON.parse(storage?.getItem(STORAGE_KEY) ?? '[]');
      return Array.isArray(stored) ? stored : [];
    } catch {
      return [];
    }
  };
  const intents = new Map<string, TopUpIntent>(readStored());
  /** Writes the keys and balances (never the calls in flight) back to the storage. */
  const save = () => {
    const kept = [...intents].map(([id, { idempotencyKey, balanceBefore }]) => [
      id,
      { idempotencyKey, balanceBefore },
    ]);
    try {
      storage?.setItem(STORAGE_KEY, JSON.stringify(kept));
    } catch {}
  };
  return { intents, save };
};
