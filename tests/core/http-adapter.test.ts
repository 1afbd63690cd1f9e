// @vitest-environment node
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { BillingApiError, createHttpBillingAdapter } from '../../src/core';
import type { AlertSettings } from '../../src/core/types';

type Seen = { method: string; url: string; headers: IncomingMessage['headers']; body: string };
type Handler = (req: IncomingMessage, res: ServerResponse, seen: Seen) => void;

let server: Server;
let baseUrl: string;
let handler: Handler;
const seen: Seen[] = [];

const json =
  (body: unknown, status = 200, type = 'application/json'): Handler =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': type });
    res.end(typeof body === 'string' ? body : JSON.stringify(body));
  };

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => {
      const entry = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body };
      seen.push(entry);
      handler(req, res, entry);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/billing`;
});

afterEach(() => {
  seen.length = 0;
  vi.unstubAllGlobals();
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' });

/** Resolves with what the promise rejected with; fails the test if it resolved. */
const rejection = async (promise: Promise<unknown>): Promise<unknown> => {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
};

const apiError = async (promise: Promise<unknown>) => {
  const error = await rejection(promise);
  expect(error).toBeInstanceOf(BillingApiError);
  return error as BillingApiError;
};

const settings: AlertSettings = {
  alertsEnabled: true,
  thresholds: [{ amount: usd(1000), level: 'warning' }],
  channels: { email: ['ops@example.com'], inApp: true },
  autoRecharge: {
    enabled: true,
    threshold: usd(500),
    amount: usd(2500),
    monthlyCap: usd(10000),
    consent: { terms: 'Charge $25.00 below $5.00', acceptedAt: '2026-11-25T14:03:00.000Z', version: 'v1' },
  },
};

describe('createHttpBillingAdapter: the endpoints', () => {
  it('getBalance reads GET /balance with JSON accept and the static headers', async () => {
    handler = json({ balance: usd(50), pending: usd(2500), updatedAt: '2026-11-25T14:03:00.000Z' });
    const adapter = createHttpBillingAdapter({ baseUrl, headers: { authorization: 'Bearer t0k' } });
    await expect(adapter.getBalance()).resolves.toEqual({
      balance: usd(50),
      pending: usd(2500),
      updatedAt: '2026-11-25T14:03:00.000Z',
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ method: 'GET', url: '/billing/balance', body: '' });
    expect(seen[0]?.headers.authorization).toBe('Bearer t0k');
    expect(seen[0]?.headers.accept).toBe('application/json');
  });

  it('asks a headers function again for every request (fresh auth tokens)', async () => {
    handler = json({ balance: usd(1) });
    let n = 0;
    const adapter = createHttpBillingAdapter({
      baseUrl,
      headers: async () => ({ authorization: `Bearer token-${++n}` }),
    });
    await adapter.getBalance();
    await adapter.getBalance();
    expect(seen.map((s) => s.headers.authorization)).toEqual(['Bearer token-1', 'Bearer token-2']);
  });

  it('accepts a base URL with a trailing slash', async () => {
    handler = json({ balance: usd(1) });
    await createHttpBillingAdapter({ baseUrl: `${baseUrl}/` }).getBalance();
    expect(seen[0]?.url).toBe('/billing/balance');
  });

  it('topUp POSTs the amount and method with the Idempotency-Key header', async () => {
    handler = json({ id: 'tu_1', status: 'succeeded', balance: usd(2550) }, 201);
    const adapter = createHttpBillingAdapter({ baseUrl });
    const result = await adapter.topUp({
      amount: usd(2500),
      idempotencyKey: 'key-123',
      paymentMethodId: 'pm_visa_4242',
    });
    expect(result).toEqual({ id: 'tu_1', status: 'succeeded', balance: usd(2550) });
    expect(seen[0]).toMatchObject({ method: 'POST', url: '/billing/top-ups' });
    expect(seen[0]?.headers['idempotency-key']).toBe('key-123');
    expect(seen[0]?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(seen[0]?.body ?? '')).toEqual({ amount: usd(2500), paymentMethodId: 'pm_visa_4242' });
  });

  it('topUp resolves (never rejects) with a declined outcome and its reason', async () => {
    handler = json(
      { id: 'tu_2', status: 'failed', failureReason: 'Your card was declined by the bank.' },
      201,
    );
    const result = await createHttpBillingAdapter({ baseUrl }).topUp({
      amount: usd(500),
      idempotencyKey: 'k',
    });
    expect(result).toMatchObject({ status: 'failed', failureReason: 'Your card was declined by the bank.' });
    expect(JSON.parse(seen[0]?.body ?? '')).toEqual({ amount: usd(500) });
  });

  it('topUp passes requires_action with its action URL through', async () => {
    handler = json({ id: 'tu_3', status: 'requires_action', actionUrl: 'http://127.0.0.1/3ds/tu_3' }, 201);
    const result = await createHttpBillingAdapter({ baseUrl }).topUp({
      amount: usd(500),
      idempotencyKey: 'k',
    });
    expect(result).toEqual({ id: 'tu_3', status: 'requires_action', actionUrl: 'http://127.0.0.1/3ds/tu_3' });
  });

  it('getTopUp looks the key up URL-encoded, and resolves null on 404', async () => {
    handler = (req, res) =>
      req.url === '/billing/top-ups/a%2Fb%20c'
        ? json({ id: 'tu_4', status: 'pending' })(req, res, seen[0] as Seen)
        : json({ type: 'urn:x:not-found', title: 'Not found', status: 404 }, 404, 'application/problem+json')(
            req,
            res,
            seen[0] as Seen,
          );
    const adapter = createHttpBillingAdapter({ baseUrl });
    await expect(adapter.getTopUp('a/b c')).resolves.toEqual({ id: 'tu_4', status: 'pending' });
    await expect(adapter.getTopUp('nope')).resolves.toBeNull();
  });

  it('getTopUp still rejects on other errors', async () => {
    handler = json('oops', 503, 'text/plain');
    const error = await apiError(createHttpBillingAdapter({ baseUrl }).getTopUp('k'));
    expect(error).toMatchObject({ kind: 'http', status: 503 });
  });

  it('listPaymentMethods answers the array', async () => {
    const methods = [
      { id: 'pm_visa_4242', brand: 'Visa', last4: '4242', isDefault: true },
      { id: 'pm_mc_3155', brand: 'Mastercard', last4: '3155' },
    ];
    handler = json({ paymentMethods: methods });
    await expect(createHttpBillingAdapter({ baseUrl }).listPaymentMethods()).resolves.toEqual(methods);
    expect(seen[0]).toMatchObject({ method: 'GET', url: '/billing/payment-methods' });
  });

  it('getAlertSettings GETs and saveAlertSettings PUTs the whole object', async () => {
    handler = (req, res, s) => json(req.method === 'PUT' ? JSON.parse(s.body) : settings)(req, res, s);
    const adapter = createHttpBillingAdapter({ baseUrl });
    await expect(adapter.getAlertSettings()).resolves.toEqual(settings);
    await expect(adapter.saveAlertSettings(settings)).resolves.toEqual(settings);
    expect(seen.map((s) => `${s.method} ${s.url}`)).toEqual([
      'GET /billing/alert-settings',
      'PUT /billing/alert-settings',
    ]);
    expect(JSON.parse(seen[1]?.body ?? '')).toEqual(settings);
    expect(seen[1]?.headers['idempotency-key']).toBeUndefined();
  });

  it('sendTestAlert POSTs the settings being edited', async () => {
    handler = json({ ok: true, message: 'A test alert was sent.' });
    const result = await createHttpBillingAdapter({ baseUrl }).sendTestAlert(settings);
    expect(result).toEqual({ ok: true, message: 'A test alert was sent.' });
    expect(seen[0]).toMatchObject({ method: 'POST', url: '/billing/alert-settings/test' });
    expect(JSON.parse(seen[0]?.body ?? '')).toEqual(settings);
  });

  it('getUsage sends from/to/granularity as query parameters, omitting undefined ones', async () => {
    const usage = {
      records: [{ at: '2026-11-01T00:00:00.000Z', amount: usd(40), category: 'Monthly revenue' }],
      credits: [{ at: '2026-11-02T00:00:00.000Z', amount: usd(2500) }],
    };
    handler = json(usage);
    const adapter = createHttpBillingAdapter({ baseUrl });
    const from = '2026-11-01T00:00:00.000Z';
    const to = '2026-12-01T00:00:00.000Z';
    await expect(adapter.getUsage({ from, to, granularity: 'day' })).resolves.toEqual(usage);
    await adapter.getUsage({ from, to, granularity: undefined });
    const first = new URL(seen[0]?.url ?? '', 'http://x');
    expect(first.pathname).toBe('/billing/usage');
    expect(Object.fromEntries(first.searchParams)).toEqual({ from, to, granularity: 'day' });
    expect(Object.fromEntries(new URL(seen[1]?.url ?? '', 'http://x').searchParams)).toEqual({ from, to });
  });

  it('uses the fetch it is given', async () => {
    handler = json({ balance: usd(1) });
    const calls: string[] = [];
    const adapter = createHttpBillingAdapter({
      baseUrl,
      fetch: (input, init) => {
        calls.push(String(input));
        return fetch(input, init);
      },
    });
    await adapter.getBalance();
    expect(calls).toEqual([`${baseUrl}/balance`]);
  });

  it('looks globalThis.fetch up at call time', async () => {
    const adapter = createHttpBillingAdapter({ baseUrl });
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ balance: usd(777) })));
    await expect(adapter.getBalance()).resolves.toEqual({ balance: usd(777) });
    expect(seen).toHaveLength(0);
  });
});

describe('createHttpBillingAdapter: failures become BillingApiError', () => {
  it('a 500 with an HTML page: kind http, the status, a plain message, no HTML', async () => {
    handler = json(
      '<!doctype html><html><body><h1>Internal Server Error</h1></body></html>',
      500,
      'text/html',
    );
    const error = await apiError(createHttpBillingAdapter({ baseUrl }).getBalance());
    expect(error.kind).toBe('http');
    expect(error.status).toBe(500);
    expect(error.problem).toBeUndefined();
    expect(error.name).toBe('BillingApiError');
    expect(error.message).toBe('The billing service answered HTTP 500.');
    expect(error.message).not.toMatch(/[<>]/);
  });

  it('a problem+json 422: kind http with the parsed problem, message = detail', async () => {
    handler = json(
      {
        type: 'urn:topup-kit:problem:consent-required',
        title: 'Auto-recharge needs your consent',
        status: 422,
        detail: 'Accept the auto-recharge terms first.',
      },
      422,
      'application/problem+json',
    );
    const error = await apiError(createHttpBillingAdapter({ baseUrl }).saveAlertSettings(settings));
    expect(error).toMatchObject({
      kind: 'http',
      status: 422,
      message: 'Accept the auto-recharge terms first.',
    });
    expect(error.problem).toEqual({
      type: 'urn:topup-kit:problem:consent-required',
      title: 'Auto-recharge needs your consent',
      detail: 'Accept the auto-recharge terms first.',
    });
  });

  it('a problem without detail uses its title; non-string members are dropped', async () => {
    handler = json(
      { type: 42, title: 'Conflict', detail: { html: '<b>x</b>' } },
      409,
      'application/problem+json',
    );
    const error = await apiError(createHttpBillingAdapter({ baseUrl }).getBalance());
    expect(error).toMatchObject({ kind: 'http', status: 409, message: 'Conflict' });
    expect(error.problem?.type).toBeUndefined();
    expect(error.problem?.detail).toBeUndefined();
  });

  it('topUp: a 4xx problem is the server refusing, an outcome with its detail as text (not a rejection)', async () => {
    handler = json(
      {
        type: 'urn:topup-kit:problem:validation-failed',
        title: 'The request was refused',
        status: 422,
        detail: 'A top-up can be at most <b>$10,000.00</b>.',
      },
      422,
      'application/problem+json',
    );
    const result = await createHttpBillingAdapter({ baseUrl }).topUp({
      amount: usd(9_999_999_999),
      idempotencyKey: 'k',
    });
    expect(result).toEqual({
      status: 'failed',
      failureKind: 'refused',
      failureReason: 'A top-up can be at most <b>$10,000.00</b>.',
      problem: {
        type: 'urn:topup-kit:problem:validation-failed',
        title: 'The request was refused',
        detail: 'A top-up can be at most <b>$10,000.00</b>.',
      },
    });
  });

  it('topUp: a 4xx without a problem body is refused too, with a plain sentence; a 5xx still rejects', async () => {
    handler = json('<html>nope</html>', 409, 'text/html');
    const adapter = createHttpBillingAdapter({ baseUrl });
    await expect(adapter.topUp({ amount: usd(1), idempotencyKey: 'k' })).resolves.toMatchObject({
      status: 'failed',
      failureKind: 'refused',
      failureReason: 'The billing service answered HTTP 409.',
    });
    handler = json({ title: 'Down' }, 503, 'application/problem+json');
    expect(await apiError(adapter.topUp({ amount: usd(1), idempotencyKey: 'k' }))).toMatchObject({
      kind: 'http',
      status: 503,
    });
  });

  it('a very long detail is cut to 1,000 characters', async () => {
    handler = json({ title: 'Bad', detail: 'x'.repeat(5000) }, 400, 'application/problem+json');
    const error = await apiError(createHttpBillingAdapter({ baseUrl }).getBalance());
    expect(error.message).toHaveLength(1000);
  });

  it('malformed JSON in a 200: kind invalid_response', async () => {
    handler = json('{"balance": {"amountMinor": 5', 200);
    const error = await apiError(createHttpBillingAdapter({ baseUrl }).getBalance());
    expect(error).toMatchObject({ kind: 'invalid_response', status: 200 });
    expect(error.message).toBe('The billing service sent an unreadable answer.');
  });

  it.each([
    ['a float amount', { balance: { amountMinor: 12.5, currency: 'USD' } }],
    ['an amount beyond safe integers', { balance: { amountMinor: 2 ** 53, currency: 'USD' } }],
    ['a string amount', { balance: { amountMinor: '1250', currency: 'USD' } }],
    ['a lower-case currency', { balance: { amountMinor: 1250, currency: 'usd' } }],
    ['a 4-letter currency', { balance: { amountMinor: 1250, currency: 'USDT' } }],
    ['a balance as a bare number', { balance: 12.5 }],
    ['no balance at all', { amountMinor: 1 }],
    ['a bad pending amount', { balance: usd(1), pending: { amountMinor: 1.5, currency: 'USD' } }],
    ['null', null],
    ['an array', [usd(1)]],
    ['an empty body', ''],
  ])('getBalance with %s: kind invalid_response', async (_name, body) => {
    handler = json(typeof body === 'string' ? body : JSON.stringify(body));
    const error = await apiError(createHttpBillingAdapter({ baseUrl }).getBalance());
    expect(error.kind).toBe('invalid_response');
  });

  it.each([
    ['an unknown status', { id: 'tu', status: 'approved' }],
    ['no status', { id: 'tu' }],
    ['a bad balance', { id: 'tu', status: 'succeeded', balance: { amountMinor: 1, currency: 'dollars' } }],
  ])('topUp with %s: kind invalid_response', async (_name, body) => {
    handler = json(body, 201);
    const error = await apiError(
      createHttpBillingAdapter({ baseUrl }).topUp({ amount: usd(1), idempotencyKey: 'k' }),
    );
    expect(error.kind).toBe('invalid_response');
  });

  it('validates money deep inside usage records and answers of the right shape', async () => {
    const adapter = createHttpBillingAdapter({ baseUrl });
    handler = json({
      records: [{ at: '2026-11-01T00:00:00Z', amount: { amountMinor: 0.4, currency: 'USD' } }],
    });
    expect((await apiError(adapter.getUsage({ from: 'a', to: 'b' }))).kind).toBe('invalid_response');
    handler = json({ records: 'none' });
    expect((await apiError(adapter.getUsage({ from: 'a', to: 'b' }))).kind).toBe('invalid_response');
    handler = json({ paymentMethods: {} });
    expect((await apiError(adapter.listPaymentMethods())).kind).toBe('invalid_response');
    handler = json({ ok: 'yes' });
    expect((await apiError(adapter.sendTestAlert(settings))).kind).toBe('invalid_response');
    handler = json({
      ...settings,
      autoRecharge: { ...settings.autoRecharge, monthlyCap: { amountMinor: 1 } },
    });
    expect((await apiError(adapter.getAlertSettings())).kind).toBe('invalid_response');
  });

  it('a hung request: kind timeout after timeoutMs', async () => {
    handler = () => {}; // never answers
    const started = Date.now();
    const error = await apiError(createHttpBillingAdapter({ baseUrl, timeoutMs: 150 }).getBalance());
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe('The billing service did not answer in time.');
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('headers sent, then a body that never ends: kind timeout too', async () => {
    handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"balance":');
    };
    const error = await apiError(createHttpBillingAdapter({ baseUrl, timeoutMs: 150 }).getBalance());
    expect(error.kind).toBe('timeout');
  });

  it("the caller's abort rejects with the signal's reason, not a BillingApiError", async () => {
    handler = () => {};
    const controller = new AbortController();
    const pending = createHttpBillingAdapter({ baseUrl }).getBalance({ signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const error = await rejection(pending);
    expect(error).not.toBeInstanceOf(BillingApiError);
    expect((error as Error).name).toBe('AbortError');
  });

  it('an already-aborted signal rejects at once with its own reason', async () => {
    handler = json({ balance: usd(1) });
    const reason = new Error('user left the page');
    const error = await rejection(
      createHttpBillingAdapter({ baseUrl }).getBalance({ signal: AbortSignal.abort(reason) }),
    );
    expect(error).toBe(reason);
  });

  it('a connection refused: kind network, never a raw TypeError', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = await apiError(
      createHttpBillingAdapter({ baseUrl: `http://127.0.0.1:${port}` }).getBalance(),
    );
    expect(error.kind).toBe('network');
    expect(error.status).toBeUndefined();
    expect(error.message).toBe('The billing service could not be reached.');
  });

  it('a connection reset mid-answer: kind network', async () => {
    handler = (req) => req.socket.destroy();
    const error = await apiError(
      createHttpBillingAdapter({ baseUrl }).topUp({ amount: usd(1), idempotencyKey: 'k' }),
    );
    expect(error.kind).toBe('network');
  });
});
