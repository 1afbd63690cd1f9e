import { screen, waitFor } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { setup } from './fixture';

afterEach(() => {
  document.documentElement.classList.remove('dark');
  document.body.style.background = '';
});

describe('OneClickTopUp (real Chromium)', () => {
  it('works by keyboard alone: arrows pick an amount, Enter pays once', async () => {
    const { requests, root } = setup();
    await screen.findByRole('group', { name: 'Pay with' });
    await userEvent.click(screen.getByRole('radio', { name: '$10.00' }));
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: '$25.00' })).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(screen.getByRole('radio', { name: 'Other amount' })).toBeChecked();
    await userEvent.tab();
    expect(screen.getByRole('textbox', { name: 'Amount in USD' })).toHaveFocus();
    await userEvent.keyboard('42{Enter}{Enter}{Enter}');
    await waitFor(() => expect(root()).toHaveAttribute('data-state', 'succeeded'));
    expect(requests()).toHaveLength(1);
    expect(requests()[0]?.amount).toEqual({ amountMinor: 4200, currency: 'USD' });
  });

  it.each(['light', 'dark'])(
    'has no axe violations with an inline error, contrast included (%s)',
    async (theme) => {
      document.documentElement.classList.toggle('dark', theme === 'dark');
      // The form paints no surface of its own: it sits on the host's themed page, as in Storybook.
      document.body.style.background = 'var(--tk-background)';
      setup({ max: { amountMinor: 50000, currency: 'USD' } });
      await screen.findByRole('group', { name: 'Pay with' });
      await userEvent.click(screen.getByRole('radio', { name: 'Other amount' }));
      await userEvent.click(screen.getByRole('button', { name: 'Top up' }));
      expect(screen.getByText('Enter an amount, like $25.00.')).toBeTruthy();
      const results = await axe.run(document.body, { rules: { region: { enabled: false } } });
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    },
  );
});
