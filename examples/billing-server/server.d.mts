// Types for server.mjs (plain ESM, run by node without a build step), for TypeScript callers:
// the server tests, the demo's dev script and end-to-end tests.
import type { Server } from 'node:http';

export type BillingServerOptions = {
  /** SQLite file; default ':memory:'. */
  dbPath?: string;
  /** Default 0: the OS picks a free port. The server listens on 127.0.0.1 only. */
  port?: number;
  /** Price of one POST /api/query run, in minor units; default 40 ($0.40). */
  queryCostMinor?: number;
  /** How long pm_slow_9999 takes to answer (the charge lands at once); default 20000. */
  slowMs?: number;
  /** How long pm_sepa_1234 stays pending before it is credited; default 10000. */
  pendingMs?: number;
  /** Largest top-up in minor units; default 1000000. */
  maxTopUpMinor?: number;
  /** The account's currency; default 'USD'. */
  currency?: string;
  /** Seed the demo history into an empty database: 60 days of usage, the top-ups that paid for it, a low balance. */
  seed?: boolean;
  /** The balance the seed leaves, in minor units; default 25 (less than one query run). */
  seedBalanceMinor?: number;
  /** The clock; default the real one. */
  now?: () => Date;
  /** Origins besides this server's own that the 3-D Secure page may redirect back to (`?return=`). */
  returnOrigins?: string[];
  /** One line per request on stderr. */
  log?: boolean;
};

export type LedgerKind = 'top_up' | 'auto_recharge' | 'usage' | 'seed_credit' | 'adjustment';

export type LedgerEntry = {
  id: number;
  at: string;
  kind: LedgerKind;
  /** Positive: a credit. Negative: a debit. */
  amountMinor: number;
  currency: string;
  ref: string | null;
};

export type TopUpRow = {
  id: string;
  /** null for auto-recharges (they have no client key). */
  idempotencyKey: string | null;
  amountMinor: number;
  currency: string;
  paymentMethodId: string;
  status: 'succeeded' | 'pending' | 'requires_action' | 'failed';
  failureReason: string | null;
  origin: 'api' | 'auto_recharge';
  createdAt: string;
};

export type TestPaymentMethod = {
  id: string;
  brand: string;
  last4: string;
  isDefault?: boolean;
  behaviour: 'succeed' | 'decline' | 'requires_action' | 'slow' | 'pending' | 'cut';
};

export type BillingServer = {
  server: Server;
  /** The server's origin, e.g. "http://127.0.0.1:8787". */
  url: string;
  /** `${url}/billing`: the baseUrl for createHttpBillingAdapter. */
  billingUrl: string;
  /** The storage layer (SQLite through sql.js, see sqlite.mjs); prefer the helpers below. */
  store: unknown;
  /** Every ledger entry, oldest first. */
  ledger(): LedgerEntry[];
  /** The sum of the ledger, in minor units. */
  balanceMinor(): number;
  /** Every top-up (API and auto-recharge), oldest first. */
  topUps(): TopUpRow[];
  /** How many top-ups have been credited to the ledger through the API (3-D Secure and settled debits included). */
  topUpCount(): number;
  /** Every automatic charge (oldest first), with the consent record it was made under. */
  autoCharges(): {
    topUpId: string;
    mode: 'amount' | 'target';
    amountMinor: number;
    status: 'succeeded' | 'pending' | 'requires_action' | 'failed';
    paymentMethodId: string;
    createdAt: string;
    consent: { terms: string; acceptedAt: string; version: string };
  }[];
  /** Test alerts the server "sent". */
  alerts(): { at: string; kind: string; channels: string }[];
  /** Appends an adjustment entry (positive or negative) to the ledger; returns its id. */
  adjust(amountMinor: number, note?: string): number;
  /** Stops listening, drops open connections and slow answers, closes the database. Idempotent. */
  close(): Promise<void>;
};

export function createBillingServer(options?: BillingServerOptions): Promise<BillingServer>;

export const PAYMENT_METHODS: readonly TestPaymentMethod[];
export const INSUFFICIENT_BALANCE_MESSAGE: string;
