// Auto-recharge end to end: the built dashboard in Chromium on the real billing server. The seed
// leaves $0.25, under the default $5.00 auto-recharge threshold, and a query run costs $0.40.
import { describe, expect, test } from 'vitest';
import { demoPerTest } from './support';

const current = demoPerTest();

/** The billing page with auto-recharge switched on and the given card chosen. */
async function turnOnAutoRecharge(card?: string) {
  const { page, url } = current.demo;
  await page.goto(`${url}#/billing`);
  await page.getByRole('switch', { name: 'Auto-recharge' }).check();
  if (card) await page.getByRole('combobox', { name: 'Pay with' }).selectOption({ label: card });
  return page;
}

/** Runs the selected query on a freshly loaded Queries page and answers the 402 with "Not now". */
async function runAndDecline() {
  const { page, url } = current.demo;
  // A fresh load each time: every run meets the server's auto-recharge anew, from a new page.
  await page.goto(url);
  await page.reload();
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Not now' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

describe('Auto-recharge on the real billing server', () => {
  test('saved under the threshold: the terms say it charges now, one charge lands, the receipt shows', async () => {
    const { billing } = current.demo;
    const page = await turnOnAutoRecharge();
    const consent = page.getByRole('checkbox', { name: /this charges \$25\.00 now\.$/ });
    expect(await consent.getAttribute('aria-invalid')).toBeNull();
    expect(await consent.isChecked()).toBe(false);
    await consent.check();
    await page.getByRole('button', { name: 'Save settings' }).click();

    await page.getByText('Auto-recharge added $25.00. Your balance is now $25.25.').waitFor();
    expect(current.demo.newEntries().map((e) => [e.kind, e.amountMinor])).toEqual([['auto_recharge', 2500]]);
    expect(billing.autoCharges()).toMatchObject([
      {
        amountMinor: 2500,
        status: 'succeeded',
        consent: {
          terms: expect.stringMatching(/^Charge Visa •••• 4242 \$25\.00 .* this charges \$25\.00 now\.$/),
        },
      },
    ]);
    // What is true now, under the switch.
    const hint = page.getByText(
      'On: adds $25.00 whenever your balance falls below $5.00, at most $100.00 a month.',
    );
    await hint.waitFor();
    // Saving again charges nothing more: the balance is above the threshold now.
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Saved. Your alert settings are up to date.').waitFor();
    expect(await page.getByText(/^Auto-recharge added \$25\.00\. Your balance/).count()).toBe(0);
    // The banner carries the receipt of the automatic charge, though the balance needs no warning now.
    await page
      .locator('[data-slot="tk-low-balance-banner"]')
      .getByText(/^Auto-recharge added \$25\.00 at \d{1,2}:\d\d/)
      .waitFor();
    expect(billing.autoCharges()).toHaveLength(1);
    expect(billing.balanceMinor()).toBe(2525);
  });

  test('the 3-D Secure card: the banner asks to confirm, and no second attempt is made', async () => {
    const { billing } = current.demo;
    const page = await turnOnAutoRecharge('Mastercard •••• 3155');
    await page.getByRole('checkbox', { name: /this charges \$25\.00 now\.$/ }).check();
    await page.getByRole('button', { name: 'Save settings' }).click();

    const panel = page.locator('[data-slot="tk-recharge-status"]');
    await panel.getByRole('heading', { name: 'Your bank wants to confirm an auto-recharge' }).waitFor();
    const banner = page.locator('[data-slot="tk-low-balance-banner"]');
    await banner
      .getByText(
        'Auto-recharge is waiting for your bank to confirm a payment of $25.00. Nothing was charged yet.',
      )
      .waitFor();
    const confirm = banner.getByRole('link', { name: 'Confirm with your bank' });
    expect(await confirm.getAttribute('href')).toMatch(/\/3ds\/tu_/);

    await runAndDecline();
    await runAndDecline();
    expect(billing.topUps().map((t) => [t.origin, t.status])).toEqual([['auto_recharge', 'requires_action']]);
    expect(billing.balanceMinor()).toBe(25);
  });

  test('3 declines in a row: auto-recharge is paused, with the reason, in the banner and the settings', async () => {
    const { billing } = current.demo;
    const page = await turnOnAutoRecharge('Visa •••• 0002');
    await page.getByRole('checkbox', { name: /this charges \$25\.00 now\.$/ }).check();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page
      .getByText('Auto-recharge could not charge $25.00: Your card was declined by the bank.')
      .waitFor();

    await runAndDecline(); // decline 2
    await runAndDecline(); // decline 3: paused
    expect(billing.topUps().map((t) => t.status)).toEqual(['failed', 'failed', 'failed']);
    const banner = page.locator('[data-slot="tk-low-balance-banner"]');
    await banner.getByText(/^Auto-recharge is paused\. Your card was declined 3 times in a row/).waitFor();

    await runAndDecline(); // paused: no fourth attempt
    expect(billing.topUps()).toHaveLength(3);

    await page.getByRole('navigation').getByRole('link', { name: 'Billing' }).click();
    const panel = page.locator('[data-slot="tk-recharge-status"]');
    await panel.getByRole('heading', { name: 'Auto-recharge is paused' }).waitFor();
    expect(await panel.textContent()).toContain('Your card was declined 3 times in a row');
    await page.getByRole('switch', { name: 'Auto-recharge', description: /^Paused:/ }).waitFor();
  });
});
