// A 402 while auto-recharge is on but cannot charge: the modal says why it did not step in, in one
// line with the way out (the settings when paused, the bank's page when the bank asks).
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { AlertSettings } from '../../../src/core';
import { sampleAlertSettings } from '../../../src/testing';
import { setup } from './fixture';

const withRecharge = (patch: Partial<AlertSettings['autoRecharge']>): AlertSettings => {
  const settings = sampleAlertSettings();
  settings.autoRecharge = { ...settings.autoRecharge, enabled: true, ...patch };
  return settings;
};

async function openModal(user: ReturnType<typeof setup>['user']) {
  await user.click(screen.getByRole('button', { name: 'Run query' }));
  return screen.findByRole('dialog');
}

describe('BalanceBlockedModal: auto-recharge that could not charge', () => {
  it('paused: says so with the server’s reason, and the way back on (the settings; the work keeps waiting)', async () => {
    const onSetUpAlerts = vi.fn();
    const { user } = setup({
      fake: {
        alertSettings: withRecharge({
          status: 'paused',
          statusReason: 'Your card was declined 3 times in a row.',
        }),
      },
      modal: { onSetUpAlerts },
    });
    const dialog = await openModal(user);
    const line = await within(dialog).findByText(/^Auto-recharge is paused, so it did not top up\./);
    expect(line).toHaveTextContent(
      'Auto-recharge is paused, so it did not top up. Your card was declined 3 times in a row. Turn auto-recharge back on',
    );
    await user.click(within(line).getByRole('button', { name: 'Turn auto-recharge back on' }));
    expect(onSetUpAlerts).toHaveBeenCalledOnce();
    // Set aside, not dismissed: the query still waits for a top-up.
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('region', { name: 'Waiting for a top-up' })).toBeVisible();
  });

  it('requires action: says the bank is waiting for the amount, with the link to confirm', async () => {
    const { user } = setup({
      fake: {
        alertSettings: withRecharge({
          status: 'requires_action',
          lastCharge: {
            id: 'arc_1',
            at: new Date().toISOString(),
            amount: { amountMinor: 2500, currency: 'USD' },
            status: 'requires_action',
            actionUrl: 'https://bank.example/3ds/abc',
          },
        }),
      },
    });
    const dialog = await openModal(user);
    const line = await within(dialog).findByText(
      /^Auto-recharge is waiting for your bank to confirm \$25\.00/,
    );
    expect(within(line).getByRole('link', { name: 'Confirm with your bank' })).toHaveAttribute(
      'href',
      'https://bank.example/3ds/abc',
    );
  });

  it('says nothing about auto-recharge while it is active or off', async () => {
    const { user } = setup({ fake: { alertSettings: withRecharge({ status: 'active' }) } });
    const dialog = await openModal(user);
    await within(dialog).findByRole('button', { name: /^Top up \$/ });
    expect(dialog).not.toHaveTextContent(/Auto-recharge is/);
  });
});
