// The billing server's storage: SQLite (sql.js, see sqlite.mjs). Every rule about money lives here.
//
// - `ledger` is append-only (triggers refuse UPDATE and DELETE): the balance is the sum of its entries.
//   Credits are positive (top-ups, auto-recharges, seeded history, adjustments), debits negative (usage).
// - `top_ups` holds each top-up and its current state; `idempotency_keys` maps a client's key (and the
//   fingerprint of the body it came with) to the one top-up it may ever create.
// - `usage_records` is what was spent on what; `settings` the alert settings with the consent record.

import { randomUUID } from 'node:crypto';
import { createAutoRecharge } from './auto-recharge.mjs';
import { Database } from './sqlite.mjs';

/** @typedef {{ amountMinor: number, currency: string }} Money */
/**
 * @typedef {{ id: string, brand: string, last4: string, isDefault?: boolean,
 *   behaviour: 'succeed' | 'decline' | 'requires_action' | 'slow' | 'pending' | 'cut' }} TestPaymentMethod
 */

/** The test cards. Their behaviour is fixed by id, like a payment provider's test mode. */
/** @type {readonly TestPaymentMethod[]} */
export const PAYMENT_METHODS = Object.freeze([
  { id: 'pm_visa_4242', brand: 'Visa', last4: '4242', isDefault: true, behaviour: 'succeed' },
  { id: 'pm_visa_0002', brand: 'Visa', last4: '0002', behaviour: 'decline' },
  { id: 'pm_mc_3155', brand: 'Mastercard', last4: '3155', behaviour: 'requires_action' },
  { id: 'pm_slow_9999', brand: 'Visa', last4: '9999', behaviour: 'slow' },
  { id: 'pm_sepa_1234', brand: 'SEPA Direct Debit', last4: '1234', behaviour: 'pending' },
  // The connection drops before any answer (and before any charge): what a flaky network does.
  { id: 'pm_cut_0119', brand: 'Visa', last4: '0119', behaviour: 'cut' },
]);

export const DEFAULT_PAYMENT_METHOD = 'pm_visa_4242';
export const DECLINE_REASON = 'Your card was declined by the bank.';
export const CANCELLED_REASON = 'The card check was cancelled.';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS ledger (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('top_up', 'auto_recharge', 'usage', 'seed_credit', 'adjustment')),
  amount_minor INTEGER NOT NULL CHECK (amount_minor <> 0),
  currency TEXT NOT NULL,
  ref TEXT
);
CREATE INDEX IF NOT EXISTS ledger_at ON ledger (at);
CREATE TRIGGER IF NOT EXISTS ledger_no_update BEFORE UPDATE ON ledger
  BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;
CREATE TRIGGER IF NOT EXISTS ledger_no_delete BEFORE DELETE ON ledger
  BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;

