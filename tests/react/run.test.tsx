import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as React from 'react';
import { describe, expect, it } from 'vitest';
import { BalanceBlockedModal } from '../../src/components/balance-blocked-modal';
import { TopupProvider, useRecovery } from '../../src/react';
import { createFakeBillingAdapter } from '../../src/testing';

/** What an SDK throws for Anthropic's 400 "credit balance is too low". */
class BadRequestError extends Error {
  status = 400;
  error = {
    type: 'error',
    error: {
      type: 'invalid_request_error',
      message: 'Your credit balance is too low to access the Anthropic API.',
    },
  };
}

function Summarise({ client }: { client: { calls: number; paid: boolean } }) {
  const { run } = useRecovery();
  const [text, setText] = React.useState('');
  const summarise = () =>
    run(
      async () => {
        client.calls++;
        if (!client.paid) throw new BadRequestError('400 credit balance');
        return 'The summary';
      },
      { intent: 'Summarise the report' },
    ).then(setText, (error: Error) => setText(`Stopped: ${error.message}`));
  return (
    <>
      <button type="button" onClick={summarise}>
        Summarise
      </button>
      <output>{text}</output>
    </>
  );
}

describe('useRecovery().run', () => {
  it('opens the conversation on an SDK credit error and runs the call once more after the top-up', async () => {
    const user = userEvent.setup();
    const adapter = createFakeBillingAdapter({ balanceMinor: 0 });
    const client = { calls: 0, paid: false };
    render(
      <TopupProvider adapter={adapter}>
        <Summarise client={client} />
        <BalanceBlockedModal />
      </TopupProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Summarise' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Summarise the report');
    client.paid = true;
    await user.click(await screen.findByRole('button', { name: /^Top up \$/ }));
    expect(await screen.findByText('The summary')).toBeInTheDocument();
    expect(client.calls).toBe(2);
  });

  it('"Not now" closes and the call settles once, with the provider\'s message', async () => {
    const user = userEvent.setup();
    const client = { calls: 0, paid: false };
    render(
      <TopupProvider adapter={createFakeBillingAdapter({ balanceMinor: 0 })}>
        <Summarise client={client} />
        <BalanceBlockedModal />
      </TopupProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Summarise' }));
    await user.click(await screen.findByRole('button', { name: 'Not now' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(
      await screen.findByText('Stopped: Your credit balance is too low to access the Anthropic API.'),
    ).toBeInTheDocument();
    expect(client.calls).toBe(1);
  });
});
