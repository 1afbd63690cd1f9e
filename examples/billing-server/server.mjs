#!/usr/bin/env node
// The reference billing server: docs/billing-api.md for real, on node:http and SQLite.
//   node examples/billing-server/server.mjs [--port N] [--reset] [--db path]
// Billing API under /billing, the metered demo endpoint POST /api/query, the 3-D Secure test page
// under /3ds/{id}. Listens on 127.0.0.1 only. Types: server.d.mts.

import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { challengePage, donePage } from './pages.mjs';
import { runQuery } from './query.mjs';
import { seedDemo } from './seed.mjs';
import { DEFAULT_PAYMENT_METHOD, openStore, PAYMENT_METHODS } from './store.mjs';

export { PAYMENT_METHODS } from './store.mjs';

const BODY_LIMIT = 64 * 1024;
const PROBLEM = 'urn:topup-kit:problem:';
export const INSUFFICIENT_BALANCE_MESSAGE = 'Account balance not enough to run this query, please recharge';

/** An error answer (RFC 9457). Thrown anywhere in a handler, sent by the router. */
class Problem extends Error {
  /**
   * @param {number} status @param {string} type @param {string} title @param {string} [detail]
   * @param {Record<string, unknown>} [extensions] Members beside the standard ones (RFC 9457 §3.2).
   */
  constructor(status, type, title, detail, extensions) {
    super(detail ?? title);
    this.status = status;
    this.type = type;
    this.title = title;
    this.detail = detail;
    this.extensions = extensions;
  }
}

const invalid = (/** @type {string} */ detail) =>
  new Problem(400, 'invalid-request', 'The request is not valid', detail);
const refused = (
  /** @type {string} */ detail,
  /** @type {Record<string, unknown>} */ extensions = undefined,
) => new Problem(422, 'validation-failed', 'The request was refused', detail, extensions);

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, PUT, OPTIONS',
  'access-control-allow-headers': 'Content-Type, Idempotency-Key, Authorization',
  'access-control-expose-headers': 'Idempotent-Replayed',
  'access-control-max-age': '600',
};

/**
 * @param {import('node:http').ServerResponse} res @param {number} status @param {unknown} body
 * @param {Record<string, string>} [headers]
 */
function sendJson(res, status, body, headers = {}, type = 'application/json') {
  if (res.headersSent) return;
  res.writeHead(status, {
    ...CORS,
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  res.end(JSON.stringify(body));
}

/** @param {import('node:http').ServerResponse} res @param {Problem} p */
function sendProblem(res, p, headers = {}) {
  sendJson(
    res,
    p.status,
    {
      type: PROBLEM + p.type,
      title: p.title,
      status: p.status,
      ...(p.detail ? { detail: p.detail } : {}),
      ...p.extensions,
    },
    headers,
    'application/problem+json',
  );
}

/** @param {import('node:http').ServerResponse} res @param {number} status @param {string} html */
function sendHtml(res, status, html, formOrigins = "'self'") {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': `default-src 'none'; style-src 'unsafe-inline'; form-action ${formOrigins}; base-uri 'none'`,
    'referrer-policy': 'no-referrer',
  });
  res.end(html);
}

/**
 * Reads at most BODY_LIMIT bytes. A larger body is drained (up to 1 MiB, then the connection is cut)
 * and refused with 413.
 * @param {import('node:http').IncomingMessage} req @returns {Promise<string>}
 */
