// The two steps where this tab does not pay: another tab of the account pays ("other-tab"), and
// work that asked for a go-ahead waits for "Continue" ("confirm"). What the user reads and can press.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createRecovery, createTabSync, type Recovery, type TopUpResult } from '../../../src/core';
import { fr } from '../../../src/locales/fr';
import { TopupProvider, useRecovery } from '../../../src/react';
import { createFakeBillingAdapter } from '../../../src/testing';
import { createServer, Host, INTENT, setup } from './fixture';

const modal = () => screen.findByRole('dialog');
const stepOf = async (step: string) =>
  waitFor(async () => expect(await modal()).toHaveAttribute('data-step', step));

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** Another tab of `account`: its own store and tab sync; its bank answers only when told. */
function otherTab(account: string) {
  let answer: (result: TopUpResult) => void = () => {};
  const store: Recovery = createRecovery({
    adapter: {
      getBalance: async () => ({ balance: { amountMinor: 120, currency: 'USD' } }),
      topUp: () =>
        new Promise((resolve) => {
          answer = resolve;
        }),
    },
  });
  const sync = createTabSync({ account });
  const disconnect = store.syncTabs(sync);
  cleanups.push(() => {
    answer({ status: 'failed' });
    disconnect();
    sync.close();
  });
  return { store, answer: (result: TopUpResult) => answer(result) };
}

/** A host's own question instead of the modal: its own top-up button, then its own "go ahead". */
function OwnQuestion() {
  const { status, toConfirm, topUp, confirmResume } = useRecovery();
  if (toConfirm)
    return (
      <button type="button" onClick={confirmResume}>
        Go ahead with {toConfirm[0]?.intent}
      </button>
    );
  return status === 'blocked' ? (
    <button type="button" onClick={() => topUp({ amountMinor: 500, currency: 'USD' })}>
      Top up $5.00
    </button>
  ) : null;
}

describe('BalanceBlockedModal across tabs', () => {
  it('says the top-up is handled in another tab, offers no payment, and keeps "Not now"', async () => {
    const account = `hand-off-${Math.random()}`;
    const { user } = setup({ provider: { crossTab: { account } } });
    await user.click(screen.getByRole('button', { name: 'Run query' }));
    await stepOf('blocked');

    otherTab(account).store.topUp({ amountMinor: 2500, currency: 'USD' });
    await stepOf('other-tab');
    const dialog = await modal();
    expect(within(dialog).getByRole('heading', { name: 'Being handled in another tab' })).toBeInTheDocument();
    expect(dialog).toHaveTextContent('A top-up of $25.00 is under way in another tab.');
    expect(within(dialog).getByText(INTENT)).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: /^Top up/ })).toBeNull();
    expect(within(dialog).queryByRole('button', { name: 'Choose another amount' })).toBeNull();

    await user.click(await within(dialog).findByRole('button', { name: 'Not now' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByText('Run query: rejected InsufficientBalanceError')).toBeInTheDocument();
  });

  it('goes back to its own payment when the other tab’s payment is declined', async () => {
    const account = `hand-off-${Math.random()}`;
    const { user } = setup({ provider: { crossTab: { account } } });
    await user.click(screen.getByRole('button', { name: 'Run query' }));
    await stepOf('blocked');
    const other = otherTab(account);
    other.store.topUp({ amountMinor: 2500, currency: 'USD' });
    await stepOf('other-tab');
    other.answer({ status: 'failed', failureReason: 'Your card was declined.' });
    await stepOf('blocked');
    expect(await within(await modal()).findByRole('button', { name: /^Top up \$/ })).toBeInTheDocument();
  });

  it('in French', async () => {
    const account = `hand-off-${Math.random()}`;
    const { user } = setup({ provider: { crossTab: { account }, locale: 'fr-FR', messages: fr } });
    await user.click(screen.getByRole('button', { name: 'Run query' }));
    await modal();
    otherTab(account).store.topUp({ amountMinor: 2500, currency: 'USD' });
    await stepOf('other-tab');
    expect(
      within(await modal()).getByRole('heading', { name: 'En cours dans un autre onglet' }),
    ).toBeInTheDocument();
    expect(await within(await modal()).findByRole('button', { name: 'Pas maintenant' })).toBeInTheDocument();
  });
});

describe("BalanceBlockedModal with resume: 'confirm'", () => {
  it('after the top-up asks "Continue {intent}" with its cost, and runs it only then', async () => {
    const { user, server } = setup({ children: <Host resume="confirm" /> });
    await user.click(screen.getByRole('button', { name: 'Run query' }));
    const dialog = await modal();
    await user.click(await within(dialog).findByRole('button', { name: /^Top up \$/ }));

    await stepOf('confirm');
    expect(within(dialog).getByRole('heading', { name: `Continue ${INTENT}?` })).toBeInTheDocument();
    expect(dialog).toHaveTextContent(
      /Your balance is now \$\d+\.\d\d\. You asked to confirm before this runs again\./,
    );
    expect(within(dialog).getByRole('term')).toHaveTextContent('This costs about');
    expect(within(dialog).getByRole('definition')).toHaveTextContent('$4.50');
    expect(server).toHaveBeenCalledTimes(1);

    await user.click(within(dialog).getByRole('button', { name: `Continue ${INTENT}` }));
    await waitFor(() => expect(screen.getByText('Run query: 200 42')).toBeInTheDocument());
    expect(server).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('"Not now" at the question leaves the work unrun', async () => {
    const { user, server } = setup({ children: <Host resume="confirm" /> });
    await user.click(screen.getByRole('button', { name: 'Run query' }));
    const dialog = await modal();
    await user.click(await within(dialog).findByRole('button', { name: /^Top up \$/ }));
    await stepOf('confirm');
    await user.click(within(dialog).getByRole('button', { name: 'Not now' }));
    await waitFor(() =>
      expect(screen.getByText('Run query: rejected InsufficientBalanceError')).toBeInTheDocument(),
    );
    expect(server).toHaveBeenCalledTimes(1);
  });

  it('a host can ask the question its own way: useRecovery().toConfirm and confirmResume()', async () => {
    const adapter = createFakeBillingAdapter({ balanceMinor: 120 });
    const server = createServer(adapter);
    const user = userEvent.setup();
    render(
      <TopupProvider adapter={adapter} fetch={server} crossTab={false}>
        <Host resume="confirm" />
        <OwnQuestion />
      </TopupProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Run query' }));
    await user.click(await screen.findByRole('button', { name: 'Top up $5.00' }));
    await user.click(await screen.findByRole('button', { name: `Go ahead with ${INTENT}` }));
    await waitFor(() => expect(screen.getByText('Run query: 200 42')).toBeInTheDocument());
    expect(server).toHaveBeenCalledTimes(2);
  });
});
