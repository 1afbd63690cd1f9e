import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { AlertSettings } from '../../../src';
import { createFakeBillingAdapter, gate, sampleAlertSettings } from '../../../src/testing';
import {
  expectNoAxeViolations,
  lastSaved,
  renderSettings,
  saveCalls,
  TERMS_EN,
  withRecharge,
} from './fixture';

const save = () => screen.getByRole('button', { name: 'Save settings' });
const rechargeSwitch = () => screen.getByRole('switch', { name: 'Auto-recharge' });
const amountField = () => screen.getByRole('textbox', { name: 'Add' });
const consentBox = () => screen.getByRole('checkbox', { name: /^Charge / });
const loaded = () => screen.findByRole('switch', { name: 'Low-balance alerts' });

describe('ThresholdAlertSettings: loading', () => {
  it('loads the saved settings from the adapter, announcing the wait', async () => {
    const { root } = renderSettings();
    expect(screen.getByRole('status')).toHaveTextContent('Loading your alert settings…');
    expect(root()).toHaveAttribute('data-state', 'loading');
    expect(await loaded()).toBeChecked();
    expect(root()).toHaveAttribute('data-state', 'idle');
    expect(screen.getByRole('textbox', { name: 'Alert 1: when my balance falls below' })).toHaveValue(
      '20.00',
    );
    expect(screen.getByRole('textbox', { name: 'Alert 2: when my balance falls below' })).toHaveValue('5.00');
    expect(screen.getByRole('combobox', { name: 'Alert 2 type' })).toHaveValue('critical');
    expect(screen.getByRole('textbox', { name: 'Email addresses' })).toHaveValue('ops@example.com');
  });

  it('says so when loading fails, and tries again on request', async () => {
    const fake = { failGetAlertSettings: true };
    const { root, adapter } = renderSettings({}, { fake });
    expect(
      await screen.findByText("We couldn't load your alert settings. Nothing has changed."),
    ).toBeVisible();
    expect(root()).toHaveAttribute('data-state', 'error');
    fake.failGetAlertSettings = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await loaded()).toBeInTheDocument();
    expect(adapter.calls.filter((c) => c.method === 'getAlertSettings')).toHaveLength(2);
  });

  it('renders nothing when the adapter cannot load or save alerts and no value is given', () => {
    // …and says why, once, in development (this file's first render of that case).
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const { container } = renderSettings(
        {},
        { fake: { without: ['getAlertSettings', 'saveAlertSettings', 'sendTestAlert'] } },
      );
      expect(container).toBeEmptyDOMElement();
      expect(
        renderSettings({}, { fake: { without: ['getAlertSettings', 'saveAlertSettings', 'sendTestAlert'] } })
          .container,
      ).toBeEmptyDOMElement();
      const ours = warn.mock.calls.filter(([text]) => String(text).includes('ThresholdAlertSettings'));
      expect(ours).toHaveLength(1);
      expect(String(ours[0]?.[0])).toMatch(/saveAlertSettings/);
    } finally {
      warn.mockRestore();
    }
  });

  it('starts from the defaults (alerts and auto-recharge off) when the adapter can save but not load', async () => {
    const user = userEvent.setup();
    const full = createFakeBillingAdapter({
      balanceMinor: 120,
      currency: 'EUR',
      without: ['getAlertSettings', 'saveAlertSettings', 'sendTestAlert'],
    });
    const saved: AlertSettings[] = [];
    // An adapter with saveAlertSettings and no getAlertSettings.
    const adapter = {
      ...full,
      saveAlertSettings: async (settings: AlertSettings) => {
        saved.push(settings);
        return settings;
      },
    };
    const { root } = renderSettings({}, { adapter });
    const alerts = await loaded();
    expect(alerts).not.toBeChecked();
    expect(rechargeSwitch()).not.toBeChecked();
    expect(root()).toHaveAttribute('data-state', 'idle');

    await user.click(rechargeSwitch());
    // In the account's currency, from its balance; never pre-ticked.
    expect(amountField()).toHaveValue('25.00');
    expect(consentBox()).not.toBeChecked();
    expect(consentBox()).toHaveAccessibleName(/€25\.00 whenever my balance falls below €5\.00/);
    await user.click(rechargeSwitch());
    await user.click(save());
    await screen.findByText('Saved. Your alert settings are up to date.');
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      alertsEnabled: false,
      thresholds: [],
      autoRecharge: { enabled: false, amount: { amountMinor: 2500, currency: 'EUR' } },
    });
  });

  it('starts from defaultValue without asking the adapter', async () => {
    const defaultValue = { ...sampleAlertSettings(), alertsEnabled: false };
    const { adapter } = renderSettings({ defaultValue });
    expect(screen.getByRole('switch', { name: 'Low-balance alerts' })).not.toBeChecked();
    expect(screen.queryByRole('textbox', { name: 'Email addresses' })).toBeNull();
    expect(adapter.calls.some((c) => c.method === 'getAlertSettings')).toBe(false);
  });
});

