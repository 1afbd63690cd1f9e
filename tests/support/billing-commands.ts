// The reference billing server for browser tests. It runs in Node (SQLite), so Chromium reaches it
// through Vitest browser commands (vitest.config.ts registers these for the browser project): a test
// starts its own server on 127.0.0.1 port 0, talks to it over real HTTP, reads the ledger, stops it.
import type { BrowserCommand } from 'vitest/node';
import type {
  BillingServer,
  BillingServerOptions,
  LedgerEntry,
  TopUpRow,
} from '../../examples/billing-server/server.mjs';

/** Serialisable options a browser test may set (no clock: it lives in Node). */
export type BrowserBillingOptions = Pick<
  BillingServerOptions,
  'slowMs' | 'pendingMs' | 'maxTopUpMinor' | 'seedBalanceMinor' | 'queryCostMinor'
>;

export type BrowserBillingServer = { id: string; url: string; billingUrl: string };

const servers = new Map<string, BillingServer>();
let started = 0;

const serverOf = (id: string) => {
  const billing = servers.get(id);
  if (!billing) throw new Error(`No billing server ${id} (already stopped?)`);
  return billing;
};

const startBillingServer: BrowserCommand<[BrowserBillingOptions?], BrowserBillingServer> = async (
  _context,
  options = {},
) => {
  // Loaded on first use: the config that lists these commands is read by every Vitest project.
  const { createBillingServer } = await import('../../examples/billing-server/server.mjs');
  const billing = await createBillingServer({ seed: true, ...options });
  const id = `billing-${++started}`;
  servers.set(id, billing);
  return { id, url: billing.url, billingUrl: billing.billingUrl };
};

const billingLedger: BrowserCommand<[string], LedgerEntry[]> = (_context, id) => serverOf(id).ledger();

const billingTopUps: BrowserCommand<[string], TopUpRow[]> = (_context, id) => serverOf(id).topUps();

const stopBillingServer: BrowserCommand<[string], void> = async (_context, id) => {
  await servers.get(id)?.close();
  servers.delete(id);
};

export const billingCommands = { startBillingServer, billingLedger, billingTopUps, stopBillingServer };

declare module 'vitest/browser' {
  interface BrowserCommands {
    startBillingServer: (options?: BrowserBillingOptions) => Promise<BrowserBillingServer>;
    billingLedger: (id: string) => Promise<LedgerEntry[]>;
    billingTopUps: (id: string) => Promise<TopUpRow[]>;
    stopBillingServer: (id: string) => Promise<void>;
  }
}
