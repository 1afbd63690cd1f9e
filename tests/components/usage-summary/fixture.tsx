/** The shared fixture: UsageSummary in a TopupProvider over the in-memory fake adapter. */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type * as React from 'react';
import { formatMoney, TopupProvider, type TopupProviderProps } from '../../../src';
import { UsageSummary, type UsageSummaryProps } from '../../../src/components/usage-summary';
import type { Usage, UsageQuery } from '../../../src/core/types';
import { createFakeBillingAdapter, type FakeBillingOptions, sampleUsage } from '../../../src/testing';

export const DAY = 86_400_000;

/** Usage that ends now, so the default "last 30 days" always has data (and so does the period before). */
export function recentUsage(days = 70): Usage {
  return sampleUsage(days, { end: new Date() });
}

export type RenderUsageOptions = {
  props?: UsageSummaryProps;
  fake?: FakeBillingOptions;
  provider?: Partial<TopupProviderProps>;
};

export function renderUsage({ props, fake, provider }: RenderUsageOptions = {}) {
  const fakeOptions: FakeBillingOptions = { usage: recentUsage(), balanceMinor: 4200, ...fake };
  const adapter = createFakeBillingAdapter(fakeOptions);
  const user = userEvent.setup();
  const ui = (extra?: UsageSummaryProps): React.ReactElement => (
    <TopupProvider adapter={adapter} locale="en-US" {...provider}>
      <UsageSummary timeZone="UTC" {...props} {...extra} />
    </TopupProvider>
  );
  const utils = render(ui());
  const root = () =>
    utils.container.querySelector<HTMLElement>('[data-slot="tk-usage-summary"]') as HTMLElement;
  const usageCalls = () =>
    adapter.calls.filter((c) => c.method === 'getUsage').map((c) => c.args[0] as UsageQuery);
  return { adapter, user, root, usageCalls, fakeOptions, ui, ...utils };
}

/** What summing the fake's records in [from, to) gives, to compare the screen against. */
export function spendBetween(usage: Usage, from: number, to: number): number {
  let total = 0;
  for (const r of usage.records) {
    const t = Date.parse(r.at);
    if (t >= from && t < to) total += r.amount.amountMinor;
  }
  return total;
}

export function startOfUtcDay(offsetDays = 0): number {
  const now = new Date();
  return Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + offsetDays);
}

export const usd = (amountMinor: number) => formatMoney({ amountMinor, currency: 'USD' }, 'en-US');
