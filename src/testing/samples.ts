import type { AlertSettings, Money, Usage } from '../core';
import { DAY_MS } from '../core/time';
import type { FakePaymentMethod } from './fake-billing-adapter';

const HOUR_MS = 3_600_000;

/**
 * One card per behaviour a conversation has to handle: the default one succeeds, `pm_declined` is
 * declined by the bank, `pm_3ds` asks the cardholder to confirm (3-D Secure).
 */
export const samplePaymentMethods: readonly FakePaymentMethod[] = [
  { id: 'pm_visa', brand: 'Visa', last4: '4242', isDefault: true, behaviour: 'succeed' },
  { id: 'pm_declined', brand: 'Visa', last4: '0002', behaviour: 'decline' },
  { id: 'pm_3ds', brand: 'Mastercard', last4: '3155', behaviour: 'require_action' },
];

/** What an account that never saved any settings gets (docs/billing-api.md): alerts and auto-recharge off. */
export function defaultAlertSettings(currency = 'USD'): AlertSettings {
  const inCurrency = (amountMinor: number): Money => ({ amountMinor, currency });
  return {
    alertsEnabled: false,
    thresholds: [
      { amount: inCurrency(1000), level: 'warning' },
      { amount: inCurrency(200), level: 'critical' },
    ],
    channels: { email: [], inApp: true },
    autoRecharge: {
      enabled: false,
      threshold: inCurrency(500),
      amount: inCurrency(2500),
      monthlyCap: inCurrency(10000),
    },
  };
}

/** A team that set alerts up: two thresholds, one address, in-app; auto-recharge still off. */
export function sampleAlertSettings(currency = 'USD'): AlertSettings {
  const inCurrency = (amountMinor: number): Money => ({ amountMinor, currency });
  return {
    ...defaultAlertSettings(currency),
    alertsEnabled: true,
    thresholds: [
      { amount: inCurrency(2000), level: 'warning' },
      { amount: inCurrency(500), level: 'critical' },
    ],
    channels: { email: ['ops@example.com'], inApp: true },
  };
}

export type SampleUsageOptions = {
  /** The last day of spend; default 2026-11-26T12:00:00Z, so screenshots and tests stay stable. */
  end?: Date;
  currency?: string;
};

const SAMPLE_CATEGORIES = [
  { category: 'gpt-large', weight: 8 },
  { category: 'gpt-small', weight: 3 },
  { category: 'embeddings', weight: 2 },
  { category: 'reranker', weight: 1 },
  { category: 'vision', weight: 1 },
  { category: 'speech', weight: 0.5 },
];

/**
 * `days` of spend across six categories, ending at `end`, plus one $50.00 credit ten days before it.
 * Deterministic (a fixed linear congruential sequence), so every run shows the same numbers.
 */
export function sampleUsage(days: number, { end, currency = 'USD' }: SampleUsageOptions = {}): Usage {
  const endTime = (end ?? new Date('2026-11-26T12:00:00Z')).getTime();
  let seed = 42;
  const nextRandom = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const records: Usage['records'] = [];
  for (let daysBack = days - 1; daysBack >= 0; daysBack--) {
    const dayTime = endTime - daysBack * DAY_MS;
    SAMPLE_CATEGORIES.forEach(({ category, weight }, index) => {
      records.push({
        at: new Date(dayTime - index * HOUR_MS).toISOString(),
        amount: { amountMinor: Math.round(weight * 40 * (0.5 + nextRandom())), currency },
        category,
      });
    });
  }
  return {
    records,
    credits: [
      {
        at: new Date(endTime - 10 * DAY_MS).toISOString(),
        amount: { amountMinor: 5000, currency },
        source: 'top-up',
      },
    ],
  };
}

/** A promise and the function that settles it: hold an adapter call (`topUpGate`, `saveGate`) until a test says. */
export function gate(): { promise: Promise<void>; open: () => void } {
  let open = () => {};
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}
