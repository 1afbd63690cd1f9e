// @vitest-environment node
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  type BillingServer,
  type BillingServerOptions,
  createBillingServer,
} from '../../examples/billing-server/server.mjs';
import { BillingApiError, createHttpBillingAdapter } from '../../src/core/http-adapter';
import type { AlertSettings } from '../../src/core/types';

const serverScript = fileURLToPath(new URL('../../examples/billing-server/server.mjs', import.meta.url));
const running: BillingServer[] = [];
const tmp = mkdtempSync(join(tmpdir(), 'billing-server-test-'));

afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function start(options: BillingServerOptions = {}) {
  const server = await createBillingServer(options);
  running.push(server);
  return server;
}

/** A clock the test moves by hand. */
function clock(iso = '2026-11-25T12:00:00.000Z') {
  let t = Date.parse(iso);
  return {
    now: () => new Date(t),
    set: (next: string) => {
      t = Date.parse(next);
    },
    advance: (ms: number) => {
      t += ms;
    },
  };
}

// biome-ignore lint/suspicious/noExplicitAny: response bodies are whatever the server sent; the assertions check them.
type Answer = { status: number; headers: Headers; text: string; json: any };

async function call(
  s: BillingServer,
  method: string,
  path: string,
  options: {
    body?: unknown;
    raw?: string;
    key?: string;
    headers?: Record<string, string>;
    redirect?: 'manual';
  } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { ...options.headers };
  let body: string | undefined;
  if (options.raw !== undefined) body = options.raw;
  else if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined && !('content-type' in headers)) headers['content-type'] = 'application/json';
  if (options.key) headers['idempotency-key'] = options.key;
  const res = await fetch(s.url + path, { method, headers, body, redirect: options.redirect ?? 'follow' });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {}
  return { status: res.status, headers: res.headers, text, json };
}

const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' });
const topUp = (s: BillingServer, key: string, amountMinor: number, paymentMethodId?: string) =>
  call(s, 'POST', '/billing/top-ups', { key, body: { amount: usd(amountMinor), paymentMethodId } });
const query = (s: BillingServer, name = 'Monthly revenue', sql?: string) =>
  call(s, 'POST', '/api/query', { body: { name, sql } });
const sum = (s: BillingServer) => s.ledger().reduce((total, e) => total + e.amountMinor, 0);

const expectProblem = (answer: Answer, status: number, type: string) => {
  expect(answer.status).toBe(status);
  expect(answer.headers.get('content-type')).toBe('application/problem+json');
  expect(answer.json).toMatchObject({ type: `urn:topup-kit:problem:${type}`, status });
  expect(typeof answer.json.title).toBe('string');
};

const settings = (overrides: Partial<AlertSettings['autoRecharge']> = {}): AlertSettings => ({
  alertsEnabled: true,
  thresholds: [{ amount: usd(1000), level: 'warning' }],
  channels: { email: ['ops@example.com'], inApp: true },
  autoRecharge: {
    enabled: false,
    threshold: usd(500),
    amount: usd(2500),
    monthlyCap: usd(10000),
    ...overrides,
  },
});
const consent = {
  terms:
    'When my balance falls below $5.00, charge Visa •••• 4242 $25.00, at most $100.00 per calendar month.',
  acceptedAt: '2026-11-25T11:59:00.000Z',
  version: 'auto-recharge-v1',
};

describe('ledger and balance', () => {
  it('a new account has a zero balance and no pending money', async () => {
    const s = await start();
    const answer = await call(s, 'GET', '/billing/balance');
    expect(answer.status).toBe(200);
    expect(answer.json.balance).toEqual(usd(0));
    expect(answer.json).not.toHaveProperty('pending');
    expect(s.ledger()).toEqual([]);
  });

  it('the balance is the sum of the append-only ledger: credits and debits', async () => {
    const s = await start();
    s.adjust(1000, 'welcome credit');
    expect((await topUp(s, 'k1', 2500)).status).toBe(201);
    expect((await query(s)).status).toBe(200);
    expect((await query(s, 'Churn by cohort')).status).toBe(200);
    const ledger = s.ledger();
    expect(ledger.map((e) => [e.kind, e.amountMinor])).toEqual([
      ['adjustment', 1000],
      ['top_up', 2500],
      ['usage', -40],
      ['usage', -40],
    ]);
    expect(sum(s)).toBe(3420);
    expect((await call(s, 'GET', '/billing/balance')).json.balance).toEqual(usd(3420));
  });

  it('lists the test payment methods, one of them the default', async () => {
    const s = await start();
    const { json } = await call(s, 'GET', '/billing/payment-methods');
    expect(json.paymentMethods.map((m: { id: string }) => m.id)).toEqual(
      expect.arrayContaining(['pm_visa_4242', 'pm_visa_0002', 'pm_mc_3155', 'pm_slow_9999']),
    );
    expect(json.paymentMethods.filter((m: { isDefault?: boolean }) => m.isDefault)).toEqual([
      { id: 'pm_visa_4242', brand: 'Visa', last4: '4242', isDefault: true },
    ]);
    expect(json.paymentMethods).toContainEqual({ id: 'pm_visa_0002', brand: 'Visa', last4: '0002' });
    expect(json.paymentMethods).toContainEqual({ id: 'pm_mc_3155', brand: 'Mastercard', last4: '3155' });
  });
});

