import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import { OneClickTopUp } from '../../../src/components/one-click-top-up';
import { InsufficientBalanceError } from '../../../src/core';
import { de } from '../../../src/locales/de';
import { useKit } from '../../../src/react';
import { sampleAlertSettings } from '../../../src/testing';
import { Host, INTENT, SERVER_MESSAGE, setup } from './fixture';

const dialog = () => screen.findByRole('dialog');
/** $1.20 is left: the balance "isn't enough", it did not run out. */
const TITLE = `Your balance isn't enough for ${INTENT}`;
/** What the dialog's live region says (other polite regions exist: the copy result). */
const intentsOf = (modal: HTMLElement) =>
  modal.querySelector('[data-slot="tk-balance-blocked-modal-intents"]') as HTMLElement;
const announced = (modal: HTMLElement) =>
  modal.querySelector('[data-slot="tk-balance-blocked-modal-status"]') as HTMLElement;

async function block(user: ReturnType<typeof setup>['user'], label = 'Run query') {
  await user.click(screen.getByRole('button', { name: label }));
  const modal = await dialog();
  // The dialog appears whole: heading, primary action, "Not now" and the details in one commit.
  expect(modal.querySelector('[data-slot="tk-technical-details"]')).not.toBeNull();
  expect(within(modal).getByRole('button', { name: /^(Not now|Later|Jetzt nicht)$/ })).toBeInTheDocument();
  return modal;
}

/** Two requests that block with their own abort signals, recording how each ends. */
function Waiters({ signals, outcomes }: { signals: AbortSignal[]; outcomes: string[] }) {
  const { recovery } = useKit();
  const wait = (signal: AbortSignal | undefined, name: string) =>
    recovery
      .block(new InsufficientBalanceError({ httpStatus: 402, serverMessage: 'short', raw: {} }), {
        intent: name,
        signal,
        retry: async () => name,
      })
      .then(
        () => outcomes.push(`${name} resolved`),
        () => outcomes.push(`${name} rejected`),
      );
  return (
    <button type="button" onClick={() => [wait(signals[0], 'A'), wait(signals[1], 'B')]}>
      Block two
    </button>
  );
}