CREATE TABLE IF NOT EXISTS top_ups (
  id TEXT PRIMARY KEY,
  amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
  currency TEXT NOT NULL,
  payment_method_id TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('succeeded', 'pending', 'requires_action', 'failed')),
  failure_reason TEXT,
  balance_after_minor INTEGER,
  settle_at TEXT,
  origin TEXT NOT NULL DEFAULT 'api' CHECK (origin IN ('api', 'auto_recharge')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS idempotency_keys (
  key TEXT PRIMARY KEY,
  fingerprint TEXT NOT NULL,
  top_up_id TEXT NOT NULL REFERENCES top_ups (id),
  created_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS usage_records (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  category TEXT NOT NULL,
  label TEXT,
  amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
  currency TEXT NOT NULL,
  ledger_id INTEGER NOT NULL REFERENCES ledger (id)
);
CREATE INDEX IF NOT EXISTS usage_at ON usage_records (at);

CREATE TABLE IF NOT EXISTS settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  json TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS alerts_sent (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  kind TEXT NOT NULL,
  channels TEXT NOT NULL
);
`;

/** @param {string} currency @returns {import('../../src/core/types').AlertSettings} */
export function defaultSettings(currency) {
  const m = (amountMinor) => ({ amountMinor, currency });
  return {
    alertsEnabled: false,
    thresholds: [
      { amount: m(1000), level: 'warning' },
      { amount: m(200), level: 'critical' },
    ],
    channels: { email: [], inApp: true },
    autoRecharge: { enabled: false, threshold: m(500), amount: m(2500), monthlyCap: m(10000) },
  };
}

/**
 * @param {{ dbPath: string, currency: string, now: () => Date, pendingMs: number }} options
 */
export function openStore({ dbPath, currency, now, pendingMs }) {
  const db = new Database(dbPath);
  db.pragma('foreign_keys = ON');
  db.exec(SCHEMA);

  const iso = () => now().toISOString();
  /** @param {number} amountMinor @returns {Money} */
  const money = (amountMinor) => ({ amountMinor, currency });

  const q = {
    balance: db.prepare('SELECT COALESCE(SUM(amount_minor), 0) AS v FROM ledger'),
    lastAt: db.prepare('SELECT MAX(at) AS v FROM ledger'),
    pending: db.prepare("SELECT COALESCE(SUM(amount_minor), 0) AS v FROM top_ups WHERE status = 'pending'"),
    addLedger: db.prepare(
      'INSERT INTO ledger (at, kind, amount_minor, currency, ref) VALUES (?, ?, ?, ?, ?)',
    ),
    addUsage: db.prepare(
      'INSERT INTO usage_records (at, category, label, amount_minor, currency, ledger_id) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    addTopUp: db.prepare(
      `INSERT INTO top_ups (id, amount_minor, currency, payment_method_id, status, failure_reason,
         balance_after_minor, settle_at, origin, created_at, updated_at)
       VALUES (@id, @amountMinor, @currency, @paymentMethodId, @status, @failureReason,
         @balanceAfterMinor, @settleAt, @origin, @at, @at)`,
    ),
    setTopUp: db.prepare(
      `UPDATE top_ups SET status = @status, failure_reason = @failureReason,
         balance_after_minor = @balanceAfterMinor, updated_at = @at WHERE id = @id`,
    ),
    topUp: db.prepare('SELECT * FROM top_ups WHERE id = ?'),
    key: db.prepare('SELECT * FROM idempotency_keys WHERE key = ?'),
    addKey: db.prepare(
      'INSERT INTO idempotency_keys (key, fingerprint, top_up_id, created_at) VALUES (?, ?, ?, ?)',
    ),
    due: db.prepare("SELECT id FROM top_ups WHERE status = 'pending' AND settle_at <= ? ORDER BY settle_at"),
    settings: db.prepare('SELECT json FROM settings WHERE id = 1'),
    saveSettings: db.prepare(
      'INSERT INTO settings (id, json, updated_at) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at',
    ),
    addAlert: db.prepare('INSERT INTO alerts_sent (at, kind, channels) VALUES (?, ?, ?)'),
  };

  const balanceMinor = () => /** @type {{v: number}} */ (q.balance.get()).v;

  /** Appends one entry; returns its id. @param {string} kind @param {number} amountMinor @param {string | null} ref @param {string} [at] */
  const append = (kind, amountMinor, ref, at = iso()) =>
    Number(q.addLedger.run(at, kind, amountMinor, currency, ref).lastInsertRowid);

  /** Credits a top-up that has just succeeded. */
  const creditTopUp = (/** @type {any} */ row) => {
    append(row.origin === 'auto_recharge' ? 'auto_recharge' : 'top_up', row.amount_minor, row.id);
    q.setTopUp.run({
      id: row.id,
      status: 'succeeded',
      failureReason: null,
      balanceAfterMinor: balanceMinor(),
      at: iso(),
    });
  };

  /**
   * Charges a test card. The top-up row is written (and a success credited) before anyone answers,
   * so a slow answer or a lost response never loses the money: GET /top-ups/{key} finds it.
   * @param {{ amountMinor: number, paymentMethodId: string, origin?: 'api' | 'auto_recharge' }} charge
   */
  const charge = ({ amountMinor, paymentMethodId, origin = 'api' }) => {
    const method = PAYMENT_METHODS.find((m) => m.id === paymentMethodId);
    if (!method) throw new Error(`unknown payment method ${paymentMethodId}`);
    const at = iso();
    const id = `tu_${randomUUID().replaceAll('-', '').slice(0, 20)}`;
    let status = 'succeeded';
    let failureReason = null;
    let settleAt = null;
    let balanceAfterMinor = null;
    if (method.behaviour === 'decline') {
      status = 'failed';
      failureReason = DECLINE_REASON;
    } else if (method.behaviour === 'requires_action') {
      // The bank wants the cardholder, for an automatic charge too: it waits on the 3-D Secure page.
      status = 'requires_action';
    } else if (method.behaviour === 'pending') {
      status = 'pending';
      settleAt = new Date(now().getTime() + pendingMs).toISOString();
    } else {
      append(origin === 'auto_recharge' ? 'auto_recharge' : 'top_up', amountMinor, id, at);
      balanceAfterMinor = balanceMinor();
    }
    q.addTopUp.run({
      id,
      amountMinor,
      currency,
      paymentMethodId,
      status,
      failureReason,
      balanceAfterMinor,
      settleAt,
      origin,
      at,
    });
    return id;
  };

  /** Pending debits that are due settle when anyone next looks (no timers to leak). */
  const settleDue = db.transaction(() => {
    for (const { id } of /** @type {{id: string}[]} */ (q.due.all(iso()))) creditTopUp(q.topUp.get(id));
  });

  const readSettings = () => {
    const row = /** @type {{json: string} | undefined} */ (q.settings.get());
    return row ? JSON.parse(row.json) : defaultSettings(currency);
  };

  // Charges auto-recharge makes on its own: one per threshold crossing (auto-recharge.mjs).
  const auto = createAutoRecharge({
    db,
    iso,
    now,
    balanceMinor,
    readSettings,
    charge: (c) => charge(c),
    defaultPaymentMethod: DEFAULT_PAYMENT_METHOD,
  });
  const autoRecharge = auto.run;

  /** The top-up as the API shows it (docs/billing-api.md, POST /top-ups). */
  const view = (/** @type {any} */ row) => {
    /** @type {Record<string, unknown>} */
    const out = { id: row.id, status: row.status };
    if (row.balance_after_minor != null) out.balance = money(row.balance_after_minor);
    if (row.status === 'failed') out.failureReason = row.failure_reason;
    // When the debit is due to land, so the client can say so and look again then.
    if (row.status === 'pending' && row.settle_at) out.expectedAt = row.settle_at;
    return out;
  };

  return {
    db,
    currency,
    money,
    balanceMinor,
    settleDue,
    readSettings,
    view,

    balance() {
      settleDue();
      const last = /** @type {{v: string | null}} */ (q.lastAt.get()).v;
      const pending = /** @type {{v: number}} */ (q.pending.get()).v;
      return {
        balance: money(balanceMinor()),
        ...(pending ? { pending: money(pending) } : {}),
        updatedAt: last ?? iso(),
      };
    },

    /**
     * At most one charge per idempotency key, decided inside one transaction.
     * @param {string} key @param {string} fingerprint @param {number} amountMinor @param {string} paymentMethodId
     * @returns {{ kind: 'created' | 'replayed', row: any } | { kind: 'conflict' }}
     */
    topUp: db.transaction((key, fingerprint, amountMinor, paymentMethodId) => {
      const existing = /** @type {any} */ (q.key.get(key));
      if (existing) {
        if (existing.fingerprint !== fingerprint) return { kind: 'conflict' };
        return { kind: 'replayed', row: q.topUp.get(existing.top_up_id) };
      }
      const id = charge({ amountMinor, paymentMethodId });
      q.addKey.run(key, fingerprint, id, iso());
      return { kind: 'created', row: q.topUp.get(id) };
    }),

    /** @param {string} key */
    topUpByKey(key) {
      settleDue();
      const existing = /** @type {any} */ (q.key.get(key));
      return existing ? q.topUp.get(existing.top_up_id) : undefined;
    },

    /** @param {string} id */
    topUpById: (id) => /** @type {any} */ (q.topUp.get(id)),

    /** 3-D Secure passed: credit once, however often the button is pressed. */
    confirmAction: db.transaction((/** @type {string} */ id) => {
      const row = /** @type {any} */ (q.topUp.get(id));
      if (row?.status === 'requires_action') {
        creditTopUp(row);
        auto.confirmed(row);
      }
      return q.topUp.get(id);
    }),

    cancelAction: db.transaction((/** @type {string} */ id) => {
      const row = /** @type {any} */ (q.topUp.get(id));
      if (row?.status === 'requires_action') {
        q.setTopUp.run({
          id,
          status: 'failed',
          failureReason: CANCELLED_REASON,
          balanceAfterMinor: null,
          at: iso(),
        });
        auto.cancelled(row);
      }
      return q.topUp.get(id);
    }),

    /**
     * Runs one metered unit of work: refuses (nothing written) when the balance is short, else debits and
     * records the usage in one transaction.
     * @param {{ costMinor: number, category: string, label?: string }} run
     * @returns {{ ok: true, balanceMinor: number } | { ok: false, balanceMinor: number }}
     */
    spend: db.transaction(({ costMinor, category, label }) => {
      settleDue();
      if (balanceMinor() < costMinor) autoRecharge();
      if (balanceMinor() < costMinor) return { ok: false, balanceMinor: balanceMinor() };
      const at = iso();
      const ledgerId = append('usage', -costMinor, 'usage', at);
      q.addUsage.run(at, category, label ?? null, costMinor, currency, ledgerId);
      autoRecharge();
      return { ok: true, balanceMinor: balanceMinor() };
    }),

    /** @param {unknown} settings */
    saveSettings: db.transaction((settings) => {
      q.saveSettings.run(JSON.stringify(settings), iso());
      settleDue();
      // A save with auto-recharge on is a fresh consent: it charges at once under the threshold.
      if (/** @type {any} */ (settings).autoRecharge?.enabled) auto.saved();
      return readSettings();
    }),

    /** The settings as the API shows them: auto-recharge's status and latest charge included. */
    settingsView: (/** @type {(row: any) => Record<string, unknown>} */ viewTopUp) =>
      auto.view(readSettings(), money, viewTopUp),
    /** Every automatic charge with the consent record it was made under. */
    autoCharges: auto.charges,

    /** @param {string} kind @param {string[]} channels */
    recordAlert(kind, channels) {
      q.addAlert.run(iso(), kind, JSON.stringify(channels));
    },

    /** Spend and credits in [from, to), oldest first. @param {string} from @param {string} to */
    usage(from, to) {
      settleDue();
      const records = db
        .prepare(
          'SELECT at, category, label, amount_minor FROM usage_records WHERE at >= ? AND at < ? ORDER BY at, id',
        )
        .all(from, to);
      const credits = db
        .prepare(
          'SELECT at, amount_minor, kind FROM ledger WHERE amount_minor > 0 AND at >= ? AND at < ? ORDER BY at, id',
        )
        .all(from, to);
      return { records, credits };
    },

    /** Seeding and tests: an entry at a given time. @param {string} kind @param {number} amountMinor @param {string} at @param {string | null} [ref] */
    append,
    /** Seeding: a usage record with its debit. */
    addUsageAt(
      /** @type {string} */ at,
      /** @type {string} */ category,
      /** @type {string | null} */ label,
      /** @type {number} */ amountMinor,
    ) {
      const ledgerId = append('usage', -amountMinor, 'usage', at);
      q.addUsage.run(at, category, label, amountMinor, currency, ledgerId);
    },

    // Read-only views for tests and the CLI.
    ledger: () =>
      db
        .prepare('SELECT id, at, kind, amount_minor AS amountMinor, currency, ref FROM ledger ORDER BY id')
        .all(),
    topUps: () =>
      db
        .prepare(
          `SELECT t.id, k.key AS idempotencyKey, t.amount_minor AS amountMinor, t.currency,
             t.payment_method_id AS paymentMethodId, t.status, t.failure_reason AS failureReason, t.origin,
             t.created_at AS createdAt
           FROM top_ups t LEFT JOIN idempotency_keys k ON k.top_up_id = t.id ORDER BY t.created_at, t.rowid`,
        )
        .all(),
    alerts: () => db.prepare('SELECT at, kind, channels FROM alerts_sent ORDER BY id').all(),
    close: () => db.close(),
  };
}