describe('POST /top-ups and idempotency', () => {
  it('the default card succeeds: 201, the new balance, one credit', async () => {
    const s = await start();
    const answer = await topUp(s, 'key-1', 2500);
    expect(answer.status).toBe(201);
    expect(answer.json).toEqual({
      id: expect.stringMatching(/^tu_/),
      status: 'succeeded',
      balance: usd(2500),
    });
    expect(s.topUpCount()).toBe(1);
    expect(s.topUps()).toMatchObject([{ idempotencyKey: 'key-1', paymentMethodId: 'pm_visa_4242' }]);
  });

  it('the same key and body replay the same top-up without charging again', async () => {
    const s = await start();
    const first = await topUp(s, 'key-1', 2500, 'pm_visa_4242');
    const second = await topUp(s, 'key-1', 2500, 'pm_visa_4242');
    expect(second.status).toBe(200);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(second.json).toEqual(first.json);
    expect(s.topUpCount()).toBe(1);
    expect(sum(s)).toBe(2500);
  });

  it('twenty simultaneous requests with one key charge once', async () => {
    const s = await start();
    const answers = await Promise.all(Array.from({ length: 20 }, () => topUp(s, 'double-click', 1000)));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 200)).toHaveLength(19);
    expect(new Set(answers.map((a) => a.json.id)).size).toBe(1);
    expect(s.topUpCount()).toBe(1);
    expect(sum(s)).toBe(1000);
  });

  it('the same key with another amount or method: 422, nothing charged', async () => {
    const s = await start();
    await topUp(s, 'key-1', 2500);
    expectProblem(await topUp(s, 'key-1', 5000), 422, 'idempotency-key-reused');
    expectProblem(await topUp(s, 'key-1', 2500, 'pm_visa_0002'), 422, 'idempotency-key-reused');
    expect(s.topUpCount()).toBe(1);
    expect(sum(s)).toBe(2500);
  });

  it('refuses bad requests before charging, and they do not use the key up', async () => {
    const s = await start();
    expectProblem(
      await call(s, 'POST', '/billing/top-ups', { body: { amount: usd(100) } }),
      400,
      'invalid-request',
    );
    expectProblem(await topUp(s, 'k', 100, 'pm_nope'), 422, 'validation-failed');
    expectProblem(
      await call(s, 'POST', '/billing/top-ups', {
        key: 'k',
        body: { amount: { amountMinor: 100, currency: 'EUR' } },
      }),
      422,
      'validation-failed',
    );
    expectProblem(
      await call(s, 'POST', '/billing/top-ups', {
        key: 'k',
        body: { amount: { amountMinor: 1.5, currency: 'USD' } },
      }),
      400,
      'invalid-request',
    );
    expectProblem(await topUp(s, 'k', 0), 422, 'validation-failed');
    expectProblem(await topUp(s, 'k', -500), 422, 'validation-failed');
    expectProblem(await topUp(s, 'k', 1_000_001), 422, 'validation-failed');
    expectProblem(
      await call(s, 'POST', '/billing/top-ups', { key: 'k', body: [usd(1)] }),
      400,
      'invalid-request',
    );
    expect(s.ledger()).toEqual([]);
    expect((await topUp(s, 'k', 100)).status).toBe(201);
  });

  it('a declined card is an outcome (201, failed, the reason), not an HTTP error; nothing is credited', async () => {
    const s = await start();
    const answer = await topUp(s, 'k', 2500, 'pm_visa_0002');
    expect(answer.status).toBe(201);
    expect(answer.json).toEqual({
      id: expect.any(String),
      status: 'failed',
      failureReason: 'Your card was declined by the bank.',
    });
    expect(s.ledger()).toEqual([]);
    expect((await call(s, 'GET', '/billing/top-ups/k')).json.status).toBe('failed');
  });

  it('GET /top-ups/{key} finds a top-up by its (URL-encoded) key, 404 otherwise', async () => {
    const s = await start();
    expectProblem(await topUp(s, 'k'.repeat(256), 700), 400, 'invalid-request');
    const ok = await topUp(s, 'intent/42 a', 700);
    const found = await call(s, 'GET', `/billing/top-ups/${encodeURIComponent('intent/42 a')}`);
    expect(found.status).toBe(200);
    expect(found.json).toEqual(ok.json);
    expectProblem(await call(s, 'GET', '/billing/top-ups/never-used'), 404, 'not-found');
  });
});

