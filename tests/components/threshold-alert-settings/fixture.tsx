import { render } from '@testing-library/react';
import axe from 'axe-core';
import { expect } from 'vitest';
import {
  type AlertSettings,
  type RecoveryEvent,
  ThresholdAlertSettings,
  type ThresholdAlertSettingsProps,
  TopupProvider,
  type TopupProviderProps,
} from '../../../src';
import {
  createFakeBillingAdapter,
  type FakeBillingAdapter,
  type FakeBillingOptions,
  sampleAlertSettings,
} from '../../../src/testing';
import { catalogs } from '../../support/locales';

export type RenderOptions = {
  fake?: FakeBillingOptions;
  adapter?: FakeBillingAdapter;
  provider?: Partial<TopupProviderProps>;
  lang?: keyof typeof catalogs;
};

/** ThresholdAlertSettings in a TopupProvider over the in-memory fake adapter; events are recorded. */
export function renderSettings(
  props: Partial<ThresholdAlertSettingsProps> = {},
  options: RenderOptions = {},
) {
  // $50.00: above every threshold, so saving auto-recharge charges nothing at once unless a test says so;
  // a team that set alerts up. The same object, not a copy: the fake reads it at each call, and tests
  // flip its switches (failSaveAlertSettings…) mid-test.
  const fake = options.fake ?? {};
  fake.balanceMinor ??= 5000;
  fake.alertSettings ??= sampleAlertSettings();
  const adapter = options.adapter ?? createFakeBillingAdapter(fake);
  const events: RecoveryEvent[] = [];
  const { locale, messages } = catalogs[options.lang ?? 'en'];
  const view = render(
    <TopupProvider
      adapter={adapter}
      locale={locale}
      messages={messages}
      onEvent={(event) => events.push(event)}
      {...options.provider}
    >
      <ThresholdAlertSettings {...props} />
    </TopupProvider>,
  );
  const root = () => view.container.querySelector('[data-slot="tk-threshold-alert-settings"]') as HTMLElement;
  return { ...view, adapter, events, root };
}

/** The last settings the adapter was asked to save. */
export function lastSaved(adapter: FakeBillingAdapter): AlertSettings {
  const call = adapter.calls.filter((c) => c.method === 'saveAlertSettings').at(-1);
  if (!call) throw new Error('saveAlertSettings was not called');
  return call.args[0] as AlertSettings;
}

export const saveCalls = (adapter: FakeBillingAdapter) =>
  adapter.calls.filter((c) => c.method === 'saveAlertSettings').length;

/** The sample settings with auto-recharge on and a consent recorded for the given terms. */
export function withRecharge(terms: string, version = '2026-11'): AlertSettings {
  const settings = sampleAlertSettings();
  settings.autoRecharge = {
    ...settings.autoRecharge,
    enabled: true,
    paymentMethodId: 'pm_visa',
    consent: { terms, acceptedAt: '2026-11-01T10:00:00.000Z', version },
  };
  return settings;
}

export const TERMS_EN =
  'Charge Visa •••• 4242 $25.00 whenever my balance falls below $5.00, at most $100.00 per month. I can turn this off at any time.';

/** axe in jsdom: every rule but colour contrast (jsdom cannot paint; the browser tests check it). */
export async function expectNoAxeViolations(container: Element) {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}
