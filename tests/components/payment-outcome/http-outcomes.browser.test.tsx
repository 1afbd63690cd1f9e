// Every payment outcome as a user meets it: a real 402 from the reference billing server opens the
// modal in Chromium, the top-up goes through the real HTTP adapter to the same server, and the test
// reads the words on screen, what the polite live regions say, and the server's own ledger.
import { render, screen, waitFor, within } from '@testing-library/react';
import * as React from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { BalanceBlockedModal } from '../../../src/components/balance-blocked-modal';
import { createHttpBillingAdapter } from '../../../src/core';
import { TopupProvider, useRecovery } from '../../../src/react';
import type { BrowserBillingOptions, BrowserBillingServer } from '../../support/billing-commands';

const INTENT = 'Monthly revenue';

let billing: BrowserBillingServer | undefined;

afterEach(async () => {
  if (billing) await commands.stopBillingServer(billing.id);
  billing = undefined;
});

/** The demo's metered endpoint through the kit's fetch: a 402 blocks, the replay runs it. */
function QueryPage({ url }: { url: string }) {
  const { fetch } = useRecovery();
  const [result, setResult] = React.useState('');
  const run = () =>
    fetch(`${url}/api/query`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: INTENT }),
      intent: INTENT,
      replay: true,
    }).then(
      async (response) => setResult(`Query: ${response.status} ${(await response.json()).name}`),
      (error: Error) => setResult(`Query: rejected ${error.name}`),
    );
  return (
    <div>
      <button type="button" onClick={run}>
        Run query
      </button>
      <output>{result}</output>
    </div>
  );
}

/** A fresh seeded server ($0.25 left, a query costs $0.40), the kit on it, and the 402's dialog. */
async function blocked(options: BrowserBillingOptions = {}, timeoutMs?: number) {
  billing = await commands.startBillingServer(options);
  // The Idempotency-Key of every top-up request the adapter sent, in order.
  const keys: string[] = [];
  const adapter = createHttpBillingAdapter({
    baseUrl: billing.billingUrl,
    timeoutMs,
    fetch: (input, init) => {
      const key = new Headers(init?.headers).get('idempotency-key');
      if (key) keys.push(key);
      return fetch(input, init);
    },
  });
  render(
    <TopupProvider adapter={adapter} crossTab={false}>
      <QueryPage url={billing.url} />
      <BalanceBlockedModal />
    </TopupProvider>,
  );
  await userEvent.click(screen.getByRole('button', { name: 'Run query' }));
  const dialog = await screen.findByRole('dialog');
  await within(dialog).findByRole('heading', { name: `Your balance isn't enough for ${INTENT}` });
  await within(dialog).findByText('Charged to Visa •••• 4242');
  const { id } = billing;
  return {
    dialog,
    /** Top-ups the server credited to the ledger. */
    credits: async () => (await commands.billingLedger(id)).filter((entry) => entry.kind === 'top_up'),
    topUps: () => commands.billingTopUps(id),
    keys,
  };
}

/**
 * "Choose another amount", pick the method and an amount — a preset ("$10.00") or, for anything
 * else, typed as "Other amount" — and pay.
 */
async function payWith(dialog: HTMLElement, method: string, amount = '$10.00') {
  await userEvent.click(within(dialog).getByRole('button', { name: 'Choose another amount' }));
  await userEvent.click(await within(dialog).findByRole('radio', { name: method }));
  if (amount.startsWith('$')) {
    await userEvent.click(within(dialog).getByRole('radio', { name: amount }));
  } else {
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Other amount' }));
    await userEvent.fill(within(dialog).getByRole('textbox', { name: 'Amount in USD' }), amount);
  }
  await userEvent.click(within(dialog).getByRole('button', { name: /^Top up \$/ }));
}

/** The step's heading once the payment has settled into `title`. */
const settled = (dialog: HTMLElement, title: string, timeout = 5000) =>
  within(dialog).findByRole('heading', { name: title }, { timeout });

/** What the dialog's polite live regions say now. */
const announced = (dialog: HTMLElement) =>
  within(dialog)
    .getAllByRole('status')
    .map((region) => region.textContent ?? '')
    .join(' ');

/** The buttons and links of the step's options, in order: the first is the first action. */
const actions = (dialog: HTMLElement) =>
  [
    ...dialog.querySelectorAll<HTMLElement>('[data-slot="tk-balance-blocked-modal-options"] :is(button, a)'),
  ].map((control) => control.textContent?.trim());