describe('3-D Secure (pm_mc_3155)', () => {
  it('requires action, serves a confirm page, credits once on confirm', async () => {
    const s = await start();
    const first = await topUp(s, 'k3ds', 2500, 'pm_mc_3155');
    expect(first.status).toBe(201);
    expect(first.json).toEqual({
      id: expect.any(String),
      status: 'requires_action',
      actionUrl: `${s.url}/3ds/${first.json.id}`,
    });
    expect(s.ledger()).toEqual([]);
    expect((await call(s, 'GET', '/billing/top-ups/k3ds')).json.status).toBe('requires_action');

    const page = await fetch(first.json.actionUrl);
    const html = await page.text();
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(html).toContain('Confirm payment');
    expect(html).toContain('$25.00');
    expect(html).toContain('Mastercard •••• 3155');
    expect(html).toContain(`action="/3ds/${first.json.id}/confirm"`);

    const confirmed = await fetch(`${first.json.actionUrl}/confirm`, { method: 'POST' });
    expect(confirmed.status).toBe(200);
    expect(await confirmed.text()).toContain('You can close this tab');
    await fetch(`${first.json.actionUrl}/confirm`, { method: 'POST' }); // a second press
    expect(s.topUpCount()).toBe(1);
    expect(sum(s)).toBe(2500);

    const after = await call(s, 'GET', '/billing/top-ups/k3ds');
    expect(after.json).toEqual({ id: first.json.id, status: 'succeeded', balance: usd(2500) });
    const replay = await topUp(s, 'k3ds', 2500, 'pm_mc_3155');
    expect(replay.json.status).toBe('succeeded');
    expect((await fetch(first.json.actionUrl).then((r) => r.text())).includes('Payment confirmed')).toBe(
      true,
    );
  });

  it('redirects back only to relative, same-origin or allowed return URLs', async () => {
    const s = await start({ returnOrigins: ['http://localhost:5173'] });
    const confirmWith = async (key: string, ret: string) => {
      const { json } = await topUp(s, key, 100, 'pm_mc_3155');
      const page = await fetch(`${json.actionUrl}?return=${encodeURIComponent(ret)}`).then((r) => r.text());
      const carried = page.includes(`confirm?return=${encodeURIComponent(ret)}`);
      const res = await fetch(`${json.actionUrl}/confirm?return=${encodeURIComponent(ret)}`, {
        method: 'POST',
        redirect: 'manual',
      });
      return { status: res.status, location: res.headers.get('location'), carried };
    };
    const back = (location: string) => ({ status: 303, location, carried: true });
    const stay = { status: 200, location: null, carried: false };
    expect(await confirmWith('a', '/billing?done=1')).toEqual(back('/billing?done=1'));
    expect(await confirmWith('b', `${s.url}/done`)).toEqual(back(`${s.url}/done`));
    expect(await confirmWith('c', 'http://localhost:5173/settings')).toEqual(
      back('http://localhost:5173/settings'),
    );
    expect(await confirmWith('d', 'https://evil.example/phish')).toEqual(stay);
    expect(await confirmWith('e', '//evil.example/phish')).toEqual(stay);
    expect(await confirmWith('f', 'javascript:alert(1)')).toEqual(stay);
    expect(s.topUpCount()).toBe(6);
  });

  it('cancel fails the top-up with a reason; a later confirm credits nothing', async () => {
    const s = await start();
    const { json } = await topUp(s, 'k', 2500, 'pm_mc_3155');
    const cancelled = await fetch(`${json.actionUrl}/cancel`, { method: 'POST' });
    expect(await cancelled.text()).toContain('Payment cancelled');
    await fetch(`${json.actionUrl}/confirm`, { method: 'POST' });
    expect((await call(s, 'GET', '/billing/top-ups/k')).json).toEqual({
      id: json.id,
      status: 'failed',
      failureReason: 'The card check was cancelled.',
    });
    expect(s.ledger()).toEqual([]);
  });

  it('an unknown 3-D Secure id is a 404 page, and the confirm endpoint wants POST', async () => {
    const s = await start();
    const missing = await fetch(`${s.url}/3ds/tu_nope`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Payment not found');
    expectProblem(await call(s, 'GET', '/3ds/tu_nope/confirm'), 405, 'method-not-allowed');
  });
});

describe('slow and pending payments', () => {
  it('pm_slow_9999 answers late, but the charge lands at once: reconcile by key', async () => {
    const s = await start({ slowMs: 1000 });
    const adapter = createHttpBillingAdapter({ baseUrl: s.billingUrl, timeoutMs: 300 });
    const error = await adapter
      .topUp({ amount: usd(2500), idempotencyKey: 'slow-1', paymentMethodId: 'pm_slow_9999' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BillingApiError);
    expect((error as BillingApiError).kind).toBe('timeout');
    await expect(adapter.getTopUp('slow-1')).resolves.toMatchObject({
      status: 'succeeded',
      balance: usd(2500),
    });
    expect(s.topUpCount()).toBe(1);

    // Retrying with the same key is a replay, answered at once.
    const retry = await adapter.topUp({
      amount: usd(2500),
      idempotencyKey: 'slow-1',
      paymentMethodId: 'pm_slow_9999',
    });
    expect(retry.status).toBe('succeeded');
    expect(s.topUpCount()).toBe(1);

    const started = Date.now();
    const patient = await topUp(s, 'slow-2', 100, 'pm_slow_9999');
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(patient.status).toBe(201);
    expect(patient.json.status).toBe('succeeded');
  });

  it('closing the server drops slow answers still waiting', async () => {
    const s = await start({ slowMs: 60_000 });
    const waiting = topUp(s, 'slow', 100, 'pm_slow_9999').catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 100));
    await s.close();
    expect(await waiting).toBeInstanceOf(Error);
  });

  it('pm_sepa_1234 stays pending (shown as pending, not credited) until it settles', async () => {
    const time = clock();
    const s = await start({ now: time.now, pendingMs: 60_000 });
    const answer = await topUp(s, 'sepa', 2500, 'pm_sepa_1234');
    // When it is due to land: 60 s after the charge on the test clock.
    expect(answer.json).toEqual({
      id: expect.any(String),
      status: 'pending',
      expectedAt: '2026-11-25T12:01:00.000Z',
    });
    const before = await call(s, 'GET', '/billing/balance');
    expect(before.json).toMatchObject({ balance: usd(0), pending: usd(2500) });
    expect(s.ledger()).toEqual([]);

    time.advance(61_000);
    expect((await call(s, 'GET', '/billing/top-ups/sepa')).json).toEqual({
      id: answer.json.id,
      status: 'succeeded',
      balance: usd(2500),
    });
    const after = await call(s, 'GET', '/billing/balance');
    expect(after.json.balance).toEqual(usd(2500));
    expect(after.json).not.toHaveProperty('pending');
    expect(s.topUpCount()).toBe(1);
  });
});