describe('ThresholdAlertSettings: auto-recharge and consent', () => {
  it('is off by default, named "Auto-recharge", with an honest hint', async () => {
    renderSettings();
    await loaded();
    expect(rechargeSwitch()).not.toBeChecked();
    expect(rechargeSwitch()).toHaveAccessibleDescription(
      'Off by default. We never charge without your say-so.',
    );
    expect(screen.queryByRole('checkbox', { name: /^Charge / })).toBeNull();
  });

  it('shows the exact terms, never pre-ticked, and refuses to save until they are accepted', async () => {
    const user = userEvent.setup();
    const { adapter, root } = renderSettings();
    await loaded();
    await user.click(rechargeSwitch());
    expect(await screen.findByRole('checkbox', { name: TERMS_EN })).not.toBeChecked();

    await user.click(save());
    const summary = screen.getByRole('heading', { name: 'There is a problem' }).parentElement as HTMLElement;
    expect(summary).toHaveFocus();
    expect(
      within(summary).getByRole('link', {
        name: 'Tick the box to confirm these terms, or turn auto-recharge off.',
      }),
    ).toBeVisible();
    expect(consentBox()).toHaveAttribute('aria-invalid', 'true');
    expect(consentBox()).toHaveAccessibleDescription(
      'Tick the box to confirm these terms, or turn auto-recharge off.',
    );
    expect(root()).toHaveAttribute('data-state', 'invalid');
    expect(saveCalls(adapter)).toBe(0);

    await user.click(consentBox());
    expect(screen.queryByRole('heading', { name: 'There is a problem' })).toBeNull();
    const before = Date.now();
    await user.click(save());
    await screen.findByText('Saved. Your alert settings are up to date.');
    const saved = lastSaved(adapter);
    expect(saved.autoRecharge).toMatchObject({
      enabled: true,
      paymentMethodId: 'pm_visa',
      consent: { terms: TERMS_EN, version: '2026-11' },
    });
    const acceptedAt = saved.autoRecharge.consent?.acceptedAt ?? '';
    expect(acceptedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(Date.parse(acceptedAt)).toBeGreaterThanOrEqual(before - 60_000);
    expect(root()).toHaveAttribute('data-state', 'saved');
  });

  it('asks again when the terms change after consent', async () => {
    const user = userEvent.setup();
    const { adapter } = renderSettings();
    await loaded();
    await user.click(rechargeSwitch());
    await user.click(consentBox());
    expect(consentBox()).toBeChecked();

    await user.clear(amountField());
    await user.type(amountField(), '30');
    const box = consentBox();
    expect(box).toHaveAccessibleName(
      'Charge Visa •••• 4242 $30.00 whenever my balance falls below $5.00, at most $100.00 per month. I can turn this off at any time.',
    );
    expect(box).not.toBeChecked();
    expect(screen.getByText('The terms changed — please confirm them again.')).toBeVisible();
    expect(box).toHaveAccessibleDescription('The terms changed — please confirm them again.');

    await user.click(save());
    expect(saveCalls(adapter)).toBe(0);
    await user.click(consentBox());
    await user.click(save());
    await waitFor(() => expect(saveCalls(adapter)).toBe(1));
    expect(lastSaved(adapter).autoRecharge.consent?.terms).toContain('$30.00');
  });

  it('asks again when the payment method changes', async () => {
    const user = userEvent.setup();
    renderSettings();
    await loaded();
    await user.click(rechargeSwitch());
    await user.click(consentBox());
    await user.selectOptions(screen.getByRole('combobox', { name: 'Pay with' }), 'Mastercard •••• 3155');
    expect(consentBox()).toHaveAccessibleName(/^Charge Mastercard •••• 3155 \$25\.00/);
    expect(consentBox()).not.toBeChecked();
  });

  it('keeps a recorded consent to the same terms, and re-asks when the stored terms differ', async () => {
    const { unmount } = renderSettings({}, { fake: { alertSettings: withRecharge(TERMS_EN) } });
    expect(await screen.findByRole('checkbox', { name: TERMS_EN })).toBeChecked();
    expect(screen.queryByText('The terms changed — please confirm them again.')).toBeNull();
    unmount();

    const older = 'Charge Visa •••• 4242 $25.00 whenever the balance falls below $5.00.';
    renderSettings({}, { fake: { alertSettings: withRecharge(older) } });
    expect(await screen.findByRole('checkbox', { name: TERMS_EN })).not.toBeChecked();
    expect(screen.getByText('The terms changed — please confirm them again.')).toBeVisible();
  });

  it('re-asks when the terms template version changed', async () => {
    renderSettings({}, { fake: { alertSettings: withRecharge(TERMS_EN, '2025-01') } });
    expect(await screen.findByRole('checkbox', { name: TERMS_EN })).not.toBeChecked();
  });

  it('never needs consent to turn auto-recharge off, and drops the old record', async () => {
    const user = userEvent.setup();
    const { adapter } = renderSettings({}, { fake: { alertSettings: withRecharge('stale terms') } });
    await loaded();
    await user.click(rechargeSwitch());
    expect(rechargeSwitch()).not.toBeChecked();
    await user.click(save());
    await screen.findByText('Saved. Your alert settings are up to date.');
    const saved = lastSaved(adapter).autoRecharge;
    expect(saved.enabled).toBe(false);
    expect(saved).not.toHaveProperty('consent');
  });

  it('uses the provider’s minimum top-up and checks the cap against the amount', async () => {
    const user = userEvent.setup();
    renderSettings({}, { provider: { limits: { min: { amountMinor: 1000, currency: 'USD' } } } });
    await loaded();
    await user.click(rechargeSwitch());
    expect(amountField()).toHaveAccessibleDescription(/At least \$10\.00 each time\./);
    await user.clear(amountField());
    await user.type(amountField(), '9');
    const cap = screen.getByRole('textbox', { name: 'Monthly cap' });
    await user.clear(cap);
    await user.type(cap, '8');
    await user.click(save());
    expect(amountField()).toHaveAccessibleDescription(
      /Add at least \$10\.00 each time — that is the smallest top-up\./,
    );
    expect(cap).toHaveAccessibleDescription(
      /Set a monthly cap of at least \$9\.00, the amount added each time\./,
    );
  });

  it('asks for a payment method when the account has none', async () => {
    const user = userEvent.setup();
    renderSettings({}, { fake: { paymentMethods: [] } });
    await loaded();
    await user.click(rechargeSwitch());
    expect(screen.getByText('There is no payment method on your account yet.')).toBeVisible();
    await user.click(save());
    expect(
      screen.getByRole('link', {
        name: 'Add a payment method to your account first, or turn auto-recharge off.',
      }),
    ).toHaveAttribute('href', expect.stringMatching(/-recharge$/));
  });

  it('words the terms without a method list as the default method', async () => {
    const user = userEvent.setup();
    renderSettings({}, { fake: { without: ['listPaymentMethods'] } });
    await loaded();
    await user.click(rechargeSwitch());
    expect(consentBox()).toHaveAccessibleName(/^Charge my default payment method \$25\.00 whenever/);
    expect(screen.queryByRole('combobox', { name: 'Pay with' })).toBeNull();
  });
});

describe('ThresholdAlertSettings: validation', () => {
  it('links each problem in the summary to its field, and the link moves focus there', async () => {
    const user = userEvent.setup();
    renderSettings();
    await loaded();
    const webhook = screen.getByRole('textbox', { name: 'Webhook URL (optional)' });
    await user.type(webhook, 'javascript:alert(1)');
    await user.click(save());
    const link = screen.getByRole('link', {
      name: 'Enter a webhook URL that starts with https://, like https://example.com/hooks/balance.',
    });
    expect(link.getAttribute('href')).toBe(`#${webhook.id}`);
    expect(webhook).toHaveAttribute('aria-invalid', 'true');
    await user.click(link);
    expect(webhook).toHaveFocus();
  });

  it.each([
    // OneClickTopUp's words for the same problems, after the field's name.
    ['💸', 'Amount to add: Enter an amount, like $20.00.'],
    ['1e309', 'Amount to add: Enter an amount, like $20.00.'],
    ['-5', 'Amount to add: Enter 0 or more, like $20.00.'],
    ['5.123', 'Amount to add: USD amounts have at most 2 decimal places.'],
    ['', 'Amount to add: Enter an amount, like $20.00.'],
    ['99999999999999999999', 'Amount to add: That number is too large. Enter an amount like $20.00.'],
  ])('explains %j in the amount field without crashing', async (typed, message) => {
    const user = userEvent.setup();
    const { adapter } = renderSettings();
    await loaded();
    await user.click(rechargeSwitch());
    await user.clear(amountField());
    if (typed) await user.type(amountField(), typed);
    await user.click(save());
    expect(amountField()).toHaveValue(typed);
    expect(amountField()).toHaveAccessibleDescription(new RegExp(message.replace(/[.$()]/g, '\\$&')));
    expect(screen.getByRole('link', { name: message })).toBeVisible();
    expect(saveCalls(adapter)).toBe(0);
  });

  it('reads amounts pasted with thousands separators', async () => {
    const user = userEvent.setup();
    const { adapter } = renderSettings();
    await loaded();
    await user.click(rechargeSwitch());
    await user.clear(amountField());
    await user.click(amountField());
    await user.paste('1,250.50');
    const cap = screen.getByRole('textbox', { name: 'Monthly cap' });
    await user.clear(cap);
    await user.click(cap);
    await user.paste('$2,000');
    await user.click(consentBox());
    expect(consentBox()).toHaveAccessibleName(/\$1,250\.50 whenever .* at most \$2,000\.00 per month/);
    await user.click(save());
    await waitFor(() => expect(saveCalls(adapter)).toBe(1));
    expect(lastSaved(adapter).autoRecharge.amount).toEqual({ amountMinor: 125050, currency: 'USD' });
    expect(lastSaved(adapter).autoRecharge.monthlyCap).toEqual({ amountMinor: 200000, currency: 'USD' });
  });

  it('reads German thresholds and shows German errors', async () => {
    const user = userEvent.setup();
    const { adapter } = renderSettings({}, { lang: 'de' });
    const first = await screen.findByRole('textbox', {
      name: 'Warnung 1: wenn mein Guthaben unter diesen Betrag fällt',
    });
    expect(first).toHaveValue('20,00');
    await user.clear(first);
    await user.click(first);
    await user.paste('1.250,5');
    const second = screen.getByRole('textbox', {
      name: 'Warnung 2: wenn mein Guthaben unter diesen Betrag fällt',
    });
    await user.clear(second);
    await user.type(second, '-3');
    await user.click(screen.getByRole('button', { name: 'Einstellungen speichern' }));
    expect(screen.getByRole('heading', { name: 'Bitte prüfen Sie Ihre Angaben' })).toBeVisible();
    expect(second).toHaveAccessibleDescription(/Warnung 2: Geben Sie 0 oder mehr ein, zum Beispiel/);
    await user.clear(second);
    await user.type(second, '5');
    await user.click(screen.getByRole('button', { name: 'Einstellungen speichern' }));
    await waitFor(() => expect(saveCalls(adapter)).toBe(1));
    expect(lastSaved(adapter).thresholds.map((t) => t.amount.amountMinor)).toEqual([125050, 500]);
  });

  it('needs a way to reach the user while alerts are on', async () => {
    const user = userEvent.setup();
    renderSettings();
    await loaded();
    await user.clear(screen.getByRole('textbox', { name: 'Email addresses' }));
    await user.click(screen.getByRole('checkbox', { name: 'Show the alert in the app' }));
    await user.click(save());
    const message = 'Choose at least one way to tell you: email, the app or a webhook.';
    expect(screen.getByRole('group', { name: 'How should we tell you?' })).toHaveAccessibleDescription(
      message,
    );
    await user.click(screen.getByRole('link', { name: message }));
    expect(screen.getByRole('textbox', { name: 'Email addresses' })).toHaveFocus();
  });

  it('checks every email address', async () => {
    const user = userEvent.setup();
    renderSettings();
    await loaded();
    const emails = screen.getByRole('textbox', { name: 'Email addresses' });
    await user.type(emails, ', finance@example');
    await user.click(save());
    expect(emails).toHaveAccessibleDescription(
      /Enter email addresses like name@example\.com — “finance@example” is not one\./,
    );
    expect(emails).toHaveValue('ops@example.com, finance@example');
  });

  it('turns each wrong webhook into an inline error', async () => {
    const user = userEvent.setup();
    renderSettings();
    await loaded();
    const webhook = screen.getByRole('textbox', { name: 'Webhook URL (optional)' });
    for (const url of ['javascript:alert(1)', 'http://hooks.example.com', 'hooks.example.com']) {
      await user.clear(webhook);
      await user.type(webhook, url);
      await user.click(save());
      expect(webhook).toHaveAttribute('aria-invalid', 'true');
    }
    await user.clear(webhook);
    await user.type(webhook, 'https://hooks.example.com/balance');
    expect(webhook).not.toHaveAttribute('aria-invalid');
    // About 80 keystrokes, each a render: on a busy 2-core machine this needs more than the default 5 s.
  }, 15_000);

  it('adds an empty alert level to fill in, and removes levels', async () => {
    const user = userEvent.setup();
    const { adapter } = renderSettings();
    await loaded();
    await user.click(screen.getByRole('button', { name: 'Add another alert' }));
    const third = screen.getByRole('textbox', { name: 'Alert 3: when my balance falls below' });
    expect(third).toHaveFocus();
    expect(third).toHaveValue('');
    await user.click(save());
    expect(third).toHaveAccessibleDescription(/Alert 3: Enter an amount, like \$20\.00\./);
    await user.type(third, '50');
    await user.click(screen.getByRole('button', { name: 'Remove alert 1' }));
    expect(screen.getByRole('textbox', { name: 'Alert 2: when my balance falls below' })).toHaveValue('50');
    await user.click(save());
    await waitFor(() => expect(saveCalls(adapter)).toBe(1));
    expect(lastSaved(adapter).thresholds).toEqual([
      { level: 'critical', amount: { amountMinor: 500, currency: 'USD' } },
      { level: 'warning', amount: { amountMinor: 5000, currency: 'USD' } },
    ]);
  });
});

describe('ThresholdAlertSettings: saving', () => {
  it('emits alerts_saved without personal data, calls onSaved, and moves through its states', async () => {
    const user = userEvent.setup();
    const onSaved = vi.fn();
    const server = gate();
    const { adapter, events, root } = renderSettings({ onSaved }, { fake: { saveGate: server.promise } });
    await loaded();
    await user.click(screen.getByRole('checkbox', { name: 'Show the alert in the app' }));
    expect(root()).toHaveAttribute('data-state', 'dirty');
    await user.click(save());
    expect(root()).toHaveAttribute('data-state', 'saving');
    expect(save()).toHaveAttribute('aria-busy', 'true');
    server.open();
    expect(await screen.findByText('Saved. Your alert settings are up to date.')).toBeVisible();
    expect(onSaved).toHaveBeenCalledWith(lastSaved(adapter));
    const event = events.find((e) => e.type === 'alerts_saved');
    expect(event).toEqual({
      type: 'alerts_saved',
      alertsEnabled: true,
      thresholds: 2,
      channels: { email: 1, inApp: false, webhook: false },
      autoRecharge: false,
    });
    expect(JSON.stringify(event)).not.toContain('@');
  });

  it('shows the server’s error in words and keeps everything typed when saving fails', async () => {
    const user = userEvent.setup();
    const fake: { failSaveAlertSettings?: string } = { failSaveAlertSettings: 'Webhook host did not answer' };
    const { adapter, root, events } = renderSettings({}, { fake });
    await loaded();
    const first = screen.getByRole('textbox', { name: 'Alert 1: when my balance falls below' });
    await user.clear(first);
    await user.type(first, '42.5');
    await user.type(
      screen.getByRole('textbox', { name: 'Webhook URL (optional)' }),
      'https://hooks.example.com/b',
    );
    await user.click(save());
    const status = await screen.findByText(
      "We couldn't save your settings. Your changes are still here, so you can try again.",
    );
    expect(status.closest('[role="status"]')).toHaveTextContent(
      'The server said: Webhook host did not answer',
    );
    expect(root()).toHaveAttribute('data-state', 'failed');
    expect(first).toHaveValue('42.5');
    expect(screen.getByRole('textbox', { name: 'Webhook URL (optional)' })).toHaveValue(
      'https://hooks.example.com/b',
    );
    expect(events.some((e) => e.type === 'alerts_saved')).toBe(false);

    fake.failSaveAlertSettings = undefined;
    await user.click(save());
    await screen.findByText('Saved. Your alert settings are up to date.');
    expect(lastSaved(adapter).thresholds[0]?.amount.amountMinor).toBe(4250);
    expect(first).toHaveValue('42.50');
  });

  it('saves through onSave when given, and reports edits through onChange when controlled', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const onSave = vi.fn(async (s: AlertSettings) => s);
    const value = sampleAlertSettings();
    const adapter = createFakeBillingAdapter({
      balanceMinor: 120,
      without: ['getAlertSettings', 'saveAlertSettings', 'sendTestAlert'],
    });
    renderSettings({ value, onChange, onSave }, { adapter });
    await user.click(screen.getByRole('checkbox', { name: 'Show the alert in the app' }));
    expect(onChange).toHaveBeenLastCalledWith({ ...value, channels: { ...value.channels, inApp: false } });
    // Controlled: nothing changes until the host passes the new value.
    expect(screen.getByRole('checkbox', { name: 'Show the alert in the app' })).toBeChecked();
    await user.click(save());
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
  });

  it('reports edits through onValueChange, and through the deprecated onChange alias', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    const onChange = vi.fn();
    const value = sampleAlertSettings();
    const adapter = createFakeBillingAdapter({
      balanceMinor: 120,
      without: ['getAlertSettings', 'saveAlertSettings', 'sendTestAlert'],
    });
    const { unmount } = renderSettings({ value, onValueChange, onSave: async (s) => s }, { adapter });
    await user.click(screen.getByRole('checkbox', { name: 'Show the alert in the app' }));
    expect(onValueChange).toHaveBeenLastCalledWith({
      ...value,
      channels: { ...value.channels, inApp: false },
    });
    unmount();

    renderSettings({ value, onValueChange, onChange, onSave: async (s) => s }, { adapter });
    await user.click(screen.getByRole('switch', { name: 'Auto-recharge' }));
    // With both given, the current name wins and the alias is not called as well.
    expect(onValueChange).toHaveBeenCalledTimes(2);
    expect(onValueChange.mock.lastCall?.[0].autoRecharge.enabled).toBe(true);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('warns before leaving with unsaved changes only when asked to', async () => {
    const user = userEvent.setup();
    const { unmount } = renderSettings({ warnOnUnsavedChanges: true });
    await loaded();
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave()).toBe(false);
    await user.click(screen.getByRole('checkbox', { name: 'Show the alert in the app' }));
    expect(leave()).toBe(true);
    await user.click(save());
    await screen.findByText('Saved. Your alert settings are up to date.');
    expect(leave()).toBe(false);
    unmount();

    renderSettings();
    await loaded();
    await user.click(screen.getByRole('checkbox', { name: 'Show the alert in the app' }));
    expect(leave()).toBe(false);
  });

  it('never saves twice for a double submit', async () => {
    const { adapter } = renderSettings({}, { fake: { latencyMs: 30 } });
    await loaded();
    const form = screen.getByRole('button', { name: 'Save settings' }).closest('form') as HTMLFormElement;
    act(() => {
      fireEvent.submit(form);
    });
    act(() => {
      fireEvent.submit(form);
    });
    await screen.findByText('Saved. Your alert settings are up to date.');
    expect(saveCalls(adapter)).toBe(1);
  });
});

