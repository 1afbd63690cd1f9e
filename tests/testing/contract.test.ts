// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BillingServer,
  createBillingServer,
  PAYMENT_METHODS,
} from '../../examples/billing-server/server.mjs';
import { type BillingAdapter, BillingApiError, createHttpBillingAdapter } from '../../src/core';
import { createFakeBillingAdapter, type FakePaymentBehaviour, sampleAlertSettings } from '../../src/testing';

/**
 * The fake keeps the contract of docs/billing-api.md: the same calls, made on the reference server
 * (through the HTTP adapter) and on the fake, answer the same — outcomes, reasons, refusals.
 */

const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' });
const now = () => new Date('2026-11-25T12:00:00.000Z');

// The reference server's test cards, with the fake's name for what each does ('slow' is a late answer).
const behaviourOf: Record<string, FakePaymentBehaviour> = {
  succeed: 'succeed',
  decline: 'decline',
  requires_action: 'require_action',
  slow: 'time_out',
  pending: 'pend',
};
const fakeMethods = PAYMENT_METHODS.map((method) => ({
  ...method,
  behaviour: behaviourOf[method.behaviour] ?? 'succeed',
}));

/** What a call answered, without what legitimately differs (ids, links, timestamps). */
async function observe(call: Promise<unknown>) {
  try {
    const value = (await call) as Record<string, unknown> | null;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return { value };
    const { id, actionUrl, updatedAt, ...rest } = value;
    return { value: { ...rest, ...(actionUrl ? { actionUrl: 'present' } : {}) } };
  } catch (error) {
    if (!(error instanceof BillingApiError)) throw error;
    return {
      error: { kind: error.kind, status: error.status, type: error.problem?.type, message: error.message },
    };
  }
}

type Step = [name: string, run: (adapter: BillingAdapter) => Promise<unknown>];

const steps: Step[] = [
  ['balance of a new account', (a) => a.getBalance()],
  ['payment methods', (a) => a.listPaymentMethods?.() as Promise<unknown>],
  ['a top-up with the default card', (a) => a.topUp({ amount: usd(2500), idempotencyKey: 'k-ok' })],
  ['the same key again (a replay)', (a) => a.topUp({ amount: usd(2500), idempotencyKey: 'k-ok' })],
  ['the same key for another amount', (a) => a.topUp({ amount: usd(900), idempotencyKey: 'k-ok' })],
  ['where that top-up stands', (a) => a.getTopUp?.('k-ok') as Promise<unknown>],
  ['no top-up with this key', (a) => a.getTopUp?.('k-none') as Promise<unknown>],
  [
    'a declined card',
    (a) => a.topUp({ amount: usd(2500), idempotencyKey: 'k-declined', paymentMethodId: 'pm_visa_0002' }),
  ],
  [
    '3-D Secure',
    (a) => a.topUp({ amount: usd(2500), idempotencyKey: 'k-3ds', paymentMethodId: 'pm_mc_3155' }),
  ],
  [
    'a direct debit',
    (a) => a.topUp({ amount: usd(2500), idempotencyKey: 'k-sepa', paymentMethodId: 'pm_sepa_1234' }),
  ],
  ['the balance with money on its way', (a) => a.getBalance()],
  ['over the maximum', (a) => a.topUp({ amount: usd(1_000_001), idempotencyKey: 'k-max' })],
  ['nothing', (a) => a.topUp({ amount: usd(0), idempotencyKey: 'k-zero' })],
  [
    'another currency',
    (a) => a.topUp({ amount: { amountMinor: 100, currency: 'EUR' }, idempotencyKey: 'k-eur' }),
  ],
  [
    'an unknown payment method',
    (a) => a.topUp({ amount: usd(100), idempotencyKey: 'k-pm', paymentMethodId: 'pm_unknown' }),
  ],
  ['settings of an account that never saved any', (a) => a.getAlertSettings?.() as Promise<unknown>],
  ['saving settings', (a) => a.saveAlertSettings?.(sampleAlertSettings()) as Promise<unknown>],
  ['the saved settings', (a) => a.getAlertSettings?.() as Promise<unknown>],
  [
    'auto-recharge without consent',
    (a) => {
      const settings = sampleAlertSettings();
      return a.saveAlertSettings?.({
        ...settings,
        autoRecharge: { ...settings.autoRecharge, enabled: true },
      }) as Promise<unknown>;
    },
  ],
  [
    'a webhook that is not https',
    (a) => {
      const settings = sampleAlertSettings();
      return a.saveAlertSettings?.({
        ...settings,
        channels: { ...settings.channels, webhookUrl: 'http://hooks.example.com/x' },
      }) as Promise<unknown>;
    },
  ],
  ['a test alert', (a) => a.sendTestAlert?.(sampleAlertSettings()) as Promise<unknown>],
  [
    'a test alert with no channel',
    (a) =>
      a.sendTestAlert?.({
        ...sampleAlertSettings(),
        channels: { email: [], inApp: false },
      }) as Promise<unknown>,
  ],
  [
    'usage by day',
    (a) =>
      a.getUsage?.({
        from: '2026-11-01T00:00:00.000Z',
        to: '2026-12-01T00:00:00.000Z',
        granularity: 'day',
      }) as Promise<unknown>,
  ],
];

describe('createFakeBillingAdapter keeps the contract of the reference server', () => {
  let server: BillingServer;
  const answers = { server: [] as unknown[], fake: [] as unknown[] };

  beforeAll(async () => {
    server = await createBillingServer({ now });
    const http = createHttpBillingAdapter({ baseUrl: server.billingUrl });
    const fake = createFakeBillingAdapter({ paymentMethods: fakeMethods, now });
    for (const [, run] of steps) {
      answers.server.push(await observe(run(http)));
      answers.fake.push(await observe(run(fake)));
    }
  });
  afterAll(() => server?.close());

  it.each(steps.map(([name], index) => [name, index] as const))('%s', (_name, index) => {
    expect(answers.fake[index]).toEqual(answers.server[index]);
  });
});