describe('Payment outcomes through the HTTP adapter against the reference billing server', () => {
  it('refused (422): the server’s own reason as text, nothing charged; its limit is said up front from then on', async () => {
    const { dialog, credits, keys } = await blocked();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Choose another amount' }));
    await userEvent.click(await within(dialog).findByRole('radio', { name: 'Other amount' }));
    const field = () => within(dialog).getByRole('textbox', { name: 'Amount in USD' });
    // No maximum known yet: the form says the minimum, and an absurd number is "too large".
    expect(field()).toHaveAccessibleDescription(expect.stringContaining('At least $1.00.'));
    await userEvent.fill(field(), '99999999999999999999999');
    await userEvent.click(within(dialog).getByRole('button', { name: /^Top up/ }));
    expect(await within(dialog).findByText(/^That number is too large\./)).toBeVisible();
    expect(keys).toEqual([]);

    await userEvent.fill(field(), '20000');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Top up $20,000.00' }));
    await settled(dialog, "This top-up wasn't accepted");
    expect(within(dialog).getByText('A top-up can be at most $10,000.00.')).toBeVisible();
    expect(within(dialog).getByText('Nothing was charged.')).toBeVisible();
    expect(actions(dialog)[0]).toBe('Change the amount');
    expect(announced(dialog)).toContain("This top-up wasn't accepted");
    expect(dialog).not.toHaveTextContent(/lost the connection/i);
    expect(await credits()).toEqual([]);

    // The limit the server refused by (its problem's `limits`) is stated and checked before sending.
    await userEvent.click(within(dialog).getByRole('button', { name: 'Change the amount' }));
    await userEvent.click(await within(dialog).findByRole('radio', { name: 'Other amount' }));
    expect(field()).toHaveAccessibleDescription(expect.stringContaining('Between $1.00 and $10,000.00.'));
    await userEvent.fill(field(), '20000');
    await userEvent.click(within(dialog).getByRole('button', { name: /^Top up/ }));
    expect(await within(dialog).findByText('Enter an amount of $10,000.00 or less.')).toBeVisible();
    expect(keys).toHaveLength(1);
  });

  it('declined: the bank’s reason in plain words; another method first, then the receipt and the work resumes', async () => {
    const { dialog, credits, topUps } = await blocked();
    await payWith(dialog, 'Visa •••• 0002');
    await settled(dialog, 'Your bank declined the payment');
    expect(within(dialog).getByText('Your card was declined by the bank.')).toBeVisible();
    expect(within(dialog).getByText('Nothing was charged.')).toBeVisible();
    expect(actions(dialog)[0]).toBe('Use another payment method');
    expect(announced(dialog)).toContain('Your bank declined the payment');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Use another payment method' }));
    await settled(dialog, 'Choose another payment method');
    // Another method than the declined card is chosen already; the amount stays.
    expect(within(dialog).getByRole('radio', { name: 'Visa •••• 0002' })).not.toBeChecked();
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Visa •••• 4242' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Top up $10.00' }));

    await settled(dialog, `Resuming ${INTENT}…`);
    expect(within(dialog).getByText('Added $10.00. Your balance is now $10.25.')).toBeVisible();
    expect(announced(dialog)).toContain('Added $10.00. Your balance is now $10.25.');
    await waitFor(() => expect(screen.getByText(`Query: 200 ${INTENT}`)).toBeInTheDocument());
    // Two attempts, two decisions: the declined one charged nothing, the second once.
    expect((await credits()).map((entry) => entry.amountMinor)).toEqual([1000]);
    expect((await topUps()).map((row) => row.status)).toEqual(['failed', 'succeeded']);
  });

  it('3-D Secure: asks for the bank; an early "I’ve confirmed" says so; after the bank, the receipt', async () => {
    const { dialog, credits, topUps } = await blocked();
    await payWith(dialog, 'Mastercard •••• 3155');
    await settled(dialog, 'Confirm with your bank');
    expect(
      within(dialog).getByText("Your bank asked to confirm this payment. We'll continue when you're done."),
    ).toBeVisible();
    const bankPage = within(dialog).getByRole('link', { name: /Open your bank's page/ });
    expect(bankPage).toHaveAttribute('href', expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/3ds\//));

    await userEvent.click(within(dialog).getByRole('button', { name: "I've confirmed" }));
    const notYet =
      "Your bank hasn't confirmed this payment yet. Finish on your bank's page — we'll notice by ourselves.";
    await waitFor(() => expect(announced(dialog)).toContain(notYet));
    expect(within(dialog).getByText(notYet)).toBeVisible();
    expect(await credits()).toEqual([]);

    // The cardholder confirms on the bank's page (its form posts here), then says so.
    await fetch(`${bankPage.getAttribute('href')}/confirm`, { method: 'POST', mode: 'no-cors' });
    await userEvent.click(within(dialog).getByRole('button', { name: "I've confirmed" }));
    await settled(dialog, `Resuming ${INTENT}…`);
    expect(announced(dialog)).toContain('Added $10.00. Your balance is now $10.25.');
    await waitFor(() => expect(screen.getByText(`Query: 200 ${INTENT}`)).toBeInTheDocument());
    expect(await credits()).toHaveLength(1);
    expect(await topUps()).toHaveLength(1);
  });

  it('pending debit: on its way (never "received"), with progress and the expected time, then the receipt', async () => {
    const { dialog, credits } = await blocked({ pendingMs: 1500 });
    await payWith(dialog, 'SEPA Direct Debit •••• 1234');
    await settled(dialog, 'Your payment is on its way');
    expect(within(dialog).getByText('Your $10.00 is on its way to your balance.')).toBeVisible();
    expect(
      within(dialog).getByText(/^It usually lands by \d{1,2}:\d\d\s?[AP]M\. We check by ourselves\.$/),
    ).toBeVisible();
    expect(within(dialog).getByRole('progressbar', { name: 'Payment on its way' })).toBeVisible();
    expect(dialog).not.toHaveTextContent(/received/i);
    expect(announced(dialog)).toContain('Your payment is on its way');
    expect(actions(dialog)).toEqual([]);
    expect(await credits()).toEqual([]);

    // The kit checks by itself once the server expects the debit to land.
    await settled(dialog, `Resuming ${INTENT}…`, 6000);
    expect(announced(dialog)).toContain('Added $10.00.');
    await waitFor(() => expect(screen.getByText(`Query: 200 ${INTENT}`)).toBeInTheDocument());
    expect(await credits()).toHaveLength(1);
  });

  it('slow answer: a client timeout is "still waiting" (nothing to press), reconciled quietly into the receipt', async () => {
    const { dialog, credits, topUps } = await blocked({ slowMs: 4000 }, 600);
    await payWith(dialog, 'Visa •••• 9999');
    await settled(dialog, 'Still waiting for confirmation');
    expect(
      within(dialog).getByText(
        "Your payment is taking longer than usual. We're checking with your account — there's nothing you need to do, and you won't be charged twice.",
      ),
    ).toBeVisible();
    expect(actions(dialog)).toEqual([]);
    expect(within(dialog).getByRole('button', { name: 'Not now' })).toBeVisible();
    expect(dialog).not.toHaveTextContent(/lost the connection/i);
    expect(announced(dialog)).toContain('Still waiting for confirmation');

    await settled(dialog, `Resuming ${INTENT}…`, 6000);
    expect(announced(dialog)).toContain('Added $10.00. Your balance is now $10.25.');
    await waitFor(() => expect(screen.getByText(`Query: 200 ${INTENT}`)).toBeInTheDocument());
    // The charge landed once; checking the key never made a second.
    expect(await credits()).toHaveLength(1);
    expect(await topUps()).toHaveLength(1);
  });

  it('network cut (the socket closes, no answer): only then "lost the connection"; trying again reuses the key', async () => {
    const { dialog, credits, topUps, keys } = await blocked();
    await payWith(dialog, 'Visa •••• 0119');
    await settled(dialog, 'The connection was lost');
    expect(
      within(dialog).getByText(
        "We lost the connection while charging. We're checking with your account, so you're never charged twice.",
      ),
    ).toBeVisible();
    expect(actions(dialog)[0]).toBe('Try again');
    expect(announced(dialog)).toContain('The connection was lost');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(keys).toHaveLength(2));
    await settled(dialog, 'The connection was lost');
    expect(keys[1]).toBe(keys[0]);
    expect(await credits()).toEqual([]);
    expect(await topUps()).toEqual([]);
  });
});
