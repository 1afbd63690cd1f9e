import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AlertSettings } from '../../../src';
import {
  expectNoAxeViolations,
  lastSaved,
  renderSettings,
  saveCalls,
  TERMS_EN,
  withRecharge,
} from './fixture';

const rechargeSwitch = () => screen.getByRole('switch', { name: 'Auto-recharge' });
const consentBox = () => screen.getByRole('checkbox', { name: /Charge |charge / });
const save = () => screen.getByRole('button', { name: 'Save settings' });
const loaded = () => screen.findByRole('switch', { name: 'Low-balance alerts' });

const TARGET_EN =
  'Whenever my balance falls below $5.00, charge Visa •••• 4242 what it takes to bring it back to $30.00, at most $100.00 per month. I can turn this off at any time.';

describe('ThresholdAlertSettings: the two modes', () => {
  it('reloads to a target balance: its own exact terms, asked again when the target changes', async () => {
    const user = userEvent.setup();
    const { adapter } = renderSettings();
    await loaded();
    await user.click(rechargeSwitch());
    await user.click(screen.getByRole('radio', { name: 'Top up to a target balance' }));
    // Starts at threshold + amount: the same first recharge, said as a balance.
    const target = screen.getByRole('textbox', { name: 'Top up to' });
    expect(target).toHaveValue('30.00');
    expect(screen.queryByRole('textbox', { name: 'Add' })).toBeNull();
    expect(consentBox()).toHaveAccessibleName(TARGET_EN);
    await user.click(consentBox());
    await user.clear(target);
    await user.type(target, '40');
    expect(consentBox()).not.toBeChecked();
    expect(consentBox()).toHaveAccessibleName(/bring it back to \$40\.00/);
    await user.click(consentBox());
    await user.click(save());
    await waitFor(() => expect(saveCalls(adapter)).toBe(1));
    expect(lastSaved(adapter).autoRecharge).toMatchObject({
      enabled: true,
      mode: 'target',
      target: { amountMinor: 4000, currency: 'USD' },
      consent: { terms: TARGET_EN.replace('$30.00', '$40.00') },
    });
    // Many clicks and keystrokes, each a render: more than the default 5 s on a busy machine.
  }, 15_000);

  it('refuses a target at or below the threshold, in words linked from the summary', async () => {
    const user = userEvent.setup();
    renderSettings();
    await loaded();
    await user.click(rechargeSwitch());
    await user.click(screen.getByRole('radio', { name: 'Top up to a target balance' }));
    const target = screen.getByRole('textbox', { name: 'Top up to' });
    await user.clear(target);
    await user.type(target, '5');
    await user.click(save());
    const message = 'Set a target balance above $5.00, the balance that starts a recharge.';
    expect(target).toHaveAccessibleDescription(new RegExp(message.replace(/[.$]/g, '\\$&')));
    expect(screen.getByRole('link', { name: message })).toBeVisible();
  });
});

