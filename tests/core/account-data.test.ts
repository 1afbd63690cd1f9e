import { describe, expect, it } from 'vitest';
import {
  createRecovery,
  loadAlertSettings,
  loadPaymentMethods,
  loadRecentUsage,
  loadUsage,
} from '../../src/core';
import { createFakeBillingAdapter } from '../../src/testing';
import { flush, ibe } from './support';

const count = (adapter: ReturnType<typeof createFakeBillingAdapter>, method: string) =>
  adapter.calls.filter((call) => call.method === method).length;

describe('account data in the store', () => {
  it('shares one read in flight and keeps what it read, default method first', async () => {
    const adapter = createFakeBillingAdapter({
      balanceMinor: 120,
      paymentMethods: [
        { id: 'a', brand: 'Amex', last4: '0005' },
        { id: 'b', brand: 'Visa', last4: '4242', isDefault: true },
      ],
    });
    const recovery = createRecovery({ adapter });
    const [first, second] = await Promise.all([loadPaymentMethods(recovery), loadPaymentMethods(recovery)]);
    expect(first).toBe(second);
    expect(count(adapter, 'listPaymentMethods')).toBe(1);
    const methods = recovery.getSnapshot().paymentMethods;
    expect(methods?.status === 'ready' && methods.value.map((method) => method.id)).toEqual(['b', 'a']);
    await loadPaymentMethods(recovery);
    expect(count(adapter, 'listPaymentMethods')).toBe(1);
    await loadPaymentMethods(recovery, { fresh: true });
    expect(count(adapter, 'listPaymentMethods')).toBe(2);
  });

  it('says unsupported without the adapter method, and asks again after a failure', async () => {
    const without = createRecovery({
      adapter: createFakeBillingAdapter({ balanceMinor: 120, without: ['getAlertSettings'] }),
    });
    await expect(loadAlertSettings(without)).resolves.toEqual({ status: 'unsupported' });

    const options = { balanceMinor: 120, failGetAlertSettings: true };
    const adapter = createFakeBillingAdapter(options);
    const failing = createRecovery({ adapter });
    await expect(loadAlertSettings(failing)).resolves.toEqual({ status: 'error' });
    expect(failing.getSnapshot().alertSettings).toEqual({ status: 'error' });
    options.failGetAlertSettings = false;
    await expect(loadAlertSettings(failing)).resolves.toMatchObject({ status: 'ready' });
    expect(count(adapter, 'getAlertSettings')).toBe(2);
  });

  it('reads saved settings and recent usage again after alerts_saved, keeping the old value meanwhile', async () => {
    const adapter = createFakeBillingAdapter({ balanceMinor: 120 });
    const recovery = createRecovery({ adapter });
    await loadAlertSettings(recovery);
    await loadRecentUsage(recovery);
    recovery.emit({ type: 'alerts_saved' });
    expect(recovery.getSnapshot().alertSettings).toMatchObject({ status: 'ready', refreshing: true });
    await loadAlertSettings(recovery, { fresh: true }); // joins the read in flight
    expect(count(adapter, 'getAlertSettings')).toBe(2);
    expect(count(adapter, 'getUsage')).toBe(2);
    expect(recovery.getSnapshot().alertSettings).toMatchObject({ status: 'ready' });
    expect(recovery.getSnapshot().alertSettings).not.toHaveProperty('refreshing');
  });

  it('reads saved settings again after a new 402 once something loaded them, and nothing never loaded', async () => {
    const adapter = createFakeBillingAdapter({ balanceMinor: 120 });
    const recovery = createRecovery({ adapter });
    void recovery.block(ibe()).catch(() => {});
    await flush();
    expect(count(adapter, 'getAlertSettings')).toBe(0);
    recovery.dismiss();

    await loadAlertSettings(recovery);
    void recovery.block(ibe()).catch(() => {});
    await flush();
    expect(count(adapter, 'getAlertSettings')).toBe(2);
    expect(count(adapter, 'getUsage')).toBe(0);
    expect(recovery.getSnapshot().alertSettings).toMatchObject({ status: 'ready' });
    recovery.dismiss();
  });

  it('keeps usage by query, and ends an adapter that throws at once in the error state', async () => {
    const adapter = createFakeBillingAdapter({ balanceMinor: 120 });
    const recovery = createRecovery({ adapter });
    const query = {
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-12-01T00:00:00.000Z',
      granularity: 'day' as const,
    };
    await loadUsage(recovery, query);
    await loadUsage(recovery, query);
    expect(count(adapter, 'getUsage')).toBe(1);
    expect(Object.values(recovery.getSnapshot().usage ?? {})).toMatchObject([{ status: 'ready' }]);

    adapter.getUsage = () => {
      throw new Error('no');
    };
    await expect(loadUsage(recovery, { ...query, granularity: 'week' })).resolves.toEqual({
      status: 'error',
    });
  });
});
