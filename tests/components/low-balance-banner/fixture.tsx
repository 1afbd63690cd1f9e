import { act, render } from '@testing-library/react';
import axe from 'axe-core';
import { expect } from 'vitest';
import {
  createRecovery,
  LowBalanceBanner,
  type LowBalanceBannerProps,
  TopupProvider,
  type TopupProviderProps,
  type Usage,
} from '../../../src';
import {
  createFakeBillingAdapter,
  type FakeBillingAdapter,
  type FakeBillingOptions,
  type OptionalBillingMethod,
} from '../../../src/testing';
import { catalogs } from '../../support/locales';

export type RenderOptions = {
  fake?: FakeBillingOptions;
  adapter?: FakeBillingAdapter;
  provider?: Partial<TopupProviderProps>;
  lang?: keyof typeof catalogs;
};

/**
 * LowBalanceBanner in a TopupProvider over the fake adapter. `setBalance` moves the balance the
 * way the app would see it: the adapter's ledger changes and the store refreshes.
 */
export function renderBanner(props: Partial<LowBalanceBannerProps> = {}, options: RenderOptions = {}) {
  // No usage and no saved settings unless a test asks: each case states what it relies on.
  const fake = options.fake ?? {};
  fake.balanceMinor ??= 120;
  fake.without ??= [
    ...(fake.usage ? [] : (['getUsage'] as const)),
    ...(fake.alertSettings ? [] : (['getAlertSettings', 'saveAlertSettings', 'sendTestAlert'] as const)),
  ] satisfies OptionalBillingMethod[];
  const adapter = options.adapter ?? createFakeBillingAdapter(fake);
  const recovery = createRecovery({ adapter });
  const { locale, messages } = catalogs[options.lang ?? 'en'];
  const ui = (p: Partial<LowBalanceBannerProps>) => (
    <TopupProvider
      adapter={adapter}
      recovery={recovery}
      locale={locale}
      messages={messages}
      {...options.provider}
    >
      <LowBalanceBanner {...p} />
    </TopupProvider>
  );
  const view = render(ui(props));
  const root = () => view.container.querySelector('[data-slot="tk-low-balance-banner"]') as HTMLElement;
  const setBalance = async (amountMinor: number) => {
    adapter.setBalance(amountMinor);
    await act(() => recovery.refreshBalance());
  };
  return {
    ...view,
    adapter,
    recovery,
    root,
    setBalance,
    rerenderWith: (p: Partial<LowBalanceBannerProps>) => view.rerender(ui(p)),
  };
}

/**
 * `perDayMinor` of spend on each of the last `days` calendar days in this runtime's zone, today
 * included (a minute past midnight, so today's is already spent).
 */
export function steadyUsage(perDayMinor: number, days = 30, currency = 'USD'): Usage {
  const today = new Date();
  today.setHours(0, 1, 0, 0);
  return {
    records: Array.from({ length: days }, (_, i) => ({
      at: new Date(today.getFullYear(), today.getMonth(), today.getDate() - i, 0, 1).toISOString(),
      amount: { amountMinor: perDayMinor, currency },
      category: 'queries',
    })),
  };
}

export const thresholds = [
  { level: 'warning' as const, amount: { amountMinor: 2000, currency: 'USD' } },
  { level: 'critical' as const, amount: { amountMinor: 500, currency: 'USD' } },
];

/** axe in jsdom: every rule but colour contrast (jsdom cannot paint; the browser tests check it). */
export async function expectNoAxeViolations(container: Element) {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}