describe('BalanceBlockedModal: the recovery conversation', () => {
  it('turns a 402 into the conversation, tops up once with a key, replays the request and closes', async () => {
    const { user, adapter, server, topUps, requests } = setup();
    const modal = await block(user);

    expect(within(modal).getByRole('heading', { name: TITLE })).toBeInTheDocument();
    expect(modal).toHaveAttribute('data-step', 'blocked');
    // The body names the work before it says "it".
    expect(modal).toHaveTextContent(`We paused ${INTENT} instead of charging more than you've approved.`);
    expect(within(intentsOf(modal)).getByText(INTENT)).toBeInTheDocument();
    expect(modal).toHaveTextContent('Monthly revenue');
    // The numbers from the 402 body: balance, what the query needs, the shortfall.
    expect(within(modal).getByText('$1.20')).toBeInTheDocument();
    expect(within(modal).getByText('$4.50')).toBeInTheDocument();
    expect(within(modal).getByText('$3.30')).toBeInTheDocument();
    expect(modal).toHaveTextContent(/resumes by itself/);

    // The server's evidence sits under "Technical details", as text.
    await user.click(within(modal).getByText('Technical details'));
    const details = within(modal).getByText(/HTTP 402/);
    expect(details.textContent).toMatch(
      new RegExp(
        `^InsufficientBalanceError · HTTP 402 · code 40203 · ${SERVER_MESSAGE} · request req_8f2c · at \\d{4}-\\d\\d-\\d\\dT`,
      ),
    );

    // The saved default method is named beside the one-click amount.
    expect(await within(modal).findByText('Charged to Visa •••• 4242')).toBeInTheDocument();
    const primary = within(modal).getByRole('button', { name: /^Top up \$\d+\.\d{2}$/ });
    expect(primary).toHaveAccessibleName('Top up $5.00');
    await user.click(primary);

    // The receipt, announced, while the work resumes — then Close (or a few seconds) ends it.
    await waitFor(() => expect(modal).toHaveAttribute('data-step', 'resuming'));
    await waitFor(() =>
      expect(announced(modal)).toHaveTextContent('Added $5.00. Your balance is now $6.20.'),
    );
    expect(modal).toHaveTextContent('Added $5.00. Your balance is now $6.20.');
    expect(within(intentsOf(modal)).getByText(INTENT)).toBeInTheDocument();
    expect(await screen.findByText('Run query: 200 42')).toBeInTheDocument();
    await user.click(within(modal).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(topUps()).toHaveLength(1);
    const [request] = requests();
    expect(request?.idempotencyKey).toMatch(/\S{8,}/);
    expect(request?.amount).toEqual({ amountMinor: 500, currency: 'USD' });
    expect(request?.paymentMethodId).toBe('pm_visa');
    expect(adapter.charges).toHaveLength(1);
    // The original call resolved with the replayed 200 response.
    expect(await screen.findByText('Run query: 200 42')).toBeInTheDocument();
    expect(server).toHaveBeenCalledTimes(2);
    // Focus went back to where the user was.
    expect(screen.getByRole('button', { name: 'Run query' })).toHaveFocus();
  }, 20_000);

  it('"Not now" rejects the waiting call with InsufficientBalanceError and charges nothing', async () => {
    const { user, adapter, topUps, events } = setup();
    const modal = await block(user);
    await user.click(within(modal).getByRole('button', { name: 'Not now' }));
    expect(await screen.findByText('Run query: rejected InsufficientBalanceError')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(topUps()).toHaveLength(0);
    expect(adapter.charges).toHaveLength(0);
    expect(events.map((e) => e.type)).toEqual(
      expect.arrayContaining(['blocked', 'blocked_shown', 'dismissed']),
    );
  });

  it('Escape is the same as "Not now"', async () => {
    const { user, adapter } = setup();
    await block(user);
    await user.keyboard('{Escape}');
    expect(await screen.findByText('Run query: rejected InsufficientBalanceError')).toBeInTheDocument();
    expect(adapter.charges).toHaveLength(0);
  });

  it('focuses the heading on open, never a payment or destructive control', async () => {
    const { user } = setup();
    const modal = await block(user);
    expect(within(modal).getByRole('heading', { name: TITLE })).toHaveFocus();
  });

  it('emits blocked_shown once when shown, and core events reach the provider', async () => {
    const { user, events } = setup();
    const modal = await block(user);
    await user.click(await within(modal).findByRole('button', { name: 'Top up $5.00' }));
    await waitFor(() => expect(events.map((e) => e.type)).toContain('resumed'));
    const types = events.map((e) => e.type);
    expect(types.filter((t) => t === 'blocked_shown')).toHaveLength(1);
    expect(types).toEqual(expect.arrayContaining(['blocked', 'topup_started', 'topup_succeeded', 'resumed']));
  });

  it('lists every waiting task with a count when several are blocked', async () => {
    const { user } = setup({
      children: (
        <>
          <Host label="Run query" />
          <Host label="Export CSV" intent="Export “Q3 invoices”" />
        </>
      ),
    });
    await user.click(screen.getByRole('button', { name: 'Run query' }));
    const modal = await dialog();
    // The second button sits behind the modal now; a second 402 joins the same conversation.
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV', hidden: true }));
    await waitFor(() => expect(modal).toHaveTextContent('2 tasks are waiting to resume'));
    const list = within(modal).getByRole('list');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([INTENT, 'Export “Q3 invoices”']);
    expect(modal).toHaveTextContent('They resume by themselves');
  });

  it('adds up what every waiting task needs: the sum, the shortfall and a suggestion that covers both', async () => {
    const { user } = setup({
      children: (
        <>
          <Host label="Run query" />
          <Host label="Export CSV" intent="Export “Q3 invoices”" />
        </>
      ),
    });
    const modal = await block(user);
    const numbers = () =>
      modal.querySelector('[data-slot="tk-balance-blocked-modal-numbers"]') as HTMLElement;
    await waitFor(() => expect(numbers()).toHaveTextContent('This needs about$4.50Short by$3.30'));
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV', hidden: true }));
    // Two queries at $4.50 each: $9.00 in all, $7.80 more than the $1.20 left.
    await waitFor(() =>
      expect(numbers()).toHaveTextContent('Balance$1.20This needs about$9.00Short by$7.80'),
    );
    // The one-click amount covers the whole shortfall, never only the first task's.
    await waitFor(() => {
      const pay = within(modal).getByRole('button', { name: /^Top up \$\d+\.\d{2}$/ });
      const offered = Number(
        /\$(\d+)\.(\d{2})/
          .exec(pay.textContent ?? '')
          ?.slice(1)
          .join(''),
      );
      expect(offered).toBeGreaterThanOrEqual(780);
    });
  });

  it('says why when the suggested amount is more than the work needs, and says nothing when it is not', async () => {
    // Alerts at $20.00 and $5.00: the suggestion keeps the balance above $20.00 after the query.
    const { user } = setup({ fake: { alertSettings: sampleAlertSettings() } });
    const modal = await block(user);
    expect(await within(modal).findByRole('button', { name: 'Top up $25.00' })).toBeInTheDocument();
    expect(modal).toHaveTextContent('Covers what is waiting and keeps your balance above your $20.00 alert.');
  });

  it('offers the amount the work needs with no reason line when nothing else asks for more', async () => {
    const { user } = setup();
    const modal = await block(user);
    expect(await within(modal).findByRole('button', { name: 'Top up $5.00' })).toBeInTheDocument();
    expect(modal.querySelector('[data-slot="tk-balance-blocked-modal-suggestion"]')).toBeNull();
    expect(modal).not.toHaveTextContent('Covers what is waiting');
  });

  it('says "at least" the largest known need when one waiting task does not say what it needs', async () => {
    const { user } = setup({
      children: (
        <>
          <Host label="Run query" />
          <Waiters signals={[]} outcomes={[]} />
        </>
      ),
    });
    const modal = await block(user);
    // Two more requests whose 402 named no amount join the conversation.
    fireEvent.click(screen.getByRole('button', { name: 'Block two', hidden: true }));
    await waitFor(() => expect(modal).toHaveTextContent('3 tasks are waiting to resume'));
    const numbers = modal.querySelector('[data-slot="tk-balance-blocked-modal-numbers"]') as HTMLElement;
    expect(numbers).toHaveTextContent('This needs at least$4.50');
    expect(numbers).not.toHaveTextContent('about');
  });

  it('shows members without billing rights "Ask an admin to top up" instead of payment', async () => {
    const onRequestTopUp = vi.fn();
    const { user, topUps } = setup({ provider: { canTopUp: false, onRequestTopUp } });
    const modal = await block(user);
    expect(modal).toHaveAttribute('data-step', 'no-rights');
    expect(
      within(modal).getByRole('heading', { name: "Your team's balance isn't enough for this" }),
    ).toBeInTheDocument();
    expect(within(modal).queryByRole('button', { name: /^Top up/ })).not.toBeInTheDocument();
    expect(within(modal).queryByRole('button', { name: 'Choose another amount' })).not.toBeInTheDocument();
    await user.click(within(modal).getByRole('button', { name: 'Ask an admin to top up' }));
    expect(onRequestTopUp).toHaveBeenCalledTimes(1);
    expect(announced(modal)).toHaveTextContent('We let your billing admins know.');
    expect(within(modal).getByRole('button', { name: 'Not now' })).toBeInTheDocument();
    expect(topUps()).toHaveLength(0);
  });

  it("resumes a member's work once an admin tops up elsewhere, as the copy promises", async () => {
    const { user, adapter, topUps } = setup({ provider: { canTopUp: false } });
    const modal = await block(user);
    expect(modal).toHaveAttribute('data-step', 'no-rights');
    adapter.setBalance(5000); // an admin added $50 from their own account
    act(() => {
      window.dispatchEvent(new Event('focus'));
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('Run query: 200 42')).toBeInTheDocument();
    expect(topUps()).toHaveLength(0);
    expect(adapter.charges).toHaveLength(0);
  });

  it('shows social proof only when the host passes a figure', async () => {
    const first = setup();
    let modal = await block(first.user);
    expect(modal.querySelector('[data-slot="tk-balance-blocked-modal-social-proof"]')).toBeNull();
    first.unmount();

    const text = 'Most teams on your plan set a low-balance alert.';
    const second = setup({ provider: { socialProof: { text } } });
    modal = await block(second.user);
    expect(within(modal).getByText(text)).toBeInTheDocument();
  });

  it('offers alerts and support only when the host wires them', async () => {
    const onSetUpAlerts = vi.fn();
    const { user } = setup({
      modal: { onSetUpAlerts },
      provider: { supportHref: 'https://example.com/support' },
    });
    const modal = await block(user);
    expect(within(modal).getByRole('link', { name: 'Contact support' })).toHaveAttribute(
      'href',
      'https://example.com/support',
    );
    await user.click(within(modal).getByRole('button', { name: 'Set up alerts or auto-recharge' }));
    expect(onSetUpAlerts).toHaveBeenCalledTimes(1);
  });

  it('following "Set up alerts" keeps the work waiting with a reminder; a top-up from anywhere resumes it', async () => {
    const { user, adapter, events } = setup({
      modal: { onSetUpAlerts: () => {} },
      children: (
        <>
          <Host />
          <OneClickTopUp presets={[{ amountMinor: 1000, currency: 'USD' }]} />
        </>
      ),
    });
    const modal = await block(user);
    await user.click(within(modal).getByRole('button', { name: 'Set up alerts or auto-recharge' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const reminder = screen.getByRole('region', { name: 'Waiting for a top-up' });
    expect(reminder).toHaveTextContent('1 task waiting — resumes after a top-up');
    expect(screen.queryByText('Run query: rejected InsufficientBalanceError')).not.toBeInTheDocument();
    expect(events.map((e) => e.type)).not.toContain('dismissed');

    // "Show" brings the conversation back; set aside again, then a top-up on the page resumes the query.
    await user.click(within(reminder).getByRole('button', { name: 'Show' }));
    expect(await dialog()).toHaveAttribute('data-step', 'blocked');
    await user.click(within(await dialog()).getByRole('button', { name: 'Set up alerts or auto-recharge' }));
    await user.click(await screen.findByRole('button', { name: 'Top up $10.00' }));
    expect(await screen.findByText('Run query: 200 42')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Waiting for a top-up' })).not.toBeInTheDocument();
    // The receipt is the billing form's own; the modal does not pop up for it.
    expect(screen.getByText(/^Added \$10\.00\./)).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(adapter.charges).toHaveLength(1);
  });

  it('the reminder can be dismissed without rejecting the work', async () => {
    const { user } = setup({ modal: { onSetUpAlerts: () => {} } });
    const modal = await block(user);
    await user.click(within(modal).getByRole('button', { name: 'Set up alerts or auto-recharge' }));
    const reminder = await screen.findByRole('region', { name: 'Waiting for a top-up' });
    await user.click(within(reminder).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('region', { name: 'Waiting for a top-up' })).not.toBeInTheDocument();
    expect(screen.queryByText('Run query: rejected InsufficientBalanceError')).not.toBeInTheDocument();
  });

  it('says "ran out" only at zero or less', async () => {
    const { user } = setup({ body: { balance_minor: 0 }, fake: { balanceMinor: 0 } });
    const modal = await block(user);
    expect(within(modal).getByRole('heading', { name: 'Your balance ran out' })).toBeInTheDocument();
  });

  it('takes any string from `messages`, and a whole catalog', async () => {
    const first = setup({
      provider: {
        messages: {
          modal: { titleShort: { one: 'Out of credit', other: 'Out of credit' } },
          common: { notNow: 'Later' },
        },
      },
    });
    let modal = await block(first.user);
    expect(within(modal).getByRole('heading', { name: 'Out of credit' })).toBeInTheDocument();
    expect(within(modal).getByRole('button', { name: 'Later' })).toBeInTheDocument();
    first.unmount();

    const second = setup({ provider: { messages: de, locale: 'de-DE' } });
    modal = await block(second.user);
    expect(
      within(modal).getByRole('heading', { name: `Ihr Guthaben reicht nicht für ${INTENT}` }),
    ).toBeInTheDocument();
    expect(within(modal).getByText('1,20 $')).toBeInTheDocument();
    expect(await within(modal).findByRole('button', { name: /^5,00\s\$ aufladen$/ })).toBeInTheDocument();
    expect(within(modal).getByRole('button', { name: 'Jetzt nicht' })).toBeInTheDocument();
  });

  it('renders server text as text, never as HTML', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const { user } = setup({ body: { message: evil, request_id: '<b>id</b>' } });
    const modal = await block(user);
    await user.click(within(modal).getByText('Technical details'));
    expect(within(modal).getByText(/HTTP 402/)).toHaveTextContent(evil);
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('b')).toBeNull();
  });

  it('copies the technical details and announces it', async () => {
    const { user } = setup();
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const modal = await block(user);
    await user.click(within(modal).getByText('Technical details'));
    await user.click(within(modal).getByRole('button', { name: 'Copy details' }));
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('code 40203'));
    // Visible beside the button (and announced), not only to screen readers.
    const result = modal.querySelector('[data-slot="tk-technical-details-copied"]');
    expect(result).toHaveTextContent('Copied');
    expect(result).toHaveAttribute('role', 'status');
  });

  it('falls back to selecting the details when the clipboard is unavailable', async () => {
    const { user } = setup();
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    const modal = await block(user);
    await user.click(within(modal).getByText('Technical details'));
    await user.click(within(modal).getByRole('button', { name: 'Copy details' }));
    expect(modal.querySelector('[data-slot="tk-technical-details-copied"]')).toHaveTextContent(
      'The details are selected',
    );
    expect(String(window.getSelection())).toContain('40203');
  });

  it('a declined card is a visible step whose first action is another method, never the same card', async () => {
    const { user, adapter, topUps, requests } = setup({ fake: { script: ['decline'] } });
    const modal = await block(user);
    await user.click(await within(modal).findByRole('button', { name: 'Top up $5.00' }));
    await waitFor(() => expect(modal).toHaveAttribute('data-step', 'failed'));
    expect(
      within(modal).getByRole('heading', { name: 'Your bank declined the payment' }),
    ).toBeInTheDocument();
    expect(within(modal).getByText('Your card was declined by the bank.')).toBeInTheDocument();
    expect(within(modal).getByText('Nothing was charged.')).toBeInTheDocument();
    expect(announced(modal)).toHaveTextContent('Your bank declined the payment');
    // The waiting work and the numbers stay in view.
    expect(within(intentsOf(modal)).getByText(INTENT)).toBeInTheDocument();
    expect(within(modal).getByText('$4.50')).toBeInTheDocument();
    const options = modal.querySelector('[data-slot="tk-balance-blocked-modal-options"]') as HTMLElement;
    expect(within(options).getAllByRole('button')[0]).toHaveAccessibleName('Use another payment method');
    expect(within(modal).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(adapter.charges).toHaveLength(0);

    await user.click(within(modal).getByRole('button', { name: 'Choose another amount' }));
    await user.click(within(modal).getByRole('radio', { name: '$5.00' }));
    await user.click(within(modal).getByRole('button', { name: 'Top up $5.00' }));
    expect(await screen.findByText('Run query: 200 42')).toBeInTheDocument();
    expect(topUps()).toHaveLength(2);
    expect(adapter.charges).toHaveLength(1);
    // Same amount and method the second time.
    const [a, b] = requests();
    expect(b?.amount).toEqual(a?.amount);
    expect(b?.paymentMethodId).toBe(a?.paymentMethodId);
  });

  it('"Use another payment method" lets the user pick a method after a decline', async () => {
    const { user, adapter, requests } = setup({ fake: { script: ['decline'] } });
    const modal = await block(user);
    await user.click(await within(modal).findByRole('button', { name: 'Top up $5.00' }));
    await user.click(await within(modal).findByRole('button', { name: 'Use another payment method' }));
    expect(modal).toHaveAttribute('data-step', 'choosing');
    expect(within(modal).getByRole('heading', { name: 'Choose another payment method' })).toBeInTheDocument();
    const methods = within(modal).getByRole('group', { name: 'Pay with' });
    // A different method than the declined one is offered first.
    expect(within(methods).getByRole('radio', { name: 'Visa •••• 0002' })).toBeChecked();
    await user.click(within(methods).getByRole('radio', { name: 'Mastercard •••• 3155' }));
    await user.click(within(modal).getByRole('radio', { name: '$5.00' }));
    await user.click(within(modal).getByRole('button', { name: 'Top up $5.00' }));
    // The fake's Mastercard asks for 3-D Secure.
    await waitFor(() => expect(modal).toHaveAttribute('data-step', 'requires-action'));
    expect(requests()[1]?.paymentMethodId).toBe('pm_3ds');
    expect(adapter.charges).toHaveLength(0);
  });

  it('"Choose another amount" shows OneClickTopUp inline, and Back returns', async () => {
    const { user, adapter } = setup();
    const modal = await block(user);
    await user.click(within(modal).getByRole('button', { name: 'Choose another amount' }));
    expect(modal).toHaveAttribute('data-step', 'choosing');
    expect(within(modal).getByRole('heading', { name: 'Choose an amount' })).toBeInTheDocument();
    await user.click(within(modal).getByRole('radio', { name: '$50.00' }));
    await user.click(within(modal).getByRole('button', { name: 'Top up $50.00' }));
    expect(await screen.findByText('Run query: 200 42')).toBeInTheDocument();
    expect(adapter.charges[0]?.amount).toEqual({ amountMinor: 5000, currency: 'USD' });
  });

  it('3-D Secure: opens the sanitised action URL in a new tab, then "I\'ve confirmed" reconciles', async () => {
    const { user, adapter, requests } = setup({ fake: { script: ['require_action'] } });
    const modal = await block(user);
    await user.click(await within(modal).findByRole('button', { name: 'Top up $5.00' }));
    await waitFor(() => expect(modal).toHaveAttribute('data-step', 'requires-action'));
    const link = within(modal).getByRole('link', { name: /Open your bank's page/ });
    const key = requests()[0]?.idempotencyKey ?? '';
    expect(link).toHaveAttribute('href', `/3ds/${key}`);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    // Pressed before the bank confirmed: it says so, plainly, and nothing else changes.
    await user.click(within(modal).getByRole('button', { name: "I've confirmed" }));
    expect(
      await within(modal).findByText(
        "Your bank hasn't confirmed this payment yet. Finish on your bank's page — we'll notice by ourselves.",
      ),
    ).toBeInTheDocument();
    expect(modal).toHaveAttribute('data-step', 'requires-action');
    adapter.complete(key);
    await user.click(within(modal).getByRole('button', { name: "I've confirmed" }));
    expect(await screen.findByText('Run query: 200 42')).toBeInTheDocument();
    expect(adapter.charges).toHaveLength(1);
  });

  it('never links a javascript: action URL', async () => {
    const { user, adapter } = setup({ fake: { script: ['require_action'] } });
    const topUp = adapter.topUp;
    adapter.topUp = async (request) => ({ ...(await topUp(request)), actionUrl: 'javascript:alert(1)' });
    const modal = await block(user);
    await user.click(await within(modal).findByRole('button', { name: 'Top up $5.00' }));
    await waitFor(() => expect(modal).toHaveAttribute('data-step', 'requires-action'));
    expect(within(modal).queryByRole('link', { name: /Open your bank's page/ })).not.toBeInTheDocument();
    expect(within(modal).getByRole('button', { name: "I've confirmed" })).toBeInTheDocument();
  });

  it('pending credit is never a failure; it reconciles when the window regains focus', async () => {
    const { user, adapter, requests } = setup({ fake: { script: ['pend'] } });
    const modal = await block(user);
    await user.click(await within(modal).findByRole('button', { name: 'Top up $5.00' }));
    await waitFor(() => expect(modal).toHaveAttribute('data-step', 'pending-credit'));
    expect(within(modal).getByRole('heading', { name: 'Your payment is on its way' })).toBeInTheDocument();
    expect(within(modal).getByRole('progressbar', { name: 'Payment on its way' })).toBeInTheDocument();
    expect(modal).toHaveTextContent('Your $5.00 is on its way to your balance.');
    expect(modal).not.toHaveTextContent(/didn't go through|\$0\.00/);
    const key = requests()[0]?.idempotencyKey ?? '';
    adapter.complete(key);
    act(() => {
      window.dispatchEvent(new Event('focus'));
    });
    expect(await screen.findByText('Run query: 200 42')).toBeInTheDocument();
  });

  it('a lost connection says so, reconciles, and a retry reuses the key: never a second charge', async () => {
    const { user, adapter, requests } = setup({ fake: { script: ['network_error'] } });
    const modal = await block(user);
    await user.click(await within(modal).findByRole('button', { name: 'Top up $5.00' }));
    await waitFor(() => expect(modal).toHaveAttribute('data-step', 'unknown'));
    expect(within(modal).getByRole('heading', { name: 'The connection was lost' })).toBeInTheDocument();
    expect(modal).toHaveTextContent("so you're never charged twice");
    await user.click(within(modal).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Run query: 200 42')).toBeInTheDocument();
    const keys = requests().map((r) => r.idempotencyKey);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(adapter.charges).toHaveLength(1);
  });

  it('shows "Adding {amount}…" with the method while paying, and Not now stays', async () => {
    const { user } = setup({ fake: { script: ['hang'] } });
    const modal = await block(user);
    await user.click(await within(modal).findByRole('button', { name: 'Top up $5.00' }));
    await waitFor(() => expect(modal).toHaveAttribute('data-step', 'paying'));
    expect(within(modal).getByRole('heading', { name: 'Adding $5.00…' })).toBeInTheDocument();
    expect(modal).toHaveTextContent('Charging Visa •••• 4242.');
    expect(within(modal).getByRole('button', { name: 'Top up $5.00' })).toHaveAttribute('aria-busy', 'true');
    expect(announced(modal)).toHaveTextContent('Adding $5.00…');
    expect(within(modal).getByRole('button', { name: 'Not now' })).toBeInTheDocument();
  });

  it('a calm moment before the options never delays the keyboard', async () => {
    const { user } = setup({ modal: { revealDelayMs: 60_000 } });
    const modal = await block(user);
    const options = modal.querySelector('[data-slot="tk-balance-blocked-modal-options"]');
    expect(options).not.toHaveAttribute('data-revealed');
    await user.tab();
    expect(within(modal).getByRole('button', { name: 'Top up $5.00' })).toHaveFocus();
  });

  it('uses the suggestedAmount prop when given', async () => {
    const { user } = setup({ modal: { suggestedAmount: { amountMinor: 2500, currency: 'USD' } } });
    const modal = await block(user);
    expect(within(modal).getByRole('button', { name: 'Top up $25.00' })).toBeInTheDocument();
  });

  it('does not open for a standalone top-up', async () => {
    const { user, adapter } = setup({ children: <OneClickTopUp /> });
    await user.click(await screen.findByRole('button', { name: 'Top up $10.00' }));
    expect(await screen.findByText(/^Added \$10\.00\./)).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(adapter.charges).toHaveLength(1);
  });

  it('closes when every waiting request is aborted, and stays open while another still waits', async () => {
    const first = new AbortController();
    const second = new AbortController();
    const outcomes: string[] = [];
    const { user } = setup({
      children: <Waiters signals={[first.signal, second.signal]} outcomes={outcomes} />,
    });
    await user.click(screen.getByRole('button', { name: 'Block two' }));
    expect(await dialog()).toBeInTheDocument();
    act(() => first.abort());
    await waitFor(() => expect(outcomes).toEqual(['A rejected']));
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    act(() => second.abort());
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(outcomes).toEqual(['A rejected', 'B rejected']);
  });

  it('still opens, in English formats, when the host passes a locale Intl cannot read', async () => {
    const { user } = setup({ provider: { locale: 'xx_YY!!' } });
    const modal = await block(user);
    expect(within(modal).getByRole('heading', { name: TITLE })).toBeInTheDocument();
    expect(within(modal).getByText('$1.20')).toBeInTheDocument();
    expect(within(modal).getByRole('button', { name: 'Top up $5.00' })).toBeInTheDocument();
  });

  it('has no axe violations (jsdom; contrast is checked in Chromium)', async () => {
    const { user } = setup({
      provider: { supportHref: '/support', socialProof: { text: 'Most teams set an alert.' } },
    });
    const modal = await block(user);
    await within(modal).findByText('Charged to Visa •••• 4242');
    await user.click(within(modal).getByText('Technical details'));
    const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(', ')}`)).toEqual([]);
  });
});
