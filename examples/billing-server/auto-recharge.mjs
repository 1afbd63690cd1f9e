// Auto-recharge on the billing server: the charges it makes on its own, under the user's consent.
//
// The rules (docs/billing-api.md, "Auto-recharge"):
// - One automatic charge per threshold crossing. The account is "armed" while its balance is at or
//   above the threshold (and by every save that turns auto-recharge on); an automatic charge that
//   succeeds, pends or waits for the bank disarms it. A decline moved no money: the next trigger
//   tries again, and the third decline in a row pauses auto-recharge with the reason.
// - requires_action (the bank wants the cardholder) is never retried blindly: auto-recharge waits
//   for the 3-D Secure page, a new card or a new save.
// - Mode `amount` adds the amount if it fits in what is left of the monthly cap; mode `target` adds
//   what brings the balance back to the target, trimmed to what is left of the cap.
// - Every automatic charge is recorded with the consent record it was made under.

const STATE_SCHEMA = `
CREATE TABLE IF NOT EXISTS auto_recharge_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  armed INTEGER NOT NULL,
  declines INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('active', 'paused', 'requires_action')),
  status_reason TEXT
);
CREATE TABLE IF NOT EXISTS auto_recharge_charges (
  top_up_id TEXT PRIMARY KEY REFERENCES top_ups (id),
  mode TEXT NOT NULL,
  consent_json TEXT NOT NULL,
  created_at TEXT NOT NULL
);
`;

export const DECLINES_BEFORE_PAUSE = 3;
export const PAUSED_AFTER_DECLINES =
  'Your card was declined 3 times in a row, so auto-recharge is paused. Nothing more will be charged until you turn it back on.';
export const PAUSED_AFTER_CANCEL =
  'The bank check for an auto-recharge was cancelled, so nothing was charged and auto-recharge is paused.';
const REPLACED_REASON = 'Replaced by new auto-recharge settings, so nothing was charged.';

/**
 * @param {{
 *   db: import('./sqlite.mjs').Database,
 *   iso: () => string,
 *   now: () => Date,
 *   balanceMinor: () => number,
 *   readSettings: () => any,
 *   charge: (c: { amountMinor: number, paymentMethodId: string, origin: 'auto_recharge' }) => string,
 *   defaultPaymentMethod: string,
 * }} deps
 */