describe('a cut connection', () => {
  it('pm_cut_0119 closes the socket with no answer and charges nothing; the adapter says network', async () => {
    const s = await start();
    const adapter = createHttpBillingAdapter({ baseUrl: s.billingUrl });
    const error = await adapter
      .topUp({ amount: usd(500), idempotencyKey: 'cut-1', paymentMethodId: 'pm_cut_0119' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BillingApiError);
    expect((error as BillingApiError).kind).toBe('network');
    expect(s.topUps()).toEqual([]);
    await expect(adapter.getTopUp('cut-1')).resolves.toBeNull();
    // The server is fine afterwards.
    expect((await call(s, 'GET', '/billing/balance')).status).toBe(200);
  });
});

describe('POST /api/query: the metered endpoint', () => {
  it('answers 402 with the seed body when the balance is short, and writes nothing', async () => {
    const s = await start();
    s.adjust(25);
    const answer = await query(s);
    expect(answer.status).toBe(402);
    expect(answer.headers.get('content-type')).toBe('application/json');
    expect(answer.json).toEqual({
      code: 40203,
      name: 'InsufficientBalanceError',
      message: 'Account balance not enough to run this query, please recharge',
      balance: usd(25),
      required: usd(40),
    });
    expect(s.ledger()).toHaveLength(1);
    const usage = await call(s, 'GET', '/billing/usage?from=2000-01-01T00:00:00Z&to=2100-01-01T00:00:00Z');
    expect(usage.json.records).toEqual([]);
  });

  it('after a top-up the same query runs: a debit, a usage record, a deterministic table', async () => {
    const s = await start({ queryCostMinor: 55 });
    expect((await query(s)).status).toBe(402);
    await topUp(s, 'k', 100);
    const answer = await query(s);
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ name: 'Monthly revenue', cost: usd(55), balance: usd(45) });
    expect(answer.json.columns).toEqual(['month', 'revenue_usd', 'orders']);
    expect(answer.json.rows).toHaveLength(6);
    expect(s.ledger().at(-1)).toMatchObject({ kind: 'usage', amountMinor: -55 });

    const again = await query(s);
    expect(again.status).toBe(402);
    expect(again.json.balance).toEqual(usd(45));
    expect(again.json.required).toEqual(usd(55));
    s.adjust(100);
    expect((await query(s)).json.rows).toEqual(answer.json.rows);

    const usage = await call(s, 'GET', '/billing/usage?from=2000-01-01T00:00:00Z&to=2100-01-01T00:00:00Z');
    expect(usage.json.records).toHaveLength(2);
    expect(usage.json.records[0]).toMatchObject({
      amount: usd(55),
      category: 'Monthly revenue',
      label: 'Query run',
    });
  });

  it('never lets concurrent runs spend money that is not there', async () => {
    const s = await start();
    s.adjust(200); // five runs' worth
    const answers = await Promise.all(Array.from({ length: 12 }, () => query(s)));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(5);
    expect(answers.filter((a) => a.status === 402)).toHaveLength(7);
    expect(sum(s)).toBe(0);
  });

  it('refuses a query without a name', async () => {
    const s = await start();
    s.adjust(1000);
    expectProblem(await call(s, 'POST', '/api/query', { body: {} }), 400, 'invalid-request');
    expectProblem(await call(s, 'POST', '/api/query', { body: { name: '   ' } }), 400, 'invalid-request');
    expectProblem(
      await call(s, 'POST', '/api/query', { body: { name: 'x', sql: 42 } }),
      400,
      'invalid-request',
    );
    expect(sum(s)).toBe(1000);
  });
});

describe('GET /usage', () => {
  async function withRuns() {
    const time = clock('2026-11-20T10:00:00.000Z');
    const s = await start({ now: time.now });
    s.adjust(10_000);
    const runAt = async (iso: string, name: string) => {
      time.set(iso);
      expect((await query(s, name)).status).toBe(200);
    };
    await runAt('2026-11-22T23:59:59.000Z', 'Churn by cohort'); // a Sunday
    await runAt('2026-11-23T09:00:00.000Z', 'Monthly revenue'); // a Monday
    await runAt('2026-11-23T15:00:00.000Z', 'Monthly revenue');
    await runAt('2026-11-24T00:00:00.000Z', 'Daily active users');
    time.set('2026-11-24T08:00:00.000Z');
    await topUp(s, 'k', 2500);
    return s;
  }

  it('answers the records in [from, to), oldest first, and the credits apart', async () => {
    const s = await withRuns();
    const { status, json } = await call(
      s,
      'GET',
      '/billing/usage?from=2026-11-23T00:00:00.000Z&to=2026-11-24T00:00:00.000Z',
    );
    expect(status).toBe(200);
    expect(json.records).toEqual([
      { at: '2026-11-23T09:00:00.000Z', amount: usd(40), category: 'Monthly revenue', label: 'Query run' },
      { at: '2026-11-23T15:00:00.000Z', amount: usd(40), category: 'Monthly revenue', label: 'Query run' },
    ]);
    expect(json.credits).toEqual([]);
    const later = await call(s, 'GET', '/billing/usage?from=2026-11-24T00:00:00Z&to=2026-11-25T00:00:00Z');
    expect(later.json.records.map((r: { category: string }) => r.category)).toEqual(['Daily active users']);
    expect(later.json.credits).toEqual([
      { at: '2026-11-24T08:00:00.000Z', amount: usd(2500), source: expect.any(String) },
    ]);
  });

  it('granularity day sums per day and category; week buckets start on Monday', async () => {
    const s = await withRuns();
    const range = 'from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z';
    const days = await call(s, 'GET', `/billing/usage?${range}&granularity=day`);
    expect(days.json.records).toEqual([
      { at: '2026-11-22T00:00:00.000Z', amount: usd(40), category: 'Churn by cohort' },
      { at: '2026-11-23T00:00:00.000Z', amount: usd(80), category: 'Monthly revenue' },
      { at: '2026-11-24T00:00:00.000Z', amount: usd(40), category: 'Daily active users' },
    ]);
    const weeks = await call(s, 'GET', `/billing/usage?${range}&granularity=week`);
    expect(weeks.json.records).toEqual([
      { at: '2026-11-16T00:00:00.000Z', amount: usd(40), category: 'Churn by cohort' },
      { at: '2026-11-23T00:00:00.000Z', amount: usd(40), category: 'Daily active users' },
      { at: '2026-11-23T00:00:00.000Z', amount: usd(80), category: 'Monthly revenue' },
    ]);
  });

  it('refuses a missing or broken range with 400', async () => {
    const s = await start();
    for (const q of [
      '',
      '?from=2026-11-01T00:00:00Z',
      '?from=yesterday&to=2026-11-01T00:00:00Z',
      '?from=2026-12-01T00:00:00Z&to=2026-11-01T00:00:00Z',
      '?from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z&granularity=hour',
    ]) {
      expectProblem(await call(s, 'GET', `/billing/usage${q}`), 400, 'invalid-request');
    }
  });
});

