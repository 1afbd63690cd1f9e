import { screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { gate } from '../../../src/testing';
import { setup } from './fixture';

async function open(label = 'Run query') {
  await userEvent.click(screen.getByRole('button', { name: label }));
  return screen.findByRole('dialog');
}

const focused = () => document.activeElement as HTMLElement;

afterEach(() => {
  document.documentElement.classList.remove('dark');
});

describe('BalanceBlockedModal (real Chromium)', () => {
  it('traps focus: Tab and Shift+Tab never leave the dialog', async () => {
    setup({ provider: { supportHref: '/support' }, modal: { onSetUpAlerts: () => {} } });
    const dialog = await open();
    await within(dialog).findByText('Charged to Visa •••• 4242');
    // Money is left ($1.20), so the title says it isn't enough rather than that it ran out.
    expect(within(dialog).getByRole('heading', { name: /^Your balance isn't enough for / })).toBe(focused());
    const seen = new Set<string>();
    for (let i = 0; i < 12; i++) {
      await userEvent.tab();
      expect(dialog).toContainElement(focused());
      seen.add(focused().textContent ?? '');
    }
    // Every control is reachable, the primary action first.
    expect([...seen]).toEqual(
      expect.arrayContaining(['Top up $5.00', 'Choose another amount', 'Not now', 'Technical details']),
    );
    for (let i = 0; i < 12; i++) {
      await userEvent.tab({ shift: true });
      expect(dialog).toContainElement(focused());
    }
  });

  it('Escape says "Not now": the call rejects, nothing is charged, focus returns to the trigger', async () => {
    const { adapter } = setup();
    const trigger = screen.getByRole('button', { name: 'Run query' });
    await open();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText('Run query: rejected InsufficientBalanceError')).toBeTruthy();
    expect(adapter.charges).toHaveLength(0);
    expect(focused()).toBe(trigger);
  });

  it('announces each step in one polite live region, and focus stays in the dialog', async () => {
    const bank = gate();
    setup({ fake: { script: ['decline'], topUpGate: bank.promise } });
    const dialog = await open();
    // One live region tells the steps; the only other one is "Copied" inside Technical details,
    // which is visible beside its button as well as announced.
    const live = dialog.querySelector('[data-slot="tk-balance-blocked-modal-status"]') as HTMLElement;
    expect(live).toHaveAttribute('role', 'status');
    const regions = [...dialog.querySelectorAll('[role="status"], [aria-live]')];
    expect(regions.filter((region) => !region.closest('details'))).toEqual([live]);
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Top up $5.00' }));
    await waitFor(() => expect(live).toHaveTextContent('Adding $5.00…'));
    bank.open();
    await waitFor(() => expect(live).toHaveTextContent('Your bank declined the payment'));
    expect(dialog).toHaveAttribute('data-step', 'failed');
    expect(dialog).toContainElement(focused());

    await userEvent.click(within(dialog).getByText('Technical details'));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Copy details' }));
    // Headless Chromium may refuse the clipboard: then the details are selected, and that is said.
    const copied = dialog.querySelector('[data-slot="tk-technical-details-copied"]') as HTMLElement;
    await waitFor(() => expect(copied.textContent).toMatch(/^(Copied|Copying didn't work.*)$/));
    // Visible beside the button (not a screen-reader-only 1 px box).
    expect(copied.getBoundingClientRect().width).toBeGreaterThan(1);
    expect(getComputedStyle(copied).clipPath).toBe('none');
  });

  it('a declined card, then a retry: exactly one charge for the intent, and the work resumes', async () => {
    const { adapter, requests } = setup({ fake: { script: ['decline'] } });
    const dialog = await open();
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Top up $5.00' }));
    // After a decline the first action is another method, never the same card; the user may still
    // choose the same amount and card again on purpose.
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Choose another amount' }));
    await userEvent.click(within(dialog).getByRole('radio', { name: '$5.00' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Top up $5.00' }));
    expect(await screen.findByText('Run query: 200 42')).toBeTruthy();
    // The receipt stays until Close (or a few seconds) ends it.
    expect(dialog).toHaveTextContent(/Added \$5\.00\. Your balance is now /);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const [declined, retried] = requests();
    // A decline is final for its key on the server, so the store mints a fresh one for the retry;
    // what it promises is one charge per intent — same amount, same method, charged once.
    expect(retried?.amount).toEqual(declined?.amount);
    expect(retried?.paymentMethodId).toBe(declined?.paymentMethodId);
    expect(retried?.idempotencyKey).not.toBe(declined?.idempotencyKey);
    expect(adapter.charges).toEqual([retried]);
    // A double click on the retry could not have charged twice either: the key is charged once.
    expect(new Set(adapter.charges.map((c) => c.idempotencyKey)).size).toBe(adapter.charges.length);
  });

  it('lays out right to left with logical properties', async () => {
    setup({ provider: { dir: 'rtl', supportHref: '/support' } });
    const dialog = await open();
    expect(dialog).toHaveAttribute('dir', 'rtl');
    const support = within(dialog).getByRole('link', { name: 'Contact support' }).getBoundingClientRect();
    const notNow = within(dialog).getByRole('button', { name: 'Not now' }).getBoundingClientRect();
    // The row starts on the right: support sits right of "Not now".
    expect(support.left).toBeGreaterThan(notNow.left);
    const title = within(dialog).getByRole('heading').getBoundingClientRect();
    const box = dialog.getBoundingClientRect();
    expect(box.right - title.right).toBeLessThan(40);
  });

  it.each(['light', 'dark'])('has no axe violations, contrast included (%s)', async (theme) => {
    document.documentElement.classList.toggle('dark', theme === 'dark');
    setup({
      provider: {
        supportHref: '/support',
        socialProof: { text: 'Most teams on your plan set a low-balance alert.' },
      },
      modal: { onSetUpAlerts: () => {} },
    });
    const dialog = await open();
    await within(dialog).findByText('Charged to Visa •••• 4242');
    await userEvent.click(within(dialog).getByText('Technical details'));
    const results = await axe.run(dialog);
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  });
});