describe('ThresholdAlertSettings: no surprise at save', () => {
  it('says in the terms that saving charges now, with the amount, while the balance is under the threshold', async () => {
    const user = userEvent.setup();
    renderSettings({}, { fake: { balanceMinor: 485 } });
    await loaded();
    await user.click(rechargeSwitch());
    expect(
      await screen.findByRole('checkbox', { name: /this charges \$25\.00 now\.$/ }),
    ).toHaveAccessibleName(
      `${TERMS_EN} Your balance is $4.85, already below $5.00: this charges $25.00 now.`,
    );
    // Mode target: what it takes to reach the target.
    await user.click(screen.getByRole('radio', { name: 'Top up to a target balance' }));
    expect(consentBox()).toHaveAccessibleName(/this charges \$25\.15 now\.$/);
  });

  it('shows the receipt for the charge the save made', async () => {
    const user = userEvent.setup();
    const onSave = async (settings: AlertSettings): Promise<AlertSettings> => ({
      ...settings,
      autoRecharge: {
        ...settings.autoRecharge,
        status: 'active',
        lastCharge: {
          id: 'tu_1',
          at: '2026-12-01T10:42:00.000Z',
          amount: { amountMinor: 2500, currency: 'USD' },
          status: 'succeeded',
          balance: { amountMinor: 2985, currency: 'USD' },
        },
      },
    });
    renderSettings({ onSave }, { fake: { balanceMinor: 485 } });
    await loaded();
    await user.click(rechargeSwitch());
    await user.click(await screen.findByRole('checkbox', { name: /charges \$25\.00 now/ }));
    await user.click(save());
    const status = (await screen.findByText('Saved. Your alert settings are up to date.')).closest(
      '[role="status"]',
    ) as HTMLElement;
    expect(status).toHaveTextContent('Auto-recharge added $25.00. Your balance is now $29.85.');
    // What is true now: on, in one line.
    expect(rechargeSwitch()).toHaveAccessibleDescription(
      'On: adds $25.00 whenever your balance falls below $5.00, at most $100.00 a month.',
    );
  });

  it('keeps a consent given with a charge at once once the balance is back above the threshold', async () => {
    const consented = withRecharge(
      `${TERMS_EN} Your balance is $4.85, already below $5.00: this charges $25.00 now.`,
    );
    renderSettings({}, { fake: { alertSettings: consented } });
    expect(await screen.findByRole('checkbox', { name: TERMS_EN })).toBeChecked();
    expect(screen.queryByText('The terms changed — please confirm them again.')).toBeNull();
  });
});

describe('ThresholdAlertSettings: when auto-recharge cannot charge', () => {
  it('says it is paused, with the server’s reason, and turns it back on by saving', async () => {
    const user = userEvent.setup();
    const settings = withRecharge(TERMS_EN);
    settings.autoRecharge.status = 'paused';
    settings.autoRecharge.statusReason = 'Your card was declined 3 times in a row.';
    const { adapter } = renderSettings({}, { fake: { alertSettings: settings } });
    const panel = (await screen.findByRole('heading', { name: 'Auto-recharge is paused' }))
      .parentElement as HTMLElement;
    expect(panel).toHaveTextContent('Your card was declined 3 times in a row.');
    expect(rechargeSwitch()).toHaveAccessibleDescription(
      'Paused: nothing is charged until you turn it back on.',
    );
    await user.click(within(panel).getByRole('button', { name: 'Turn auto-recharge back on' }));
    await waitFor(() => expect(saveCalls(adapter)).toBe(1));
    expect(lastSaved(adapter).autoRecharge).not.toHaveProperty('status');
  });

  it('asks the cardholder to confirm with the bank, and links there', async () => {
    const settings = withRecharge(TERMS_EN);
    settings.autoRecharge.status = 'requires_action';
    settings.autoRecharge.lastCharge = {
      id: 'tu_2',
      at: '2026-12-01T10:42:00.000Z',
      amount: { amountMinor: 2500, currency: 'USD' },
      status: 'requires_action',
      actionUrl: '/3ds/tu_2',
    };
    const { container } = renderSettings({}, { fake: { alertSettings: settings } });
    const panel = (
      await screen.findByRole('heading', { name: 'Your bank wants to confirm an auto-recharge' })
    ).parentElement as HTMLElement;
    expect(panel).toHaveTextContent(/tried to add \$25\.00.*Nothing was charged, and we won’t try again/);
    expect(within(panel).getByRole('link', { name: 'Confirm with your bank' })).toHaveAttribute(
      'href',
      '/3ds/tu_2',
    );
    await expectNoAxeViolations(container);
  });

  it('never links to a script URL the server sent', async () => {
    const settings = withRecharge(TERMS_EN);
    settings.autoRecharge.status = 'requires_action';
    settings.autoRecharge.lastCharge = {
      id: 'tu_3',
      at: '2026-12-01T10:42:00.000Z',
      amount: { amountMinor: 2500, currency: 'USD' },
      status: 'requires_action',
      actionUrl: 'javascript:alert(1)',
    };
    renderSettings({}, { fake: { alertSettings: settings } });
    await screen.findByRole('heading', { name: 'Your bank wants to confirm an auto-recharge' });
    expect(screen.queryByRole('link', { name: 'Confirm with your bank' })).toBeNull();
  });
});