describe('the demo seed', () => {
  it('leaves a low balance and 60 days of varied usage over five categories, deterministically', async () => {
    const now = () => new Date('2026-11-25T12:00:00.000Z');
    const s = await start({ seed: true, now });
    expect((await call(s, 'GET', '/billing/balance')).json.balance).toEqual(usd(25));
    expect(sum(s)).toBe(25);
    let running = 0;
    for (const entry of s.ledger()) {
      running += entry.amountMinor;
      expect(running).toBeGreaterThanOrEqual(0);
    }
    const range = 'from=2026-09-01T00:00:00Z&to=2026-11-26T00:00:00Z';
    const { json } = await call(s, 'GET', `/billing/usage?${range}&granularity=day`);
    const days = new Set(json.records.map((r: { at: string }) => r.at));
    expect(days.size).toBeGreaterThanOrEqual(58);
    expect([...days].sort()[0]).toBe('2026-09-26T00:00:00.000Z');
    expect(new Set(json.records.map((r: { category: string }) => r.category)).size).toBe(5);
    const perDay = new Map<string, number>();
    for (const r of json.records) perDay.set(r.at, (perDay.get(r.at) ?? 0) + r.amount.amountMinor);
    const totals = [...perDay.values()];
    expect(Math.max(...totals)).toBeGreaterThan(2 * Math.min(...totals)); // weekdays vs weekends
    expect(json.credits.length).toBeGreaterThan(2);

    const twin = await start({ seed: true, now });
    expect((await call(twin, 'GET', `/billing/usage?${range}`)).json).toEqual(
      (await call(s, 'GET', `/billing/usage?${range}`)).json,
    );
    expect((await query(s)).status).toBe(402); // the first run hits the wall
  });
});

