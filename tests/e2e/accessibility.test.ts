// The dashboard for keyboard and assistive-technology users: the main path without a mouse, and
// axe (every rule, colour contrast included) on each page and on the modal, in light and dark.
import type { Locator, Page } from 'playwright';
import { describe, expect, test } from 'vitest';
import { axeViolations, demoPerTest, shown } from './support';

const current = demoPerTest();

const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

/** Presses Tab until the target has focus; fails if it is not reachable in `limit` presses. */
async function tabTo(page: Page, target: Locator, limit = 40) {
  for (let i = 0; i < limit; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Not reachable with Tab in ${limit} presses: ${target}`);
}

describe('keyboard only', () => {
  test('run a query, top up in the modal and get the result, without a mouse', async () => {
    const { page, billing } = current.demo;
    await page.goto(current.demo.url);
    const run = page.getByRole('button', { name: 'Run', exact: true });
    await run.waitFor();

    await tabTo(page, run);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: "Your balance isn't enough for Monthly revenue" });
    await dialog.waitFor();
    // Focus moves into the dialog, on its heading, so nothing is pressed by habit.
    expect(
      await isFocused(dialog.getByRole('heading', { name: "Your balance isn't enough for Monthly revenue" })),
    ).toBe(true);

    const topUp = dialog.getByRole('button', { name: /^Top up \$/ });
    await tabTo(page, topUp, 10);
    await page.keyboard.press('Enter');

    await page.getByRole('table', { name: 'Result of Monthly revenue' }).waitFor();
    await dialog.waitFor({ state: 'hidden' });
    // Focus comes back to where the user was.
    expect(await isFocused(run)).toBe(true);
    expect(billing.topUps()).toHaveLength(1);
    expect(current.demo.newEntries().map((e) => e.kind)).toEqual(['top_up', 'usage']);
  });

  test('Escape closes the modal like "Not now": nothing charged, the query says it is paused', async () => {
    const { page, billing } = current.demo;
    await page.goto(current.demo.url);
    const run = page.getByRole('button', { name: 'Run', exact: true });
    await tabTo(page, run);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: "Your balance isn't enough for Monthly revenue" });
    await dialog.waitFor();

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await isFocused(run)).toBe(true);
    expect(await shown(page.getByRole('status').filter({ hasText: 'Not run' }))).toContain(
      'nothing was charged',
    );
    expect(billing.topUps()).toEqual([]);
    expect(current.demo.newEntries()).toEqual([]);
  });
});

describe('axe, colour contrast included', () => {
  for (const theme of ['Light', 'Dark'] as const) {
    test(`every page and the modal, ${theme.toLowerCase()} theme`, async () => {
      const { page } = current.demo;
      await page.goto(current.demo.url);
      await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: theme });
      expect(await page.locator('html').getAttribute('data-theme')).toBe(theme.toLowerCase());
      const nav = page.getByRole('navigation', { name: 'Main' });
      // The banner loads the usage forecast: wait for it so it is checked too.
      await page.getByText('Your balance is running low').waitFor();

      await page.getByRole('button', { name: 'Run', exact: true }).waitFor();
      expect(await axeViolations(page), 'Queries').toEqual([]);

      await nav.getByRole('link', { name: 'Usage' }).click();
      await page.getByRole('heading', { name: 'By category' }).waitFor();
      expect(await axeViolations(page), 'Usage').toEqual([]);

      await nav.getByRole('link', { name: 'Billing' }).click();
      await page.getByRole('radio', { name: 'Visa •••• 4242' }).waitFor();
      await page.getByRole('button', { name: 'Save settings' }).waitFor();
      expect(await axeViolations(page), 'Billing').toEqual([]);
      // Auto-recharge on: the consent to exact terms appears, and must pass too.
      await page.getByRole('switch', { name: 'Auto-recharge' }).check();
      await page.getByRole('checkbox', { name: /^Charge Visa •••• 4242/ }).waitFor();
      expect(await axeViolations(page), 'Billing with auto-recharge').toEqual([]);

      await nav.getByRole('link', { name: 'Queries' }).click();
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      await page.getByRole('dialog', { name: "Your balance isn't enough for Monthly revenue" }).waitFor();
      expect(await axeViolations(page), 'Modal').toEqual([]);
    });
  }
});