export function createAutoRecharge({
  db,
  iso,
  now,
  balanceMinor,
  readSettings,
  charge,
  defaultPaymentMethod,
}) {
  db.exec(STATE_SCHEMA);
  const q = {
    state: db.prepare(
      'SELECT armed, declines, status, status_reason AS statusReason FROM auto_recharge_state WHERE id = 1',
    ),
    setState: db.prepare(
      `INSERT INTO auto_recharge_state (id, armed, declines, status, status_reason) VALUES (1, @armed, @declines, @status, @statusReason)
       ON CONFLICT (id) DO UPDATE SET armed = excluded.armed, declines = excluded.declines, status = excluded.status,
         status_reason = excluded.status_reason`,
    ),
    // Money auto-recharge took (or has on its way) this month: what the cap is measured against.
    takenSince: db.prepare(
      "SELECT COALESCE(SUM(amount_minor), 0) AS v FROM top_ups WHERE origin = 'auto_recharge' AND status IN ('succeeded', 'pending') AND created_at >= ?",
    ),
    record: db.prepare(
      'INSERT INTO auto_recharge_charges (top_up_id, mode, consent_json, created_at) VALUES (?, ?, ?, ?)',
    ),
    topUp: db.prepare('SELECT * FROM top_ups WHERE id = ?'),
    latest: db.prepare(
      "SELECT * FROM top_ups WHERE origin = 'auto_recharge' ORDER BY created_at DESC, rowid DESC LIMIT 1",
    ),
    waiting: db.prepare(
      "SELECT id FROM top_ups WHERE origin = 'auto_recharge' AND status = 'requires_action'",
    ),
    drop: db.prepare(
      "UPDATE top_ups SET status = 'failed', failure_reason = @reason, updated_at = @at WHERE id = @id AND status = 'requires_action'",
    ),
    charges: db.prepare(
      `SELECT c.top_up_id AS topUpId, c.mode, c.consent_json AS consentJson, t.amount_minor AS amountMinor,
         t.status, t.payment_method_id AS paymentMethodId, c.created_at AS createdAt
       FROM auto_recharge_charges c JOIN top_ups t ON t.id = c.top_up_id ORDER BY c.created_at, c.rowid`,
    ),
  };

  /** @returns {{ armed: number, declines: number, status: 'active' | 'paused' | 'requires_action', statusReason: string | null }} */
  const state = () =>
    /** @type {any} */ (q.state.get()) ?? { armed: 1, declines: 0, status: 'active', statusReason: null };
  /** @param {Partial<ReturnType<typeof state>>} change */
  const setState = (change) => q.setState.run({ ...state(), ...change });

  const monthStart = () => {
    const d = now();
    return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)).toISOString();
  };

  /**
   * Charges once for this threshold crossing, if the consent, the status and the cap allow it.
   * Runs inside the caller's transaction. Returns the top-up id, if one was made.
   */
  const run = () => {
    const auto = readSettings().autoRecharge;
    if (!auto?.enabled || !auto.consent) return undefined;
    const current = state();
    const balance = balanceMinor();
    if (balance >= auto.threshold.amountMinor) {
      if (!current.armed) setState({ armed: 1 });
      return undefined;
    }
    // Paused or waiting for the bank: never retried blindly. Disarmed: this crossing was charged.
    if (current.status !== 'active' || !current.armed) return undefined;
    const left = auto.monthlyCap.amountMinor - /** @type {{v: number}} */ (q.takenSince.get(monthStart())).v;
    const mode = auto.mode === 'target' && auto.target ? 'target' : 'amount';
    let amountMinor =
      mode === 'target' ? Math.min(auto.target.amountMinor - balance, left) : auto.amount.amountMinor;
    if (mode === 'amount' && amountMinor > left) amountMinor = 0;
    if (amountMinor <= 0) return undefined;

    const id = charge({
      amountMinor,
      paymentMethodId: auto.paymentMethodId ?? defaultPaymentMethod,
      origin: 'auto_recharge',
    });
    q.record.run(id, mode, JSON.stringify(auto.consent), iso());
    const { status } = /** @type {any} */ (q.topUp.get(id));
    if (status === 'failed') {
      const declines = current.declines + 1;
      setState(
        declines >= DECLINES_BEFORE_PAUSE
          ? { declines, status: 'paused', statusReason: PAUSED_AFTER_DECLINES }
          : { declines },
      );
    } else if (status === 'requires_action') {
      setState({ armed: 0, declines: 0, status: 'requires_action', statusReason: null });
    } else {
      // Credited at once and back above the threshold: the next fall below is a new crossing.
      setState({ armed: balanceMinor() >= auto.threshold.amountMinor ? 1 : 0, declines: 0 });
    }
    return id;
  };

  return {
    run,

    /**
     * Settings were saved: a save that turns auto-recharge on (or keeps it on) is a fresh consent —
     * active again, armed, an open bank check replaced — and charges at once when the balance is
     * already under the threshold (the terms the user accepted said so).
     */
    saved() {
      for (const { id } of /** @type {{id: string}[]} */ (q.waiting.all()))
        q.drop.run({ id, reason: REPLACED_REASON, at: iso() });
      setState({ armed: 1, declines: 0, status: 'active', statusReason: null });
      return run();
    },

    /** @param {any} row a top-up whose 3-D Secure check just passed */
    confirmed(row) {
      if (row?.origin === 'auto_recharge') setState({ status: 'active', statusReason: null, declines: 0 });
    },

    /** @param {any} row a top-up whose 3-D Secure check was cancelled */
    cancelled(row) {
      if (row?.origin === 'auto_recharge') setState({ status: 'paused', statusReason: PAUSED_AFTER_CANCEL });
    },

    /**
     * The settings as the API shows them: with the status and the latest automatic charge.
     * @param {any} settings @param {(amountMinor: number) => {amountMinor: number, currency: string}} money
     * @param {(row: any) => Record<string, unknown>} viewTopUp
     */
    view(settings, money, viewTopUp) {
      if (!settings.autoRecharge?.enabled) return settings;
      const { status, statusReason } = state();
      const latest = /** @type {any} */ (q.latest.get());
      const lastCharge = latest && {
        ...viewTopUp(latest),
        at: latest.created_at,
        amount: money(latest.amount_minor),
        ...(latest.failure_reason ? { failureReason: latest.failure_reason } : {}),
      };
      return {
        ...settings,
        autoRecharge: {
          ...settings.autoRecharge,
          status,
          ...(statusReason ? { statusReason } : {}),
          ...(lastCharge ? { lastCharge } : {}),
        },
      };
    },

    /** Every automatic charge with the consent it was made under (for tests and audits). */
    charges: () =>
      /** @type {any[]} */ (q.charges.all()).map(({ consentJson, ...row }) => ({
        ...row,
        consent: JSON.parse(consentJson),
      })),
  };
}