describe('ThresholdAlertSettings: test alert', () => {
  it('sends the current settings and announces the result', async () => {
    const user = userEvent.setup();
    const { adapter } = renderSettings();
    await loaded();
    await user.click(screen.getByRole('button', { name: 'Send test alert' }));
    expect(await screen.findByText('Test alert sent. Check the channels you chose.')).toHaveAttribute(
      'role',
      'status',
    );
    expect(adapter.calls.find((c) => c.method === 'sendTestAlert')?.args[0]).toMatchObject({
      channels: { email: ['ops@example.com'] },
    });
  });

  it('explains a refused test in words', async () => {
    const user = userEvent.setup();
    renderSettings({}, { fake: { testAlert: { ok: false, message: 'Mailbox unavailable' } } });
    await loaded();
    await user.click(screen.getByRole('button', { name: 'Send test alert' }));
    expect(
      await screen.findByText("We couldn't send the test alert. The server said: Mailbox unavailable"),
    ).toBeVisible();
  });

  it('does not send to a broken channel, and is hidden when the adapter cannot send', async () => {
    const user = userEvent.setup();
    const { adapter, unmount } = renderSettings();
    await loaded();
    await user.type(screen.getByRole('textbox', { name: 'Webhook URL (optional)' }), 'http://x.example');
    await user.click(screen.getByRole('button', { name: 'Send test alert' }));
    expect(screen.getByRole('heading', { name: 'There is a problem' }).parentElement).toHaveFocus();
    expect(adapter.calls.some((c) => c.method === 'sendTestAlert')).toBe(false);
    unmount();

    renderSettings({}, { fake: { without: ['sendTestAlert'] } });
    await loaded();
    expect(screen.queryByRole('button', { name: 'Send test alert' })).toBeNull();
  });
});

describe('ThresholdAlertSettings: accessibility', () => {
  it('has no axe violations loaded, with auto-recharge on, and with errors', async () => {
    const user = userEvent.setup();
    const { container } = renderSettings();
    await loaded();
    await expectNoAxeViolations(container);
    await user.click(rechargeSwitch());
    await user.clear(amountField());
    await user.click(save());
    await expectNoAxeViolations(container);
  });
});
