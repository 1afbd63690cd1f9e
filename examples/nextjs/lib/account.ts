// The demo's account: an in-memory ledger shared by the route handlers and the server action of this
// one Next server process (on globalThis: each route is its own bundle, the account is one).
import type { Money } from 'topup-kit/core';

export const CURRENCY = 'USD';
/** What one run of "Monthly revenue" costs, in cents. */
export const QUERY_COST = 40;

type Account = {
  balanceMinor: number;
  usage: { at: string; amount: Money; category: string; label?: string }[];
  credits: { at: string; amount: Money }[];
  /** Top-ups by idempotency key: the same key never charges twice. */
  topUps: Map<string, { id: string; amount: Money; balance: Money }>;
};

const DAY_MS = 86_400_000;

function seed(): Account {
  const now = Date.now();
  // 29 days of spend, so the usage summary's period and run-out dates are on screen.
  const usage = Array.from({ length: 29 }, (_, day) => ({
    at: new Date(now - (day + 1) * DAY_MS).toISOString(),
    amount: { amountMinor: 40 + (day % 3) * 20, currency: CURRENCY },
    category: day % 2 ? 'Queries' : 'Exports',
  }));
  return { balanceMinor: 25, usage, credits: [], topUps: new Map() };
}

const store = globalThis as typeof globalThis & { __topupKitDemoAccount?: Account };
export const account = (): Account => {
  store.__topupKitDemoAccount ??= seed();
  return store.__topupKitDemoAccount;
};

export const balance = (): Money => ({ amountMinor: account().balanceMinor, currency: CURRENCY });

/** The seed 402 body (Jina's shape): our code, name and message, with the numbers. */
export const insufficientBalanceBody = () => ({
  code: 40203,
  name: 'InsufficientBalanceError',
  message: 'Account balance not enough to run this query, please recharge.',
  balance: balance(),
  required: { amountMinor: QUERY_COST, currency: CURRENCY },
});

/** Charges one query when the balance covers it; false when it does not. */
export function charge(label: string): boolean {
  const current = account();
  if (current.balanceMinor < QUERY_COST) return false;
  current.balanceMinor -= QUERY_COST;
  current.usage.push({
    at: new Date().toISOString(),
    amount: { amountMinor: QUERY_COST, currency: CURRENCY },
    category: 'Queries',
    label,
  });
  return true;
}
