import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TechnicalDetails } from '../../../src/components/balance-blocked-modal';
import { InsufficientBalanceError } from '../../../src/core';
import { TopupProvider } from '../../../src/react';
import { createFakeBillingAdapter } from '../../../src/testing';
import { createServer, Host, SERVER_MESSAGE } from './fixture';

// TechnicalDetails is public for hosts that recompose the conversation: on its own it shows the
// open conversation's evidence, or the error a host passes in.
describe('TechnicalDetails on its own', () => {
  it("shows the open conversation's error, with the time it opened, and nothing before a 402", async () => {
    const adapter = createFakeBillingAdapter({ balanceMinor: 120 });
    const user = userEvent.setup();
    render(
      <TopupProvider adapter={adapter} fetch={createServer(adapter)} crossTab={false}>
        <Host />
        <TechnicalDetails />
      </TopupProvider>,
    );
    expect(screen.queryByText('Technical details')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Run query' }));
    await user.click(await screen.findByText('Technical details'));
    const text = screen.getByText(new RegExp(SERVER_MESSAGE)).textContent ?? '';
    expect(text).toContain('HTTP 402');
    expect(text).toContain('40203');
    expect(text).toMatch(/ at \d{4}-\d\d-\d\dT\d\d:\d\d/);
  });

  it('shows an error the host passes in, without a conversation time', async () => {
    const error = new InsufficientBalanceError({
      httpStatus: 429,
      code: 'insufficient_quota',
      serverMessage: 'You exceeded your current quota.',
      raw: {},
    });
    render(
      <TopupProvider adapter={createFakeBillingAdapter()} crossTab={false}>
        <TechnicalDetails error={error} />
      </TopupProvider>,
    );
    await userEvent.click(screen.getByText('Technical details'));
    const text = screen.getByText(/You exceeded your current quota\./).textContent ?? '';
    expect(text).toContain('insufficient_quota');
    expect(text).not.toMatch(/ at \d{4}-/);
  });
});