describe('alert settings and consent', () => {
  it('answers defaults with auto-recharge off', async () => {
    const s = await start();
    const { status, json } = await call(s, 'GET', '/billing/alert-settings');
    expect(status).toBe(200);
    expect(json.autoRecharge.enabled).toBe(false);
    expect(json.autoRecharge).not.toHaveProperty('consent');
  });

  it('refuses auto-recharge without consent (422) and stores nothing', async () => {
    const s = await start();
    const before = (await call(s, 'GET', '/billing/alert-settings')).json;
    expectProblem(
      await call(s, 'PUT', '/billing/alert-settings', { body: settings({ enabled: true }) }),
      422,
      'consent-required',
    );
    for (const broken of [
      { ...consent, terms: '  ' },
      { ...consent, acceptedAt: 'yesterday' },
      { ...consent, version: '' },
    ]) {
      expectProblem(
        await call(s, 'PUT', '/billing/alert-settings', {
          body: settings({ enabled: true, consent: broken }),
        }),
        422,
        'consent-required',
      );
    }
    expect((await call(s, 'GET', '/billing/alert-settings')).json).toEqual(before);
  });

  it('persists the settings with the exact consent record', async () => {
    const dbPath = join(tmp, 'consent.sqlite');
    const s = await start({ dbPath });
    // Above the threshold: saving charges nothing at once (see "auto-recharge" below for that).
    s.adjust(1000);
    const wanted = settings({ enabled: true, consent, paymentMethodId: 'pm_visa_4242' });
    const saved = await call(s, 'PUT', '/billing/alert-settings', { body: { ...wanted, extra: 'dropped' } });
    expect(saved.status).toBe(200);
    // What the server adds: the status of auto-recharge (read-only for clients).
    const shown = { ...wanted, autoRecharge: { ...wanted.autoRecharge, status: 'active' } };
    expect(saved.json).toEqual(shown);
    await s.close();
    const reopened = await start({ dbPath });
    expect((await call(reopened, 'GET', '/billing/alert-settings')).json).toEqual(shown);
  });

  it('refuses a webhook that is not https, a foreign currency and a cap below the amount', async () => {
    const s = await start();
    const base = settings();
    const put = (body: unknown) => call(s, 'PUT', '/billing/alert-settings', { body });
    expectProblem(
      await put({ ...base, channels: { ...base.channels, webhookUrl: 'http://example.com/hook' } }),
      422,
      'validation-failed',
    );
    expectProblem(
      await put({
        ...base,
        thresholds: [{ amount: { amountMinor: 100, currency: 'EUR' }, level: 'warning' }],
      }),
      422,
      'validation-failed',
    );
    expectProblem(
      await put(settings({ amount: usd(5000), monthlyCap: usd(1000) })),
      422,
      'validation-failed',
    );
    expectProblem(await put({ ...base, thresholds: 'low' }), 400, 'invalid-request');
    expectProblem(
      await put({ ...base, channels: { ...base.channels, email: ['not-an-address'] } }),
      422,
      'validation-failed',
    );
  });

  it('auto-recharge with consent tops up below the threshold, within the monthly cap', async () => {
    const s = await start();
    s.adjust(540);
    const body = settings({
      enabled: true,
      consent,
      threshold: usd(500),
      amount: usd(100),
      monthlyCap: usd(200),
    });
    expect((await call(s, 'PUT', '/billing/alert-settings', { body })).status).toBe(200);
    expect((await query(s)).status).toBe(200); // 540 → 500: not below the threshold yet
    expect(s.topUps()).toEqual([]);
    expect((await query(s)).status).toBe(200); // 500 → 460: below → +100
    expect((await query(s)).status).toBe(200); // 560 → 520
    expect((await query(s)).status).toBe(200); // 520 → 480: below → +100 (cap reached)
    expect((await query(s)).status).toBe(200); // 580 → 540
    expect((await query(s)).status).toBe(200); // 540 → 500
    expect((await query(s)).status).toBe(200); // 500 → 460: below, but the cap is reached
    expect(s.topUps().map((t) => [t.origin, t.status, t.amountMinor])).toEqual([
      ['auto_recharge', 'succeeded', 100],
      ['auto_recharge', 'succeeded', 100],
    ]);
    expect(s.ledger().filter((e) => e.kind === 'auto_recharge')).toHaveLength(2);
    expect(sum(s)).toBe(460);
  });

  it('POST /alert-settings/test answers ok with where it went, or ok: false without a channel', async () => {
    const s = await start();
    const sent = await call(s, 'POST', '/billing/alert-settings/test', { body: settings() });
    expect(sent.status).toBe(200);
    expect(sent.json).toEqual({
      ok: true,
      message: 'A test alert was sent to ops@example.com and this app.',
    });
    expect(s.alerts()).toHaveLength(1);
    const none = settings();
    none.channels = { email: [], inApp: false };
    const refusedAnswer = await call(s, 'POST', '/billing/alert-settings/test', { body: none });
    expect(refusedAnswer.status).toBe(200);
    expect(refusedAnswer.json.ok).toBe(false);
    expect(refusedAnswer.json.message).toMatch(/at least one channel/);
  });
});

describe('bad input never crashes the server', () => {
  it('bad JSON, wrong media type, huge bodies, unknown paths and methods: problem+json', async () => {
    const s = await start();
    expectProblem(await call(s, 'POST', '/api/query', { raw: '{"name": ' }), 400, 'invalid-request');
    expectProblem(
      await call(s, 'POST', '/billing/top-ups', { key: 'k', raw: 'null' }),
      400,
      'invalid-request',
    );
    expectProblem(
      await call(s, 'PUT', '/billing/alert-settings', {
        raw: '[]',
        headers: { 'content-type': 'application/json' },
      }),
      400,
      'invalid-request',
    );
    expectProblem(
      await call(s, 'POST', '/api/query', { raw: 'name=x', headers: { 'content-type': 'text/plain' } }),
      415,
      'unsupported-media-type',
    );
    expectProblem(
      await call(s, 'POST', '/api/query', { body: { name: 'x', sql: 'y'.repeat(70 * 1024) } }),
      413,
      'payload-too-large',
    );
    expectProblem(await call(s, 'GET', '/billing/nope'), 404, 'not-found');
    expectProblem(await call(s, 'GET', '/billing/%E0%A4%A'), 400, 'invalid-request');
    const wrongMethod = await call(s, 'DELETE', '/billing/balance');
    expectProblem(wrongMethod, 405, 'method-not-allowed');
    expect(wrongMethod.headers.get('allow')).toBe('GET');
    expect((await call(s, 'GET', '/health')).json).toEqual({ ok: true });
  });

  it('a malformed HTTP request gets a 400 and the server carries on', async () => {
    const s = await start();
    const { port } = new URL(s.url);
    const reply = await new Promise<string>((resolve, reject) => {
      let data = '';
      const socket = connect(Number(port), '127.0.0.1', () => socket.write('NOT AN HTTP REQUEST\r\n\r\n'));
      socket.on('data', (chunk) => {
        data += chunk.toString();
      });
      socket.on('end', () => resolve(data));
      socket.on('error', reject);
    });
    expect(reply).toMatch(/^HTTP\/1\.1 400 /);
    expect((await call(s, 'GET', '/health')).status).toBe(200);
  });

  it('answers CORS preflights allowing the Idempotency-Key header', async () => {
    const s = await start();
    const res = await fetch(`${s.url}/billing/top-ups`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, idempotency-key',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')).toMatch(/Idempotency-Key/);
    expect(res.headers.get('access-control-allow-methods')).toMatch(/PUT/);
  });
});

