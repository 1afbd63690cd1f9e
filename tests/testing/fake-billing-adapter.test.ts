import { describe, expect, it } from 'vitest';
import { BillingApiError, createRecovery, type Money } from '../../src/core';
import {
  createFakeBillingAdapter,
  defaultAlertSettings,
  gate,
  sampleAlertSettings,
  samplePaymentMethods,
  sampleUsage,
} from '../../src/testing';

const usd = (amountMinor: number): Money => ({ amountMinor, currency: 'USD' });
const request = (amountMinor: number, idempotencyKey: string, paymentMethodId?: string) => ({
  amount: usd(amountMinor),
  idempotencyKey,
  paymentMethodId,
});

/** A refused top-up, as the HTTP adapter answers a 4xx: an outcome with the server's words. */
const refused = (
  status: 'invalid-request' | 'validation-failed' | 'idempotency-key-reused',
  reason: string,
) => ({
  status: 'failed',
  failureKind: 'refused',
  failureReason: reason,
  problem: expect.objectContaining({ type: `urn:topup-kit:problem:${status}`, detail: reason }),
});

/** What a rejection carries, as the HTTP adapter would report it. */
const rejection = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BillingApiError);
  const { kind, status, problem, message } = error as BillingApiError;
  return { kind, status, type: problem?.type, message };
};

describe('the ledger', () => {
  it('credits a successful top-up once per idempotency key and reports the new balance', async () => {
    const fake = createFakeBillingAdapter({ balanceMinor: 120 });
    const first = await fake.topUp(request(2500, 'k1'));
    expect(first).toMatchObject({ status: 'succeeded', balance: usd(2620) });
    // The same key again is a replay: the same top-up, nothing charged twice.
    await expect(fake.topUp(request(2500, 'k1'))).resolves.toEqual(first);
    expect(fake.charges).toHaveLength(1);
    expect(fake.balance()).toEqual(usd(2620));
    await expect(fake.getBalance()).resolves.toMatchObject({ balance: usd(2620) });
    await expect(fake.getTopUp?.('k1')).resolves.toEqual(first);
    await expect(fake.getTopUp?.('nope')).resolves.toBeNull();
  });

  it('refuses the same key for another body (422) and charges nothing', async () => {
    const fake = createFakeBillingAdapter();
    await fake.topUp(request(2500, 'k1'));
    await expect(fake.topUp(request(5000, 'k1'))).resolves.toEqual(
      refused(
        'idempotency-key-reused',
        'The key was already used with a different amount or payment method. Use a new key for a new top-up.',
      ),
    );
    expect(fake.charges).toHaveLength(1);
  });

  it('refuses a top-up over the maximum with the server’s reason, and the key stays unused', async () => {
    const fake = createFakeBillingAdapter({ maxTopUpMinor: 1_000_000 });
    await expect(fake.topUp(request(1_000_001, 'k1'))).resolves.toEqual(
      refused('validation-failed', 'A top-up can be at most $10,000.00.'),
    );
    await expect(fake.topUp(request(1000, 'k1'))).resolves.toMatchObject({ status: 'succeeded' });
  });

  it('refuses below a minimum, another currency, nothing, a fraction and an unknown method', async () => {
    const fake = createFakeBillingAdapter({ minTopUpMinor: 500 });
    await expect(fake.topUp(request(100, 'a'))).resolves.toEqual(
      refused('validation-failed', 'A top-up must be at least $5.00.'),
    );
    const euros = fake.topUp({ amount: { amountMinor: 100, currency: 'EUR' }, idempotencyKey: 'b' });
    await expect(euros).resolves.toEqual(
      refused('validation-failed', "amount must be in USD, the account's currency."),
    );
    await expect(createFakeBillingAdapter().topUp(request(0, 'c'))).resolves.toEqual(
      refused('validation-failed', 'amount must be more than zero.'),
    );
    await expect(fake.topUp(request(12.5, 'd'))).resolves.toMatchObject(
      refused('invalid-request', 'amount must be money: {"amountMinor": integer, "currency": "USD"}.'),
    );
    await expect(fake.topUp(request(1000, 'e', 'pm_nope'))).resolves.toEqual(
      refused('validation-failed', 'Unknown payment method.'),
    );
    expect(fake.charges).toEqual([]);
  });

  it('spend takes from the balance and shows in usage; top-ups show as credits', async () => {
    const now = new Date('2026-11-25T12:00:00.000Z');
    const fake = createFakeBillingAdapter({ balanceMinor: 1000, now: () => now });
    fake.spend(40, 'Monthly revenue', 'Query runs');
    await fake.topUp(request(2500, 'k1'));
    expect(fake.balance()).toEqual(usd(3460));
    const usage = await fake.getUsage?.({ from: '2026-11-25T00:00:00.000Z', to: '2026-11-26T00:00:00.000Z' });
    expect(usage).toEqual({
      records: [{ at: now.toISOString(), amount: usd(40), category: 'Monthly revenue', label: 'Query runs' }],
      credits: [{ at: now.toISOString(), amount: usd(2500), source: 'top-up' }],
    });
  });
});

