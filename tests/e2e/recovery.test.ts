// The recovery conversation end to end: the built Acme Query dashboard in Chromium, on the real
// billing server (SQLite ledger, test cards, 3-D Secure page). Each test starts from the seed:
// $0.25 left, and every query run costs $0.40.
import { beforeEach, describe, expect, test } from 'vitest';
import { centsIn, demoPerTest, numbersIn, queryStatus, shown } from './support';

const current = demoPerTest();
beforeEach(() => {
  expect(current.demo.billing.balanceMinor()).toBe(25);
});

const kinds = () => current.demo.newEntries().map((e) => e.kind);

/** Opens the dashboard and runs the selected saved query ("Monthly revenue" first). */
async function runMonthlyRevenue() {
  const { page } = current.demo;
  await page.goto(current.demo.url);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  // $0.25 is left: not "ran out", but not enough for the query.
  const dialog = page.getByRole('dialog', { name: "Your balance isn't enough for Monthly revenue" });
  await dialog.waitFor();
  return dialog;
}

describe('Acme Query on the real billing server', () => {
  test('a 402 opens the modal with the query and the numbers; one click tops up and the result appears', async () => {
    const { page, billing } = current.demo;
    const dialog = await runMonthlyRevenue();

    const waiting = dialog.locator('[data-slot="tk-balance-blocked-modal-intents"]');
    expect(await waiting.getByText('Monthly revenue', { exact: true }).isVisible()).toBe(true);
    expect(await numbersIn(dialog)).toEqual({
      Balance: '$0.25',
      'This needs about': '$0.40',
      'Short by': '$0.15',
    });
    // The server's own words stay available for support.
    await dialog.getByText('Technical details').click();
    expect(await shown(dialog)).toContain('Account balance not enough to run this query, please recharge');

    const topUp = dialog.getByRole('button', { name: /^Top up \$/ });
    const amount = centsIn(await shown(topUp));
    await topUp.click();

    // Run is never pressed again: the paused request is replayed after the top-up.
    await page.getByRole('table', { name: 'Result of Monthly revenue' }).waitFor();
    await dialog.waitFor({ state: 'hidden' });
    const balance = `$${((25 + amount - 40) / 100).toFixed(2)}`;
    expect(await shown(page.getByRole('status').filter({ hasText: 'rows' }))).toBe(
      `6 rows · $0.40 charged · balance now ${balance}`,
    );
    await page.getByText(`Balance ${balance}`, { exact: true }).waitFor();

    expect(billing.topUps()).toMatchObject([{ status: 'succeeded', amountMinor: amount }]);
    expect(kinds()).toEqual(['top_up', 'usage']);
    expect(billing.balanceMinor()).toBe(25 + amount - 40);
  });

  test('a declined card says why in plain words; another method resumes the query', async () => {
    const { page, billing } = current.demo;
    const dialog = page.getByRole('dialog');
    await runMonthlyRevenue();

    await dialog.getByRole('button', { name: 'Choose another amount' }).click();
    await dialog.getByRole('radio', { name: 'Visa •••• 0002' }).check();
    await dialog.getByRole('button', { name: /^Top up \$/ }).click();

    const failed = page.getByRole('dialog', { name: 'Your bank declined the payment' });
    await failed.waitFor();
    expect(await shown(failed)).toContain('Your card was declined by the bank.');
    expect(await shown(failed)).toContain('Nothing was charged.');
    expect(billing.balanceMinor()).toBe(25);

    await failed.getByRole('button', { name: 'Use another payment method' }).click();
    // The declined card is not offered first again.
    const other = dialog.getByRole('radio', { name: 'Visa •••• 4242' });
    expect(await other.isChecked()).toBe(true);
    await dialog.getByRole('button', { name: /^Top up \$/ }).click();

    await page.getByRole('table', { name: 'Result of Monthly revenue' }).waitFor();
    expect(billing.topUps().map((t) => [t.paymentMethodId, t.status])).toEqual([
      ['pm_visa_0002', 'failed'],
      ['pm_visa_4242', 'succeeded'],
    ]);
    expect(kinds()).toEqual(['top_up', 'usage']);
  });

  test('3-D Secure: the bank page opens, the user confirms and comes back, the query resumes', async () => {
    const { page, context, billing } = current.demo;
    const dialog = page.getByRole('dialog');
    await runMonthlyRevenue();

    await dialog.getByRole('button', { name: 'Choose another amount' }).click();
    await dialog.getByRole('radio', { name: 'Mastercard •••• 3155' }).check();
    await dialog.getByRole('button', { name: /^Top up \$/ }).click();
    const confirm = page.getByRole('dialog', { name: 'Confirm with your bank' });
    await confirm.waitFor();
    expect(billing.topUps()).toMatchObject([{ status: 'requires_action' }]);
    expect(kinds()).toEqual([]);

    const [bank] = await Promise.all([
      context.waitForEvent('page'),
      confirm.getByRole('button', { name: "Open your bank's page" }).click(),
    ]);
    await bank.getByRole('heading', { name: 'Confirm your payment' }).waitFor();
    expect(await shown(bank.locator('main'))).toContain('Mastercard •••• 3155');
    const closed = new Promise((resolve) => bank.once('close', resolve));
    await bank.getByRole('button', { name: 'Confirm payment' }).click();
    // The bank sends the user back to the dashboard, whose return page closes the tab.
    await closed;
    expect(bank.url()).toBe(`${current.demo.url}#/bank-return`);

    await page.bringToFront();
    await page.getByRole('table', { name: 'Result of Monthly revenue' }).waitFor();
    expect(billing.topUps()).toMatchObject([{ status: 'succeeded', paymentMethodId: 'pm_mc_3155' }]);
    expect(kinds()).toEqual(['top_up', 'usage']);
  });

  test('"Not now" closes the modal and leaves a calm paused state; nothing is charged', async () => {
    const { page, billing } = current.demo;
    const dialog = await runMonthlyRevenue();

    await dialog.getByRole('button', { name: 'Not now' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const status = page.getByRole('status').filter({ hasText: 'Not run' });
    expect(await shown(status)).toContain(
      "Not run: your balance wasn't enough, and nothing was charged. Run it again whenever you like.",
    );
    expect(await shown(queryStatus(page, 'Monthly revenue'))).toContain('Paused');
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.getByRole('table').count()).toBe(0);
    expect(billing.topUps()).toEqual([]);
    expect(kinds()).toEqual([]);
    expect(billing.balanceMinor()).toBe(25);
  });

  test('three queries blocked at once share one modal, and all three resume after one top-up', async () => {
    const { page, billing } = current.demo;
    const names = ['Monthly revenue', 'Daily active users', 'Churn by cohort'];
    await page.goto(current.demo.url);
    await page.getByRole('button', { name: 'Run all saved queries' }).click();

    const dialog = page.getByRole('dialog', { name: "Your balance isn't enough for 3 tasks" });
    await dialog.getByText('3 tasks are waiting to resume').waitFor();
    expect(await page.getByRole('dialog').count()).toBe(1);
    expect(await dialog.getByRole('listitem').allInnerTexts()).toEqual(expect.arrayContaining(names));

    await dialog.getByRole('button', { name: /^Top up \$/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    for (const name of names) {
      await queryStatus(page, name).getByText('Done').waitFor();
      await page.getByRole('button', { name, exact: true }).click();
      await page.getByRole('table', { name: `Result of ${name}` }).waitFor();
    }
    expect(billing.topUps()).toHaveLength(1);
    expect(kinds().sort()).toEqual(['top_up', 'usage', 'usage', 'usage']);
    expect(
      current.demo
        .newEntries()
        .filter((e) => e.kind === 'usage')
        .map((e) => e.amountMinor),
    ).toEqual([-40, -40, -40]);
  });

  test('reloading while a slow top-up is in flight never charges twice', async () => {
    const { page, billing } = current.demo;
    const dialog = page.getByRole('dialog');
    await runMonthlyRevenue();

    await dialog.getByRole('button', { name: 'Choose another amount' }).click();
    await dialog.getByRole('radio', { name: 'Visa •••• 9999' }).check();
    const topUp = dialog.getByRole('button', { name: /^Top up \$/ });
    const amount = centsIn(await shown(topUp));
    await topUp.click();
    await page.getByRole('dialog', { name: /^Adding \$/ }).waitFor();
    // The bank has taken the money; its answer is still on the way when the user reloads.
    await expect.poll(() => billing.topUps().length).toBe(1);

    await page.reload();
    const balance = `$${((25 + amount) / 100).toFixed(2)}`;
    await page.getByText(`Balance ${balance}`, { exact: true }).waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);

    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.getByRole('table', { name: 'Result of Monthly revenue' }).waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(billing.topUps()).toMatchObject([{ paymentMethodId: 'pm_slow_9999', amountMinor: amount }]);
    expect(kinds()).toEqual(['top_up', 'usage']);
    expect(billing.balanceMinor()).toBe(25 + amount - 40);
  });
  test('a reload while a bank debit is still pending: Top up again reuses its key, so one top-up', async () => {
    const { page, billing } = current.demo;
    const payByDebit = async () => {
      await (await runMonthlyRevenue()).getByRole('button', { name: 'Choose another amount' }).click();
      const dialog = page.getByRole('dialog', { name: 'Choose an amount' });
      await dialog.getByRole('radio', { name: '$10.00' }).check();
      await dialog.getByRole('radio', { name: 'SEPA Direct Debit •••• 1234' }).check();
      await dialog.getByRole('button', { name: 'Top up $10.00' }).click();
      await page.getByRole('dialog', { name: 'Your payment is on its way' }).waitFor();
    };
    await payByDebit();
    expect(billing.topUps()).toHaveLength(1);

    // The tab reloads before the money lands; the user, still blocked, pays the same way again.
    await page.reload();
    await payByDebit();
    expect(billing.topUps()).toHaveLength(1);
    expect(billing.topUps()).toMatchObject([{ paymentMethodId: 'pm_sepa_1234', amountMinor: 1000 }]);
  });

  test('"Set up alerts" keeps the query waiting; a top-up on the billing page resumes it', async () => {
    const { page, billing } = current.demo;
    const dialog = await runMonthlyRevenue();
    await dialog.getByRole('button', { name: 'Set up alerts or auto-recharge' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(page.url()).toMatch(/#\/billing$/);

    // Nothing was let go: a small reminder says the query waits.
    const reminder = page.getByRole('region', { name: 'Waiting for a top-up' });
    expect(await shown(reminder)).toContain('1 task waiting — resumes after a top-up');
    expect(billing.topUps()).toEqual([]);

    const form = page.locator('[data-slot="tk-one-click-top-up"]');
    await form.getByRole('radio', { name: '$10.00' }).check();
    await form.getByRole('button', { name: 'Top up $10.00' }).click();
    await form.getByText('Added $10.00. Your balance is now $10.25.').waitFor();
    await reminder.waitFor({ state: 'hidden' });
    expect(await page.getByRole('dialog').count()).toBe(0);

    // Back on the queries page the run has landed: it resumed by itself, as the modal promised.
    await page.goto(`${current.demo.url}#/queries`);
    await page.getByRole('table', { name: 'Result of Monthly revenue' }).waitFor();
    expect(await shown(queryStatus(page, 'Monthly revenue'))).toContain('Done');
    expect(kinds()).toEqual(['top_up', 'usage']);
    expect(billing.balanceMinor()).toBe(25 + 1000 - 40);
  });
});