describe('createHttpBillingAdapter against the reference server', () => {
  it('speaks the whole contract end to end', async () => {
    const time = clock();
    const s = await start({ now: time.now });
    s.adjust(25);
    const adapter = createHttpBillingAdapter({ baseUrl: s.billingUrl });

    await expect(adapter.getBalance()).resolves.toMatchObject({ balance: usd(25) });
    const methods = await adapter.listPaymentMethods();
    expect(methods.find((m) => m.isDefault)?.id).toBe('pm_visa_4242');

    await expect(adapter.topUp({ amount: usd(2500), idempotencyKey: 'a' })).resolves.toMatchObject({
      status: 'succeeded',
      balance: usd(2525),
    });
    await expect(
      adapter.topUp({ amount: usd(2500), idempotencyKey: 'b', paymentMethodId: 'pm_visa_0002' }),
    ).resolves.toMatchObject({ status: 'failed', failureReason: 'Your card was declined by the bank.' });
    const action = await adapter.topUp({
      amount: usd(1000),
      idempotencyKey: 'c',
      paymentMethodId: 'pm_mc_3155',
    });
    expect(action.status).toBe('requires_action');
    await fetch(`${action.actionUrl}/confirm`, { method: 'POST' });
    await expect(adapter.getTopUp('c')).resolves.toMatchObject({ status: 'succeeded', balance: usd(3525) });
    await expect(adapter.getTopUp('unknown')).resolves.toBeNull();

    // A refusal (4xx) is a payment outcome with the server's own words, not a rejection.
    const reused = await adapter.topUp({ amount: usd(1), idempotencyKey: 'a' });
    expect(reused).toMatchObject({
      status: 'failed',
      failureKind: 'refused',
      failureReason:
        'The key was already used with a different amount or payment method. Use a new key for a new top-up.',
    });
    expect(reused.problem?.type).toBe('urn:topup-kit:problem:idempotency-key-reused');
    const tooLarge = await adapter.topUp({ amount: usd(9_999_999_999), idempotencyKey: 'huge' });
    expect(tooLarge).toMatchObject({
      status: 'failed',
      failureKind: 'refused',
      failureReason: 'A top-up can be at most $10,000.00.',
      // The limit as money, too: the kit states it in the form from then on.
      problem: { limits: { max: { amountMinor: 1_000_000, currency: 'USD' } } },
    });

    const noConsent = await adapter.saveAlertSettings(settings({ enabled: true })).catch((e: unknown) => e);
    expect(noConsent).toMatchObject({
      kind: 'http',
      status: 422,
      problem: { title: 'Auto-recharge needs your consent' },
    });
    const wanted = settings({ enabled: true, consent });
    // The balance ($35.25) is above the threshold: nothing is charged at once; the server adds the status.
    const shown = { ...wanted, autoRecharge: { ...wanted.autoRecharge, status: 'active' } };
    await expect(adapter.saveAlertSettings(wanted)).resolves.toEqual(shown);
    await expect(adapter.getAlertSettings()).resolves.toEqual(shown);
    await expect(adapter.sendTestAlert(wanted)).resolves.toMatchObject({ ok: true });

    await query(s);
    const usage = await adapter.getUsage({
      from: '2026-11-25T00:00:00.000Z',
      to: '2026-11-26T00:00:00.000Z',
      granularity: 'day',
    });
    expect(usage.records).toEqual([
      { at: '2026-11-25T00:00:00.000Z', amount: usd(40), category: 'Monthly revenue' },
    ]);
    expect(usage.credits?.map((c) => [c.amount.amountMinor, c.source])).toEqual([
      [25, 'adjustment'],
      [2500, 'top-up'],
      [1000, 'top-up'],
    ]);
    expect(s.topUpCount()).toBe(2);
  });
});

describe('the command line', () => {
  it('--reset seeds a fresh database, serves it on the given port and stops on SIGTERM', async () => {
    const dbPath = join(tmp, 'cli.sqlite');
    const child = spawn(process.execPath, [serverScript, '--port', '0', '--db', dbPath, '--reset'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = /Billing server on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
          if (match?.[1]) resolve(match[1]);
        });
        child.on('exit', (code) => reject(new Error(`exited with ${code}: ${out}`)));
        setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 10_000);
      });
      const balance = await fetch(`${url}/billing/balance`).then((r) => r.json());
      expect(balance.balance).toEqual(usd(25));
      const usage = await fetch(
        `${url}/billing/usage?from=2000-01-01T00:00:00Z&to=2100-01-01T00:00:00Z`,
      ).then((r) => r.json());
      expect(usage.records.length).toBeGreaterThan(300);
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  });

  it('refuses an unknown option', async () => {
    const child = spawn(process.execPath, [serverScript, '--bogus'], {
      stdio: 'pipe',
    });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(err).toMatch(/unknown option --bogus/);
  });
});