describe('payment methods', () => {
  it('lists them without their test behaviour', async () => {
    const fake = createFakeBillingAdapter();
    const listed = await fake.listPaymentMethods?.();
    expect(listed).toEqual(samplePaymentMethods.map(({ behaviour, ...shown }) => shown));
    expect(JSON.stringify(listed)).not.toContain('behaviour');
  });

  it('a declined card fails with the bank’s reason; the key is final', async () => {
    const fake = createFakeBillingAdapter({ balanceMinor: 100 });
    const declined = await fake.topUp(request(2500, 'k1', 'pm_declined'));
    expect(declined).toMatchObject({
      status: 'failed',
      failureReason: 'Your card was declined by the bank.',
    });
    await expect(fake.topUp(request(2500, 'k1', 'pm_declined'))).resolves.toEqual(declined);
    expect(fake.balance()).toEqual(usd(100));
    expect(fake.charges).toEqual([]);
  });

  it('3-D Secure waits for the cardholder; complete() lands it and the key then reads succeeded', async () => {
    const fake = createFakeBillingAdapter();
    const waiting = await fake.topUp(request(2500, 'k/1', 'pm_3ds'));
    expect(waiting).toMatchObject({ status: 'requires_action', actionUrl: '/3ds/k%2F1' });
    expect(fake.balance()).toEqual(usd(0));
    fake.complete('k/1');
    await expect(fake.getTopUp?.('k/1')).resolves.toMatchObject({ status: 'succeeded', balance: usd(2500) });
    await expect(fake.topUp(request(2500, 'k/1', 'pm_3ds'))).resolves.toMatchObject({ status: 'succeeded' });
    fake.complete('k/1');
    expect(fake.charges).toHaveLength(1);
  });

  it('a pending debit shows as pending in the balance until it lands', async () => {
    const fake = createFakeBillingAdapter({
      paymentMethods: [{ id: 'pm_sepa', brand: 'SEPA Direct Debit', last4: '1234', behaviour: 'pend' }],
    });
    await expect(fake.topUp(request(2500, 'k1'))).resolves.toMatchObject({ status: 'pending' });
    await expect(fake.getBalance()).resolves.toMatchObject({ balance: usd(0), pending: usd(2500) });
    fake.complete('k1');
    const after = await fake.getBalance();
    expect(after).toMatchObject({ balance: usd(2500) });
    expect(after.pending).toBeUndefined();
  });

  it('a pending debit says when it lands, and lands then when anyone next looks', async () => {
    let now = new Date('2026-11-25T12:00:00.000Z');
    const fake = createFakeBillingAdapter({ now: () => now, pendingMs: 60_000, script: ['pend'] });
    await expect(fake.topUp(request(2500, 'k1'))).resolves.toMatchObject({
      status: 'pending',
      expectedAt: '2026-11-25T12:01:00.000Z',
    });
    now = new Date('2026-11-25T12:00:59.000Z');
    await expect(fake.getTopUp?.('k1')).resolves.toMatchObject({ status: 'pending' });
    now = new Date('2026-11-25T12:01:00.000Z');
    const landed = await fake.getTopUp?.('k1');
    expect(landed).toMatchObject({ status: 'succeeded', balance: usd(2500) });
    expect(landed?.expectedAt).toBeUndefined();
    expect(fake.charges).toHaveLength(1);
  });

  it('a timeout takes the money and loses the answer; asking again with the key finds the charge', async () => {
    const fake = createFakeBillingAdapter({ script: ['time_out'] });
    expect(await rejection(fake.topUp(request(2500, 'k1')))).toMatchObject({ kind: 'timeout' });
    expect(fake.balance()).toEqual(usd(2500));
    await expect(fake.getTopUp?.('k1')).resolves.toMatchObject({ status: 'succeeded' });
    await expect(fake.topUp(request(2500, 'k1'))).resolves.toMatchObject({ status: 'succeeded' });
    expect(fake.charges).toHaveLength(1);
  });

  it('a network error charges nothing; a hang never answers', async () => {
    const fake = createFakeBillingAdapter({ script: ['network_error', 'hang'] });
    expect(await rejection(fake.topUp(request(2500, 'k1')))).toMatchObject({ kind: 'network' });
    await expect(fake.getTopUp?.('k1')).resolves.toBeNull();
    let settled = false;
    void fake.topUp(request(2500, 'k2')).finally(() => {
      settled = true;
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(settled).toBe(false);
    // The script is used up: the method's own behaviour applies again.
    await expect(fake.topUp(request(2500, 'k3'))).resolves.toMatchObject({ status: 'succeeded' });
  });

  it('a custom decline reason and action URL', async () => {
    const fake = createFakeBillingAdapter({
      paymentMethods: [
        { id: 'pm_x', brand: 'Visa', behaviour: 'decline', declineReason: 'Insufficient funds.' },
        { id: 'pm_y', brand: 'Visa', behaviour: 'require_action' },
      ],
      actionUrl: (key) => `https://bank.example/3ds?key=${key}`,
    });
    await expect(fake.topUp(request(100, 'a', 'pm_x'))).resolves.toMatchObject({
      failureReason: 'Insufficient funds.',
    });
    await expect(fake.topUp(request(100, 'b', 'pm_y'))).resolves.toMatchObject({
      actionUrl: 'https://bank.example/3ds?key=b',
    });
  });
});

describe('alert settings', () => {
  it('starts from the contract’s defaults (alerts and auto-recharge off) and stores what is saved', async () => {
    const fake = createFakeBillingAdapter();
    await expect(fake.getAlertSettings?.()).resolves.toEqual(defaultAlertSettings());
    const next = sampleAlertSettings();
    await expect(fake.saveAlertSettings?.(next)).resolves.toEqual(next);
    await expect(fake.getAlertSettings?.()).resolves.toEqual(next);
  });

  it('refuses auto-recharge without consent, and a webhook that is not https', async () => {
    const fake = createFakeBillingAdapter();
    const settings = sampleAlertSettings();
    const noConsent = { ...settings, autoRecharge: { ...settings.autoRecharge, enabled: true } };
    expect(await rejection(fake.saveAlertSettings?.(noConsent) as Promise<unknown>)).toMatchObject({
      status: 422,
      type: 'urn:topup-kit:problem:consent-required',
    });
    const http = { ...settings, channels: { ...settings.channels, webhookUrl: 'http://hooks.example.com' } };
    expect(await rejection(fake.saveAlertSettings?.(http) as Promise<unknown>)).toMatchObject({
      message: 'The webhook URL must be an https:// address.',
    });
    const consent = {
      terms: 'Charge Visa •••• 4242 $25.00…',
      acceptedAt: '2026-11-25T14:03:00.000Z',
      version: 'v1',
    };
    const consented = { ...settings, autoRecharge: { ...settings.autoRecharge, enabled: true, consent } };
    await expect(fake.saveAlertSettings?.(consented)).resolves.toEqual(consented);
  });

  it('a test alert names where it went, or asks for a channel', async () => {
    const fake = createFakeBillingAdapter();
    await expect(fake.sendTestAlert?.(sampleAlertSettings())).resolves.toEqual({
      ok: true,
      message: 'A test alert was sent to ops@example.com and this app.',
    });
    const none = { ...sampleAlertSettings(), channels: { email: [], inApp: false } };
    await expect(fake.sendTestAlert?.(none)).resolves.toMatchObject({ ok: false });
  });
});

describe('usage', () => {
  const usage = sampleUsage(14);

  it('answers the records in [from, to) and the credits there', async () => {
    const fake = createFakeBillingAdapter({ usage });
    const from = '2026-11-20T00:00:00.000Z';
    const to = '2026-11-21T00:00:00.000Z';
    const answer = await fake.getUsage?.({ from, to });
    expect(answer?.records.length).toBe(6);
    expect(answer?.records.every((r) => r.at >= from && r.at < to)).toBe(true);
    expect(answer?.credits).toEqual([]);
    const all = await fake.getUsage?.({ from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' });
    expect(all?.records).toHaveLength(84);
    expect(all?.credits).toEqual(usage.credits);
  });

  it('groups by UTC day or Monday week and category when asked, adding the amounts', async () => {
    const fake = createFakeBillingAdapter({ usage });
    const query = { from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' };
    const total = (records: { amount: Money }[] = []) =>
      records.reduce((sum, r) => sum + r.amount.amountMinor, 0);
    const raw = await fake.getUsage?.(query);
    const daily = await fake.getUsage?.({ ...query, granularity: 'day' });
    const weekly = await fake.getUsage?.({ ...query, granularity: 'week' });
    expect(total(daily?.records)).toBe(total(raw?.records));
    expect(total(weekly?.records)).toBe(total(raw?.records));
    expect(daily?.records.every((r) => r.at.endsWith('T00:00:00.000Z'))).toBe(true);
    // 2026-11-13 … 2026-11-26 touch three Monday weeks: the 9th, the 16th and the 23rd.
    expect(new Set(weekly?.records.map((r) => r.at))).toEqual(
      new Set(['2026-11-09T00:00:00.000Z', '2026-11-16T00:00:00.000Z', '2026-11-23T00:00:00.000Z']),
    );
    expect(weekly?.records).toHaveLength(18);
  });

  it('refuses a period that ends before it starts', async () => {
    const fake = createFakeBillingAdapter();
    const backwards = fake.getUsage?.({ from: '2026-11-02T00:00:00.000Z', to: '2026-11-01T00:00:00.000Z' });
    expect(await rejection(backwards as Promise<unknown>)).toMatchObject({ status: 400 });
  });
});

describe('for tests', () => {
  it('records every call with its arguments, in order', async () => {
    const fake = createFakeBillingAdapter();
    await fake.getBalance();
    await fake.topUp(request(100, 'k1', 'pm_visa'));
    expect(fake.calls.map((c) => c.method)).toEqual(['getBalance', 'topUp']);
    expect(fake.topUpRequests()).toEqual([request(100, 'k1', 'pm_visa')]);
  });

  it('leaves out the optional methods a backend lacks', () => {
    const fake = createFakeBillingAdapter({ without: ['getUsage', 'sendTestAlert', 'getTopUp'] });
    expect(fake.getUsage).toBeUndefined();
    expect('sendTestAlert' in fake).toBe(false);
    expect(fake.getTopUp).toBeUndefined();
    expect(typeof fake.listPaymentMethods).toBe('function');
  });

  it('reads failure options at each call, so a test can let the server recover', async () => {
    const options = { failGetBalance: true, failGetUsage: true, failGetAlertSettings: true };
    const fake = createFakeBillingAdapter(options);
    expect(await rejection(fake.getBalance())).toMatchObject({ kind: 'http', status: 503 });
    await expect(fake.getUsage?.({ from: 'a', to: 'b' })).rejects.toBeInstanceOf(BillingApiError);
    await expect(fake.getAlertSettings?.()).rejects.toBeInstanceOf(BillingApiError);
    options.failGetBalance = false;
    await expect(fake.getBalance()).resolves.toMatchObject({ balance: usd(0) });
  });

  it('a failing or hanging save, and gates that hold a call until the test opens them', async () => {
    const options: { failSaveAlertSettings?: string; topUpGate?: Promise<unknown> } = {
      failSaveAlertSettings: 'The webhook host did not answer.',
    };
    const fake = createFakeBillingAdapter(options);
    expect(
      await rejection(fake.saveAlertSettings?.(sampleAlertSettings()) as Promise<unknown>),
    ).toMatchObject({
      message: 'The webhook host did not answer.',
    });
    const bank = gate();
    options.topUpGate = bank.promise;
    let answered = false;
    const paying = fake.topUp(request(100, 'k1')).then((r) => {
      answered = true;
      return r;
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(answered).toBe(false);
    bank.open();
    await expect(paying).resolves.toMatchObject({ status: 'succeeded' });
  });

  it('a caller’s abort rejects with its reason, as fetch does', async () => {
    const fake = createFakeBillingAdapter({ latencyMs: 1000 });
    const controller = new AbortController();
    const loading = fake.getBalance({ signal: controller.signal });
    controller.abort(new DOMException('gone', 'AbortError'));
    await expect(loading).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('updatedAt is when the ledger last changed, on the given clock', async () => {
    let now = new Date('2026-11-25T12:00:00.000Z');
    const fake = createFakeBillingAdapter({ now: () => now });
    now = new Date('2026-11-25T13:00:00.000Z');
    await expect(fake.getBalance()).resolves.toMatchObject({ updatedAt: '2026-11-25T12:00:00.000Z' });
    await fake.topUp(request(100, 'k1'));
    await expect(fake.getBalance()).resolves.toMatchObject({ updatedAt: '2026-11-25T13:00:00.000Z' });
  });

  it('drives the recovery store end to end: a declined card, then another card resumes the work', async () => {
    const fake = createFakeBillingAdapter({ balanceMinor: 25 });
    const recovery = createRecovery({ adapter: fake });
    const declined = await recovery.topUp(usd(2500), { paymentMethodId: 'pm_declined' });
    expect(declined).toMatchObject({
      status: 'failed',
      failureReason: 'Your card was declined by the bank.',
    });
    const paid = await recovery.topUp(usd(2500), { paymentMethodId: 'pm_visa' });
    expect(paid).toMatchObject({ status: 'succeeded', balance: usd(2525) });
    expect(fake.charges).toHaveLength(1);
  });
});
