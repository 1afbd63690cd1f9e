import {
  type BillingAdapter,
  InsufficientBalanceError,
  type Money,
  money,
  type TopUpResult,
} from '../../src/core';

/**
 * A recording fake of the billing backend. It charges at most once per idempotency key, like a real
 * server must. `script` decides what each topUp call does: a result, or "throw" (the answer is lost).
 * "charge-then-throw" takes the money and loses the answer (a timeout after the server acted).
 */
export type Step = TopUpResult['status'] | 'throw' | 'charge-then-throw';

export const createFakeAdapter = (start = 0, { withGetTopUp = true } = {}) => {
  const state = {
    balance: start,
    charges: [] as { key: string; amount: Money }[],
    calls: [] as { key: string; amount: Money; paymentMethodId?: string }[],
    results: new Map<string, TopUpResult>(),
    script: [] as Step[],
    balanceCalls: 0,
    failBalance: false,
  };
  const charge = (key: string, amount: Money) => {
    if (state.charges.some((c) => c.key === key)) return;
    state.charges.push({ key, amount });
    state.balance += amount.amountMinor;
  };
  const adapter: BillingAdapter = {
    async getBalance() {
      state.balanceCalls++;
      if (state.failBalance) throw new Error('balance unavailable');
      return { balance: money(state.balance, 'USD') };
    },
    async topUp({ amount, idempotencyKey, paymentMethodId }) {
      state.calls.push({ key: idempotencyKey, amount, paymentMethodId });
      await Promise.resolve();
      const step = state.script.shift() ?? 'succeeded';
      const done = state.results.get(idempotencyKey);
      if (done && done.status !== 'failed') return done;
      if (step === 'throw') throw new TypeError('Failed to fetch');
      if (step === 'charge-then-throw') {
        charge(idempotencyKey, amount);
        state.results.set(idempotencyKey, { status: 'succeeded', balance: money(state.balance, 'USD') });
        throw new DOMException('The operation timed out.', 'TimeoutError');
      }
      if (step === 'succeeded') charge(idempotencyKey, amount);
      const result: TopUpResult =
        step === 'failed'
          ? { status: 'failed', failureReason: 'Your card was declined.' }
          : step === 'requires_action'
            ? { status: 'requires_action', actionUrl: 'https://bank.example/3ds?x=1' }
            : { status: step, balance: money(state.balance, 'USD') };
      state.results.set(idempotencyKey, result);
      return result;
    },
  };
  if (withGetTopUp) adapter.getTopUp = async (key) => state.results.get(key) ?? null;
  /** Lands a pending or 3-D Secure top-up, as the payment provider's webhook would. */
  const land = (key: string) => {
    const call = state.calls.find((c) => c.key === key);
    if (!call) throw new Error(`no call with key ${key}`);
    charge(key, call.amount);
    state.results.set(key, { status: 'succeeded', balance: money(state.balance, 'USD') });
  };
  return { adapter, state, land };
};

export const ibe = (
  serverMessage = 'Account balance not enough',
  extra: Partial<InsufficientBalanceError> = {},
) => new InsufficientBalanceError({ httpStatus: 402, code: 40203, serverMessage, raw: null, ...extra });

/** Lets every pending promise callback run. */
export const flush = async (times = 20) => {
  for (let i = 0; i < times; i++) await new Promise((r) => setTimeout(r, 0));
};