describe('auto-recharge', () => {
  const on = (overrides: Partial<AlertSettings['autoRecharge']> = {}) =>
    settings({ enabled: true, consent, paymentMethodId: 'pm_visa_4242', ...overrides });
  const save = (s: BillingServer, body: AlertSettings) => call(s, 'PUT', '/billing/alert-settings', { body });
  const autoEntries = (s: BillingServer) => s.ledger().filter((e) => e.kind === 'auto_recharge');

  it('charges at once when saved under the threshold, once, with the consent record, and says so', async () => {
    const s = await start();
    s.adjust(485);
    const saved = await save(s, on());
    expect(saved.status).toBe(200);
    expect(saved.json.autoRecharge).toMatchObject({
      status: 'active',
      lastCharge: { status: 'succeeded', amount: usd(2500), balance: usd(2985), at: expect.any(String) },
    });
    expect(autoEntries(s).map((e) => e.amountMinor)).toEqual([2500]);
    expect(s.autoCharges()).toMatchObject([
      { mode: 'amount', amountMinor: 2500, status: 'succeeded', consent },
    ]);
    // Saving again (above the threshold now) charges nothing more.
    await save(s, on());
    expect(autoEntries(s)).toHaveLength(1);
    const usage = await call(s, 'GET', '/billing/usage?from=2000-01-01T00:00:00Z&to=2100-01-01T00:00:00Z');
    expect(usage.json.credits.map((c: { source: string }) => c.source)).toEqual([
      'adjustment',
      'auto-recharge',
    ]);
  });

  it('reloads to a target balance, trimmed to what is left of the monthly cap', async () => {
    const s = await start();
    s.adjust(485);
    await save(s, on({ mode: 'target', target: usd(3000), monthlyCap: usd(4000) }));
    expect(sum(s)).toBe(3000);
    s.adjust(-2600); // 400 left: a second crossing
    expect((await query(s)).status).toBe(200); // below → what is left of the cap: 4000 − 2515 = 1485
    expect(s.autoCharges().map((c) => [c.mode, c.amountMinor])).toEqual([
      ['target', 2515],
      ['target', 1485],
    ]);
    expectProblem(await save(s, on({ mode: 'target', target: usd(500) })), 422, 'validation-failed');
  });

  it('makes one automatic charge per threshold crossing, however many runs hit it', async () => {
    const s = await start();
    s.adjust(600);
    await save(s, on({ paymentMethodId: 'pm_sepa_1234' }));
    expect((await query(s)).status).toBe(200); // 600 → 560
    expect((await query(s)).status).toBe(200); // 560 → 520
    expect((await query(s)).status).toBe(200); // 520 → 480: below → one debit, pending
    expect((await query(s)).status).toBe(200); // 480 → 440: still below, the debit is on its way
    expect((await query(s)).status).toBe(200);
    expect(
      s
        .topUps()
        .filter((t) => t.origin === 'auto_recharge')
        .map((t) => t.status),
    ).toEqual(['pending']);
  });

  it('3-D Secure on an automatic charge: requires_action with the link, never retried blindly', async () => {
    const s = await start();
    s.adjust(485);
    const saved = await save(s, on({ paymentMethodId: 'pm_mc_3155' }));
    const { lastCharge } = saved.json.autoRecharge;
    expect(saved.json.autoRecharge.status).toBe('requires_action');
    expect(lastCharge).toMatchObject({ status: 'requires_action', amount: usd(2500) });
    expect(lastCharge.actionUrl).toBe(`${s.url}/3ds/${lastCharge.id}`);
    expect((await query(s)).status).toBe(200); // 485 → 445
    expect((await query(s)).status).toBe(200); // 445 → 405: no second attempt
    expect(s.topUps()).toHaveLength(1);

    const page = await fetch(lastCharge.actionUrl).then((r) => r.text());
    expect(page).toContain('$25.00');
    await fetch(`${lastCharge.actionUrl}/confirm`, { method: 'POST' });
    expect(autoEntries(s).map((e) => e.amountMinor)).toEqual([2500]);
    const after = (await call(s, 'GET', '/billing/alert-settings')).json.autoRecharge;
    expect(after).toMatchObject({ status: 'active', lastCharge: { status: 'succeeded' } });
  });

  it('a new save replaces a bank check still waiting, so one crossing never charges twice', async () => {
    const s = await start();
    s.adjust(485);
    const first = (await save(s, on({ paymentMethodId: 'pm_mc_3155' }))).json.autoRecharge.lastCharge;
    await save(s, on({ paymentMethodId: 'pm_visa_4242' }));
    await fetch(`${first.actionUrl}/confirm`, { method: 'POST' });
    expect(autoEntries(s).map((e) => e.amountMinor)).toEqual([2500]);
    expect(s.topUps().map((t) => t.status)).toEqual(['failed', 'succeeded']);
  });

  it('pauses after 3 declines in a row, with the reason, and a new save turns it back on', async () => {
    const s = await start();
    s.adjust(485);
    expect((await save(s, on({ paymentMethodId: 'pm_visa_0002' }))).json.autoRecharge.status).toBe('active');
    s.adjust(-400); // 85 left: runs still pass while money is left
    expect((await query(s)).status).toBe(200); // 85 → 45: decline 2
    expect((await query(s)).status).toBe(200); // 45 → 5: decline 3, paused
    const paused = (await call(s, 'GET', '/billing/alert-settings')).json.autoRecharge;
    expect(paused).toMatchObject({
      status: 'paused',
      statusReason: expect.stringMatching(/declined 3 times in a row/),
      lastCharge: { status: 'failed', failureReason: 'Your card was declined by the bank.' },
    });
    expect((await query(s)).status).toBe(402);
    expect(s.topUps()).toHaveLength(3);
    expect(sum(s)).toBe(5);

    const resumed = await save(s, on({ paymentMethodId: 'pm_visa_4242' }));
    expect(resumed.json.autoRecharge).toMatchObject({
      status: 'active',
      lastCharge: { status: 'succeeded' },
    });
    expect(sum(s)).toBe(2505);
  });
});
