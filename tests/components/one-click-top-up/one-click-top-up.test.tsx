import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import { fr } from '../../../src/locales/fr';
import { gate } from '../../../src/testing';
import { setup, usd } from './fixture';

const amountInput = () => screen.getByRole('textbox');

async function typeOther(user: ReturnType<typeof setup>['user'], text: string) {
  await user.click(screen.getByRole('radio', { name: 'Other amount' }));
  await user.clear(amountInput());
  if (text) await user.type(amountInput(), text);
  await user.click(screen.getByRole('button', { name: /^Top up/ }));
}

describe('OneClickTopUp', () => {
  it('offers presets as a native radio group and tops up the chosen one with the saved method', async () => {
    const onSuccess = vi.fn();
    const { user, adapter, requests, root } = setup({
      presets: [usd(1000), usd(2500), usd(5000)],
      onSuccess,
    });
    const group = screen.getByRole('group', { name: 'Amount' });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((r) => r.closest('label')?.textContent),
    ).toEqual(['$10.00', '$25.00', '$50.00', 'Other amount']);
    await user.click(screen.getByRole('radio', { name: '$25.00' }));
    expect(root()).toHaveAttribute('data-state', 'idle');
    await user.click(screen.getByRole('button', { name: 'Top up $25.00' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Added $25.00. Your balance is now $26.20.');
    expect(root()).toHaveAttribute('data-state', 'succeeded');
    expect(requests()).toEqual([
      { amount: usd(2500), idempotencyKey: expect.any(String), paymentMethodId: 'pm_visa' },
    ]);
    expect(adapter.charges).toHaveLength(1);
    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect(onSuccess).toHaveBeenCalledWith(
      expect.objectContaining({ status: 'succeeded', amount: usd(2500) }),
    );
  });

  it('after a success, a late click or Enter charges nothing until the user changes something', async () => {
    const { user, requests, adapter, root } = setup({ presets: [usd(1000), usd(2500)] });
    await user.click(screen.getByRole('radio', { name: '$25.00' }));
    const button = screen.getByRole('button', { name: 'Top up $25.00' });
    await user.click(button);
    await waitFor(() => expect(root()).toHaveAttribute('data-state', 'succeeded'));
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await user.click(button);
    await user.keyboard('{Enter}');
    expect(requests()).toHaveLength(1);
    expect(adapter.charges).toHaveLength(1);
    // A deliberate new choice is a new top-up.
    await user.click(screen.getByRole('radio', { name: '$10.00' }));
    expect(root()).toHaveAttribute('data-state', 'idle');
    await user.click(screen.getByRole('button', { name: 'Top up $10.00' }));
    await waitFor(() => expect(adapter.charges).toHaveLength(2));
  });

  it('pre-selects defaultAmount, as a preset or as "Other amount"', async () => {
    const first = setup({ presets: [usd(1000), usd(2500)], defaultAmount: usd(2500) });
    expect(screen.getByRole('radio', { name: '$25.00' })).toBeChecked();
    first.unmount();
    setup({ presets: [usd(1000), usd(2500)], defaultAmount: usd(1234) });
    expect(screen.getByRole('radio', { name: 'Other amount' })).toBeChecked();
    expect(amountInput()).toHaveValue('12.34');
    expect(screen.getByRole('button', { name: 'Top up $12.34' })).toBeInTheDocument();
  });

  it('reads "1.234,56" as €1,234.56 in de-DE', async () => {
    const { user, requests } = setup(
      { currency: 'EUR', presets: [], max: { amountMinor: 500000, currency: 'EUR' } },
      { provider: { locale: 'de-DE' } },
    );
    await user.type(amountInput(), '1.234,56');
    const button = screen.getByRole('button', { name: /^Top up 1\.234,56\s€$/ });
    await user.click(button);
    await waitFor(() => expect(requests()).toHaveLength(1));
    expect(requests()[0]?.amount).toEqual({ amountMinor: 123456, currency: 'EUR' });
  });

  it('knows JPY has no decimals and KWD has three', async () => {
    const jpy = setup({ currency: 'JPY' });
    expect(screen.getAllByRole('radio').map((r) => r.closest('label')?.textContent)).toEqual([
      '¥1,000',
      '¥2,500',
      '¥5,000',
      '¥10,000',
      'Other amount',
    ]);
    await typeOther(jpy.user, '12.5');
    expect(screen.getByText('JPY amounts are whole numbers, like ¥2,500.')).toBeInTheDocument();
    expect(amountInput()).toHaveAccessibleDescription(
      expect.stringContaining('JPY amounts are whole numbers'),
    );
    expect(amountInput()).toHaveAttribute('aria-invalid', 'true');
    expect(jpy.root()).toHaveAttribute('data-state', 'invalid');
    expect(jpy.requests()).toHaveLength(0);
    jpy.unmount();

    const kwd = setup({ currency: 'KWD' });
    await typeOther(kwd.user, '1.2345');
    expect(screen.getByText('KWD amounts have at most 3 decimal places.')).toBeInTheDocument();
    await kwd.user.clear(amountInput());
    await kwd.user.type(amountInput(), '12.345');
    await kwd.user.click(screen.getByRole('button', { name: /^Top up KWD\s12\.345$/ }));
    await waitFor(() => expect(kwd.requests()[0]?.amount).toEqual({ amountMinor: 12345, currency: 'KWD' }));
  });

  it.each([
    ['', 'Enter an amount, like $25.00.'],
    ['NaN', 'Enter an amount, like $25.00.'],
    ['💸', 'Enter an amount, like $25.00.'],
    ['1e309', 'Enter an amount, like $25.00.'],
    ['12.3.4', 'Enter an amount, like $25.00.'],
    ['-5', 'Enter an amount of at least $5.00.'],
    ['0', 'Enter an amount of at least $5.00.'],
    ['4.99', 'Enter an amount of at least $5.00.'],
    ['500.01', 'Enter an amount of $500.00 or less.'],
    ['99999999999999999999', 'Enter an amount of $500.00 or less.'],
    ['1.234', 'USD amounts have at most 2 decimal places.'],
  ])('explains what to do with %j', async (input, message) => {
    const { user, requests } = setup({ min: usd(500), max: usd(50000) });
    expect(screen.queryByText('Between $5.00 and $500.00.')).not.toBeInTheDocument();
    await typeOther(user, input);
    expect(screen.getByText(message)).toBeInTheDocument();
    expect(amountInput()).toHaveFocus();
    expect(amountInput()).toHaveAccessibleDescription(`Between $5.00 and $500.00. ${message}`);
    expect(requests()).toHaveLength(0);
  });

  it('clears the error once the amount is fixed', async () => {
    const { user, root } = setup();
    await typeOther(user, 'abc');
    expect(root()).toHaveAttribute('data-state', 'invalid');
    await user.clear(amountInput());
    await user.type(amountInput(), '30');
    expect(screen.queryByText(/Enter an amount/)).not.toBeInTheDocument();
    expect(root()).toHaveAttribute('data-state', 'idle');
    expect(screen.getByRole('button', { name: 'Top up $30.00' })).toBeInTheDocument();
  });

  it('uses the provider limits when the component sets none', () => {
    setup({}, { provider: { limits: { min: usd(2000), max: usd(20000) } } });
    expect(screen.getAllByRole('radio').map((r) => r.closest('label')?.textContent)).toEqual([
      '$25.00',
      '$50.00',
      '$100.00',
      'Other amount',
    ]);
    fireEvent.click(screen.getByRole('radio', { name: 'Other amount' }));
    expect(screen.getByText('Between $20.00 and $200.00.')).toBeInTheDocument();
  });

  it('charges once for a double click and for Enter-spam', async () => {
    const { user, adapter, requests } = setup({}, { fake: { latencyMs: 30 } });
    const button = screen.getByRole('button', { name: 'Top up $10.00' });
    await user.dblClick(button);
    await user.click(button);
    await screen.findByText(/^Added \$10\.00\./);
    expect(requests()).toHaveLength(1);
    expect(adapter.charges).toHaveLength(1);

    await user.click(screen.getByRole('radio', { name: 'Other amount' }));
    await user.type(amountInput(), '12{Enter}{Enter}{Enter}');
    await screen.findByText(/^Added \$12\.00\./);
    expect(requests()).toHaveLength(2);
    expect(adapter.charges).toHaveLength(2);
  });

  it('shows paying, then a decline in plain words, and lets the user pick another method', async () => {
    const bank = gate();
    const { user, root, adapter } = setup({}, { fake: { script: ['decline'], topUpGate: bank.promise } });
    const methods = await screen.findByRole('group', { name: 'Pay with' });
    expect(within(methods).getByRole('radio', { name: 'Visa •••• 4242' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Top up $10.00' }));
    expect(root()).toHaveAttribute('data-state', 'paying');
    expect(screen.getByRole('status')).toHaveTextContent('Adding $10.00…');
    expect(screen.getByRole('button', { name: 'Top up $10.00' })).toHaveAttribute('aria-busy', 'true');
    bank.open();
    await waitFor(() => expect(root()).toHaveAttribute('data-state', 'failed'));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Your bank declined the paymentYour card was declined by the bank.Nothing was charged.',
    );
    await user.click(within(methods).getByRole('radio', { name: 'Mastercard •••• 3155' }));
    expect(root()).toHaveAttribute('data-state', 'idle');
    await user.click(screen.getByRole('button', { name: 'Top up $10.00' }));
    await waitFor(() => expect(root()).toHaveAttribute('data-state', 'requires-action'));
    expect(screen.getByRole('link', { name: /Open your bank's page/ })).toHaveAttribute('target', '_blank');
    expect(adapter.charges).toHaveLength(0);
  });

  it('finishes 3-D Secure with "I\'ve confirmed" and reports success once', async () => {
    const onSuccess = vi.fn();
    const onAction = vi.fn();
    const { user, adapter, requests, root } = setup(
      { onSuccess, onAction },
      { fake: { script: ['require_action'] } },
    );
    await user.click(screen.getByRole('button', { name: 'Top up $10.00' }));
    await waitFor(() => expect(root()).toHaveAttribute('data-state', 'requires-action'));
    const key = requests()[0]?.idempotencyKey ?? '';
    await user.click(screen.getByRole('button', { name: "Open your bank's page" }));
    expect(onAction).toHaveBeenCalledWith(`/3ds/${key}`);
    adapter.complete(key);
    await user.click(screen.getByRole('button', { name: "I've confirmed" }));
    await waitFor(() => expect(root()).toHaveAttribute('data-state', 'succeeded'));
    expect(screen.getByRole('status')).toHaveTextContent('Added $10.00. Your balance is now $11.20.');
    expect(onSuccess).toHaveBeenCalledTimes(1);
  });

  it('pending credit and unknown outcomes are their own states, never failures', async () => {
    const pending = setup({}, { fake: { script: ['pend'] } });
    await pending.user.click(screen.getByRole('button', { name: 'Top up $10.00' }));
    await waitFor(() => expect(pending.root()).toHaveAttribute('data-state', 'pending'));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Your payment is on its wayYour $10.00 is on its way to your balance.',
    );
    pending.unmount();

    const unknown = setup({}, { fake: { script: ['network_error'] } });
    await unknown.user.click(screen.getByRole('button', { name: 'Top up $10.00' }));
    await waitFor(() => expect(unknown.root()).toHaveAttribute('data-state', 'unknown'));
    // No answer came at all: said as a lost connection, never as a failure.
    expect(screen.getByRole('status')).toHaveTextContent('The connection was lost');
    // Trying again reuses the key of the unknown attempt: at most one charge.
    await unknown.user.click(screen.getByRole('button', { name: 'Top up $10.00' }));
    await waitFor(() => expect(unknown.root()).toHaveAttribute('data-state', 'succeeded'));
    const keys = unknown.requests().map((r) => r.idempotencyKey);
    expect(keys[1]).toBe(keys[0]);
    expect(unknown.adapter.charges).toHaveLength(1);
  });

  it('shows the one saved method as text, and nothing when the adapter has none', async () => {
    const one = setup(
      {},
      { fake: { paymentMethods: [{ id: 'pm_1', brand: 'Visa', last4: '1111', isDefault: true }] } },
    );
    expect(await screen.findByText('Charged to Visa •••• 1111')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Pay with' })).not.toBeInTheDocument();
    one.unmount();
    const none = setup({}, { fake: { without: ['listPaymentMethods'] } });
    await none.user.click(screen.getByRole('button', { name: 'Top up $10.00' }));
    await screen.findByText(/^Added/);
    expect(none.requests()[0]?.paymentMethodId).toBeUndefined();
  });

  it('speaks French from the fr catalog', async () => {
    const { user } = setup({ presets: [] }, { provider: { locale: 'fr-FR', messages: fr } });
    await user.click(screen.getByRole('button', { name: 'Recharger' }));
    expect(screen.getByText(/^Saisissez un montant, par exemple/)).toBeInTheDocument();
    expect(screen.getByText(/^Au moins 1,00\s\$US\.$/)).toBeInTheDocument();
  });

  it('has no axe violations, including with an error shown (jsdom)', async () => {
    const { user } = setup({ max: usd(50000) });
    await screen.findByRole('group', { name: 'Pay with' });
    await typeOther(user, 'abc');
    // `region` is about the host page's landmarks, not the component's.
    const results = await axe.run(document.body, {
      rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    });
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});