function readBody(req) {
  return new Promise((resolveBody, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    req.on('data', (/** @type {Buffer} */ chunk) => {
      size += chunk.length;
      if (size <= BODY_LIMIT) chunks.push(chunk);
      else if (size > 16 * BODY_LIMIT) req.destroy();
    });
    req.on('end', () => {
      if (size > BODY_LIMIT) {
        reject(
          new Problem(
            413,
            'payload-too-large',
            'The request body is too large',
            'Bodies are limited to 64 KiB.',
          ),
        );
      } else resolveBody(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

/** @param {import('node:http').IncomingMessage} req @returns {Promise<any>} */
async function readJson(req) {
  const type = String(req.headers['content-type'] ?? '')
    .split(';')[0]
    ?.trim()
    .toLowerCase();
  if (type !== 'application/json') {
    req.resume();
    throw new Problem(415, 'unsupported-media-type', 'Send JSON', 'The body must be application/json.');
  }
  const text = await readBody(req);
  try {
    return JSON.parse(text);
  } catch {
    throw invalid('The request body is not valid JSON.');
  }
}

const isObject = (/** @type {unknown} */ v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIso = (/** @type {unknown} */ v) =>
  typeof v === 'string' && /^\d{4}-\d\d-\d\dT/.test(v) && !Number.isNaN(Date.parse(v));

/**
 * @typedef {object} BillingServerOptions
 * @property {string} [dbPath] SQLite file; default ':memory:'.
 * @property {number} [port] Default 0 (the OS picks).
 * @property {number} [queryCostMinor] Price of one POST /api/query run; default 40.
 * @property {number} [slowMs] How long pm_slow_9999 takes to answer; default 20000.
 * @property {number} [pendingMs] How long pm_sepa_1234 stays pending; default 10000.
 * @property {number} [maxTopUpMinor] Largest top-up; default 1000000.
 * @property {string} [currency] The account's currency; default 'USD'.
 * @property {boolean} [seed] Seed the demo history (a low balance, 60 days of usage) into an empty database.
 * @property {number} [seedBalanceMinor] The balance the seed leaves; default 25 (less than one query run).
 * @property {() => Date} [now] The clock; default the real one.
 * @property {string[]} [returnOrigins] Origins besides this server's that the 3-D Secure page may send the user back to.
 * @property {boolean} [log] Log one line per request to stderr.
 */

/** @param {BillingServerOptions} [options] */
export async function createBillingServer(options = {}) {
  const {
    dbPath = ':memory:',
    port = 0,
    queryCostMinor = 40,
    slowMs = 20_000,
    pendingMs = 10_000,
    maxTopUpMinor = 1_000_000,
    currency = 'USD',
    now = () => new Date(),
    returnOrigins = [],
    log = false,
  } = options;
  if (!/^[A-Z]{3}$/.test(currency)) throw new Error('currency must be an ISO 4217 code such as USD');
  if (!Number.isSafeInteger(queryCostMinor) || queryCostMinor <= 0)
    throw new Error('queryCostMinor must be > 0');

  const store = openStore({ dbPath, currency, now, pendingMs });
  if (options.seed && store.ledger().length === 0) {
    seedDemo(store, { now: now(), queryCostMinor, balanceMinor: options.seedBalanceMinor ?? 25 });
  }

  const currencyFormat = new Intl.NumberFormat('en-US', { style: 'currency', currency });
  const digits = currencyFormat.resolvedOptions().maximumFractionDigits ?? 2;
  /** For people only (the 3-D Secure page, messages); the API always sends integer minor units. */
  const format = (/** @type {number} */ amountMinor) => currencyFormat.format(amountMinor / 10 ** digits);

  /** @type {Set<NodeJS.Timeout>} */
  const timers = new Set();
  let origin = '';

  /** The top-up as the API shows it, with the 3-D Secure link when it waits for one. */
  const viewTopUp = (/** @type {any} */ row) => ({
    ...store.view(row),
    ...(row.status === 'requires_action' ? { actionUrl: `${origin}/3ds/${row.id}` } : {}),
  });

  /** @param {unknown} m @param {string} field */
  const checkMoney = (m, field, { positive = false } = {}) => {
    if (!isObject(m))
      throw invalid(`${field} must be money: {"amountMinor": integer, "currency": "${currency}"}.`);
    const { amountMinor, currency: c } = /** @type {any} */ (m);
    if (!Number.isSafeInteger(amountMinor) || typeof c !== 'string') {
      throw invalid(`${field} must be money: {"amountMinor": integer, "currency": "${currency}"}.`);
    }
    if (c !== currency) throw refused(`${field} must be in ${currency}, the account's currency.`);
    if (positive ? amountMinor <= 0 : amountMinor < 0) throw refused(`${field} must be more than zero.`);
    return { amountMinor, currency };
  };

  /** Validates alert settings and returns the normalised object (unknown fields dropped). */
  const checkSettings = (/** @type {any} */ s, { requireConsent = true } = {}) => {
    if (!isObject(s)) throw invalid('The settings must be a JSON object.');
    if (typeof s.alertsEnabled !== 'boolean') throw invalid('alertsEnabled must be true or false.');
    if (!Array.isArray(s.thresholds) || s.thresholds.length > 10) {
      throw invalid('thresholds must be a list of at most 10.');
    }
    const thresholds = s.thresholds.map((/** @type {any} */ t, /** @type {number} */ i) => {
      if (!isObject(t) || (t.level !== 'warning' && t.level !== 'critical')) {
        throw invalid(`thresholds[${i}] needs an amount and a level, "warning" or "critical".`);
      }
      return { amount: checkMoney(t.amount, `thresholds[${i}].amount`), level: t.level };
    });
    const ch = s.channels;
    if (!isObject(ch) || !Array.isArray(ch.email) || typeof ch.inApp !== 'boolean') {
      throw invalid('channels needs email (a list) and inApp (true or false).');
    }
    if (ch.email.length > 10) throw refused('At most 10 email addresses.');
    for (const e of ch.email) {
      if (typeof e !== 'string' || e.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e)) {
        throw refused(`"${String(e).slice(0, 100)}" is not an email address.`);
      }
    }
    if (ch.webhookUrl !== undefined && ch.webhookUrl !== null && ch.webhookUrl !== '') {
      let ok = false;
      try {
        ok =
          typeof ch.webhookUrl === 'string' &&
          ch.webhookUrl.length < 2000 &&
          new URL(ch.webhookUrl).protocol === 'https:';
      } catch {}
      if (!ok) throw refused('The webhook URL must be an https:// address.');
    }
    const a = s.autoRecharge;
    if (!isObject(a) || typeof a.enabled !== 'boolean')
      throw invalid('autoRecharge needs enabled (true or false).');
    const autoRecharge = {
      enabled: a.enabled,
      threshold: checkMoney(a.threshold, 'autoRecharge.threshold'),
      amount: checkMoney(a.amount, 'autoRecharge.amount', { positive: true }),
      monthlyCap: checkMoney(a.monthlyCap, 'autoRecharge.monthlyCap', { positive: true }),
    };
    if (autoRecharge.amount.amountMinor > maxTopUpMinor) {
      throw refused(`The auto-recharge amount can be at most ${format(maxTopUpMinor)}.`);
    }
    if (a.mode !== undefined && a.mode !== 'amount' && a.mode !== 'target') {
      throw invalid('autoRecharge.mode must be "amount" or "target".');
    }
    if (a.mode === 'target') {
      // Reload to a target balance: the target sits above the threshold; the cap trims each charge.
      const target = checkMoney(a.target, 'autoRecharge.target', { positive: true });
      if (target.amountMinor <= autoRecharge.threshold.amountMinor) {
        throw refused('The target balance must be above the auto-recharge threshold.');
      }
      if (target.amountMinor - autoRecharge.threshold.amountMinor > maxTopUpMinor) {
        throw refused(`One auto-recharge can be at most ${format(maxTopUpMinor)}.`);
      }
      Object.assign(autoRecharge, { mode: 'target', target });
    } else if (autoRecharge.amount.amountMinor > autoRecharge.monthlyCap.amountMinor) {
      throw refused('The monthly cap must be at least the auto-recharge amount.');
    }
    if (a.paymentMethodId !== undefined && a.paymentMethodId !== null) {
      if (!PAYMENT_METHODS.some((m) => m.id === a.paymentMethodId)) throw refused('Unknown payment method.');
      Object.assign(autoRecharge, { paymentMethodId: a.paymentMethodId });
    }
    const c = a.consent;
    const consentOk =
      isObject(c) &&
      typeof c.terms === 'string' &&
      c.terms.trim() !== '' &&
      c.terms.length <= 5000 &&
      isIso(c.acceptedAt) &&
      typeof c.version === 'string' &&
      c.version.trim() !== '' &&
      c.version.length <= 100;
    // An incomplete consent record is never stored (and never counts as consent).
    if (consentOk) {
      Object.assign(autoRecharge, {
        consent: { terms: c.terms, acceptedAt: c.acceptedAt, version: c.version },
      });
    }
    if (requireConsent && a.enabled && !consentOk) {
      throw new Problem(
        422,
        'consent-required',
        'Auto-recharge needs your consent',
        'To turn on auto-recharge, accept its terms first (terms, acceptedAt and version): we only charge a card with explicit consent.',
      );
    }
    const channels = {
      email: ch.email,
      inApp: ch.inApp,
      ...(ch.webhookUrl ? { webhookUrl: ch.webhookUrl } : {}),
    };
    return { alertsEnabled: s.alertsEnabled, thresholds, channels, autoRecharge };
  };

  /** @param {string | null} ret @param {import('node:http').IncomingMessage} req */
  const safeReturn = (ret, req) => {
    if (!ret || ret.length > 2000) return undefined;
    if (ret.startsWith('/') && !ret.startsWith('//') && !ret.startsWith('/\\')) return ret;
    try {
      const url = new URL(ret);
      const allowed = [origin, `http://${req.headers.host}`, ...returnOrigins];
      if ((url.protocol === 'http:' || url.protocol === 'https:') && allowed.includes(url.origin))
        return url.href;
    } catch {}
    return undefined;
  };

  /**
   * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res
   */
  async function route(req, res) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    let path;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      throw invalid('The path is not valid.');
    }
    if (method === 'OPTIONS') {
      res.writeHead(204, CORS);
      res.end();
      return;
    }
    /** @param {...string} allowed */
    const only = (...allowed) => {
      if (!allowed.includes(method)) {
        throw Object.assign(
          new Problem(405, 'method-not-allowed', 'Method not allowed', `Use ${allowed.join(' or ')}.`),
          {
            allow: allowed.join(', '),
          },
        );
      }
    };

    if (path === '/health') {
      only('GET');
      return sendJson(res, 200, { ok: true });
    }

    if (path === '/billing/balance') {
      only('GET');
      return sendJson(res, 200, store.balance());
    }

    if (path === '/billing/payment-methods') {
      only('GET');
      return sendJson(res, 200, {
        paymentMethods: PAYMENT_METHODS.map(({ id, brand, last4, isDefault }) => ({
          id,
          brand,
          last4,
          ...(isDefault ? { isDefault } : {}),
        })),
      });
    }

    if (path === '/billing/top-ups') {
      only('POST');
      const key = req.headers['idempotency-key'];
      if (typeof key !== 'string' || !/^[\x20-\x7e]{1,255}$/.test(key)) {
        req.resume();
        throw invalid('Send an Idempotency-Key header (1–255 printable ASCII characters), one per top-up.');
      }
      const body = await readJson(req);
      if (!isObject(body)) throw invalid('The body must be a JSON object.');
      const amount = checkMoney(body.amount, 'amount', { positive: true });
      if (amount.amountMinor > maxTopUpMinor)
        // The limit as money too, so a client can state it in its form from now on.
        throw refused(`A top-up can be at most ${format(maxTopUpMinor)}.`, {
          limits: { max: store.money(maxTopUpMinor) },
        });
      const pm = body.paymentMethodId ?? DEFAULT_PAYMENT_METHOD;
      const method = PAYMENT_METHODS.find((m) => m.id === pm);
      if (!method) throw refused('Unknown payment method.');
      if (method.behaviour === 'cut') {
        // No answer at all, and nothing charged: the socket closes under the request.
        req.socket.destroy();
        return;
      }
      const fingerprint = JSON.stringify([amount.amountMinor, amount.currency, body.paymentMethodId ?? null]);
      const result = store.topUp(key, fingerprint, amount.amountMinor, pm);
      if (result.kind === 'conflict') {
        throw new Problem(
          422,
          'idempotency-key-reused',
          'This Idempotency-Key was used for another top-up',
          'The key was already used with a different amount or payment method. Use a new key for a new top-up.',
        );
      }
      if (result.kind === 'replayed') {
        return sendJson(res, 200, viewTopUp(result.row), { 'idempotent-replayed': 'true' });
      }
      if (method.behaviour === 'slow') {
        // The charge has landed already; only the answer is late (long enough to time the client out).
        const timer = setTimeout(() => {
          timers.delete(timer);
          sendJson(res, 201, viewTopUp(store.topUpById(result.row.id)));
        }, slowMs);
        timers.add(timer);
        res.on('close', () => {
          clearTimeout(timer);
          timers.delete(timer);
        });
        return;
      }
      return sendJson(res, 201, viewTopUp(result.row));
    }

    if (path.startsWith('/billing/top-ups/')) {
      only('GET');
      const row = store.topUpByKey(path.slice('/billing/top-ups/'.length));
      if (!row)
        throw new Problem(404, 'not-found', 'No top-up with this key', 'No top-up was made with this key.');
      return sendJson(res, 200, viewTopUp(row));
    }

    if (path === '/billing/alert-settings') {
      only('GET', 'PUT');
      if (method === 'PUT') store.saveSettings(checkSettings(await readJson(req)));
      return sendJson(res, 200, store.settingsView(viewTopUp));
    }

    if (path === '/billing/alert-settings/test') {
      only('POST');
      const settings = checkSettings(await readJson(req), { requireConsent: false });
      const { email, inApp, webhookUrl } = settings.channels;
      const targets = [...email, ...(webhookUrl ? ['your webhook'] : []), ...(inApp ? ['this app'] : [])];
      if (targets.length === 0) {
        return sendJson(res, 200, {
          ok: false,
          message: 'Choose at least one channel (email, in-app or webhook) first.',
        });
      }
      store.recordAlert('test', targets);
      const list =
        targets.length === 1 ? targets[0] : `${targets.slice(0, -1).join(', ')} and ${targets.at(-1)}`;
      return sendJson(res, 200, { ok: true, message: `A test alert was sent to ${list}.` });
    }

    if (path === '/billing/usage') {
      only('GET');
      const from = url.searchParams.get('from');
      const to = url.searchParams.get('to');
      const granularity = url.searchParams.get('granularity');
      if (!isIso(from) || !isIso(to)) throw invalid('from and to must be ISO 8601 timestamps.');
      const fromIso = new Date(/** @type {string} */ (from)).toISOString();
      const toIso = new Date(/** @type {string} */ (to)).toISOString();
      if (toIso < fromIso) throw invalid('to must not be before from.');
      if (granularity !== null && granularity !== 'day' && granularity !== 'week') {
        throw invalid('granularity must be day or week.');
      }
      const { records, credits } = store.usage(fromIso, toIso);
      const money = store.money;
      let out = records.map((/** @type {any} */ r) => ({
        at: r.at,
        amount: money(r.amount_minor),
        category: r.category,
        ...(r.label ? { label: r.label } : {}),
      }));
      if (granularity) {
        /** @type {Map<string, {at: string, category: string, amountMinor: number}>} */
        const buckets = new Map();
        for (const r of records) {
          const d = new Date(r.at);
          const day = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
          const start = granularity === 'week' ? day - ((d.getUTCDay() + 6) % 7) * 86_400_000 : day;
          const at = new Date(start).toISOString();
          const k = `${at}\n${r.category}`;
          const b = buckets.get(k) ?? { at, category: r.category, amountMinor: 0 };
          b.amountMinor += r.amount_minor;
          buckets.set(k, b);
        }
        out = [...buckets.values()]
          .sort((x, y) => x.at.localeCompare(y.at) || x.category.localeCompare(y.category))
          .map((b) => ({ at: b.at, amount: money(b.amountMinor), category: b.category }));
      }
      return sendJson(res, 200, {
        records: out,
        credits: credits.map((/** @type {any} */ c) => ({
          at: c.at,
          amount: money(c.amount_minor),
          // Charges auto-recharge made on its own are told apart from the user's top-ups.
          source:
            c.kind === 'auto_recharge' ? 'auto-recharge' : c.kind === 'adjustment' ? 'adjustment' : 'top-up',
        })),
      });
    }

    if (path === '/api/query') {
      only('POST');
      const body = await readJson(req);
      if (!isObject(body) || typeof body.name !== 'string' || !body.name.trim() || body.name.length > 200) {
        throw invalid('Send {"name": "…"} with the query name (at most 200 characters).');
      }
      if (body.sql !== undefined && (typeof body.sql !== 'string' || body.sql.length > 10_000)) {
        throw invalid('sql must be text (at most 10,000 characters).');
      }
      const name = body.name.trim();
      const spent = store.spend({
        costMinor: queryCostMinor,
        category: name,
        label: body.sql ? 'Ad-hoc query' : 'Query run',
      });
      if (!spent.ok) {
        return sendJson(res, 402, {
          code: 40203,
          name: 'InsufficientBalanceError',
          message: INSUFFICIENT_BALANCE_MESSAGE,
          balance: store.money(spent.balanceMinor),
          required: store.money(queryCostMinor),
        });
      }
      return sendJson(res, 200, {
        name,
        ...runQuery(name, body.sql),
        cost: store.money(queryCostMinor),
        balance: store.money(spent.balanceMinor),
      });
    }

    const threeDs = /^\/3ds\/([^/]+)(?:\/(confirm|cancel))?$/.exec(path);
    if (threeDs) {
      const [, id = '', action] = threeDs;
      only(action ? 'POST' : 'GET');
      if (action) req.resume(); // the form body carries nothing we need
      const row =
        action === 'confirm'
          ? store.confirmAction(id)
          : action === 'cancel'
            ? store.cancelAction(id)
            : store.topUpById(id);
      const ret = safeReturn(url.searchParams.get('return'), req);
      const formOrigins = ["'self'", ...new Set([origin, ...returnOrigins])].join(' ');
      if (!row) {
        return sendHtml(
          res,
          404,
          donePage('Payment not found', 'There is no card check waiting under this link.'),
        );
      }
      if (!action && row.status === 'requires_action') {
        const method = PAYMENT_METHODS.find((m) => m.id === row.payment_method_id);
        return sendHtml(
          res,
          200,
          challengePage({
            id,
            amount: format(row.amount_minor),
            card: `${method?.brand ?? 'your card'} •••• ${method?.last4 ?? ''}`,
            returnTo: ret,
          }),
          formOrigins,
        );
      }
      if (action && ret) {
        res.writeHead(303, { location: ret, 'cache-control': 'no-store' });
        res.end();
        return;
      }
      if (row.status === 'succeeded') {
        return sendHtml(
          res,
          200,
          donePage('Payment confirmed', `${format(row.amount_minor)} was added to your balance.`),
        );
      }
      if (row.status === 'failed') {
        return sendHtml(
          res,
          200,
          donePage('Payment cancelled', `${row.failure_reason ?? ''} Nothing was charged.`.trim()),
        );
      }
      return sendHtml(res, 200, donePage('Payment in progress', 'This payment is being processed.'));
    }

    throw new Problem(
      404,
      'not-found',
      'Not found',
      `Nothing is served at ${method} ${url.pathname.slice(0, 200)}.`,
    );
  }

  const server = createServer((req, res) => {
    const started = Date.now();
    if (log) {
      res.on('finish', () =>
        console.error(`${req.method} ${req.url} → ${res.statusCode} (${Date.now() - started} ms)`),
      );
    }
    route(req, res).catch((/** @type {unknown} */ error) => {
      if (error instanceof Problem) {
        const allow = /** @type {any} */ (error).allow;
        req.resume();
        return sendProblem(res, error, allow ? { allow } : {});
      }
      console.error('billing-server: unexpected error', error);
      sendProblem(res, new Problem(500, 'internal', 'Something went wrong on the billing server'));
    });
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolveListen(undefined);
    });
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  origin = `http://127.0.0.1:${address.port}`;

  let closed = false;
  return {
    server,
    /** The server's origin, e.g. http://127.0.0.1:8787. */
    url: origin,
    /** The adapter's baseUrl. */
    billingUrl: `${origin}/billing`,
    store,
    /** Ledger rows, oldest first. */
    ledger: () => store.ledger(),
    /** The balance (sum of the ledger) in minor units. */
    balanceMinor: () => store.balanceMinor(),
    /** Every top-up row (API and auto-recharge). */
    topUps: () => store.topUps(),
    /** Top-ups credited to the ledger through the API (3-D Secure and settled debits included). */
    topUpCount: () => store.ledger().filter((/** @type {any} */ e) => e.kind === 'top_up').length,
    /** Every automatic charge, with the consent record it was made under. */
    autoCharges: () => store.autoCharges(),
    /** Test alerts "sent". */
    alerts: () => store.alerts(),
    /** Adds a ledger entry (positive or negative) outside any top-up: for tests and demos. */
    adjust: (/** @type {number} */ amountMinor, /** @type {string} */ note = 'adjustment') =>
      store.append('adjustment', amountMinor, note),
    async close() {
      if (closed) return;
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      server.closeAllConnections();
      await new Promise((resolveClose) => server.close(() => resolveClose(undefined)));
      store.close();
    },
  };
}

/** @param {string[]} argv */
function parseArgs(argv) {
  /** @type {{ port: number, reset: boolean, db: string, slowMs?: number, queryCostMinor?: number, balance?: number, returnOrigins: string[] }} */
  const args = { port: 8787, reset: false, db: '', returnOrigins: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    const int = () => {
      const n = Number(value());
      if (!Number.isSafeInteger(n) || n < 0) throw new Error(`${arg} needs a whole number`);
      return n;
    };
    if (arg === '--port') args.port = int();
    else if (arg === '--reset') args.reset = true;
    else if (arg === '--db') args.db = value();
    else if (arg === '--slow-ms') args.slowMs = int();
    else if (arg === '--query-cost') args.queryCostMinor = int();
    else if (arg === '--balance') args.balance = int();
    else if (arg === '--return-origin') args.returnOrigins.push(new URL(value()).origin);
    else if (arg === '--help' || arg === '-h') {
      console.log(
        'node examples/billing-server/server.mjs [--port 8787] [--reset] [--db path] [--slow-ms 20000] [--query-cost 40] [--balance 25] [--return-origin http://localhost:5173]',
      );
      process.exit(0);
    } else throw new Error(`unknown option ${arg} (try --help)`);
  }
  return args;
}

async function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`billing-server: ${/** @type {Error} */ (error).message}`);
    process.exit(2);
  }
  const here = dirname(fileURLToPath(import.meta.url));
  const dbPath = resolve(args.db || join(here, 'data', 'billing.sqlite'));
  mkdirSync(dirname(dbPath), { recursive: true });
  if (args.reset) rmSync(dbPath, { force: true });
  const fresh = !existsSync(dbPath);
  const billing = await createBillingServer({
    dbPath,
    port: args.port,
    seed: fresh,
    slowMs: args.slowMs,
    queryCostMinor: args.queryCostMinor,
    seedBalanceMinor: args.balance,
    returnOrigins: args.returnOrigins,
    log: true,
  });
  const { balance } = billing.store.balance();
  console.log(`Billing server on ${billing.url}`);
  console.log(`  billing API (adapter baseUrl): ${billing.billingUrl}`);
  console.log(`  metered endpoint:              POST ${billing.url}/api/query`);
  console.log(`  database: ${dbPath}${fresh ? ' (new, seeded with 60 days of demo usage)' : ''}`);
  console.log(`  balance: ${balance.amountMinor} ${balance.currency} minor units. Ctrl-C stops.`);
  const stop = () => {
    billing.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error('billing-server:', error);
    process.exit(1);
  });
}
