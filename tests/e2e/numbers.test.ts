// Numbers that add up in the demo: the built Acme Query dashboard on the real billing server.
// The seed leaves $0.25 and every saved query costs $0.40.
import { describe, expect, test } from 'vitest';
import { centsIn, demoPerTest, numbersIn, queryStatus, shown } from './support';

const current = demoPerTest();
const names = ['Monthly revenue', 'Daily active users', 'Churn by cohort'];
const bannerTitle = /^Your balance (is running low|is nearly used up|has run out)$/;

describe('numbers in the demo', () => {
  test('"Run all saved queries": the modal needs the three queries’ cost; one suggested top-up resumes all three and the banner leaves', async () => {
    const { page, billing } = current.demo;
    await page.goto(current.demo.url);
    // $0.25 against ~$6 a day: the early warning is up before the wall.
    const banner = page.getByRole('region', { name: bannerTitle });
    await banner.waitFor();

    await page.getByRole('button', { name: 'Run all saved queries' }).click();
    const dialog = page.getByRole('dialog', { name: "Your balance isn't enough for 3 tasks" });
    await dialog.getByText('3 tasks are waiting to resume').waitFor();
    await expect
      .poll(() => numbersIn(dialog))
      .toEqual({
        Balance: '$0.25',
        'This needs about': '$1.20',
        'Short by': '$0.95',
      });

    const topUp = dialog.getByRole('button', { name: /^Top up \$/ });
    const amount = centsIn(await shown(topUp));
    // The suggestion covers all three, with room to spare.
    expect(25 + amount).toBeGreaterThanOrEqual(120);
    await topUp.click();
    await dialog.waitFor({ state: 'hidden' });
    for (const name of names) await queryStatus(page, name).getByText('Done').waitFor();

    expect(billing.topUps()).toMatchObject([{ status: 'succeeded', amountMinor: amount }]);
    expect(
      current.demo
        .newEntries()
        .filter((entry) => entry.kind === 'usage')
        .map((entry) => entry.amountMinor),
    ).toEqual([-40, -40, -40]);
    expect(billing.balanceMinor()).toBe(25 + amount - 120);
    await page.getByText(`Balance $${((25 + amount - 120) / 100).toFixed(2)}`, { exact: true }).waitFor();
    // The suggested amount ends the warning too: the banner leaves once the balance is healthy.
    await banner.waitFor({ state: 'hidden' });
    expect(await page.getByRole('region', { name: bannerTitle }).count()).toBe(0);
  });

  test('the usage page shows the tip its data supports, with the share the breakdown shows', async () => {
    const { page } = current.demo;
    await page.goto(`${current.demo.url}#/usage`);
    const summary = page.getByRole('region', { name: 'Usage', exact: true });
    const tips = summary.locator('[data-slot="tk-usage-tips"]');
    const tip = tips.getByRole('listitem');
    await tip.first().waitFor();
    // One category holds over 30% of the spend in the seeded history: ad-hoc SQL (1–4× a saved query).
    expect(await tip.count()).toBe(1);
    const text = await shown(tip.first().locator('p'));
    const share = /^Ad-hoc SQL is (\d+)% of your spend this period\.$/.exec(text)?.[1];
    expect(share, text).toBeDefined();
    const row = summary.locator('[data-slot="tk-usage-breakdown"] li').filter({ hasText: 'Ad-hoc SQL' });
    expect(await shown(row)).toContain(`${share}% of spend`);
    // …and no tip for a category the data does not single out.
    expect(text).not.toContain('Daily active users');
  });
});

describe("resume: 'confirm' in the demo", () => {
  test('an edited (ad-hoc) query waits after the top-up: "Continue" with its cost, and it runs only then', async () => {
    const { page, billing } = current.demo;
    await page.goto(current.demo.url);
    await page.getByLabel('SQL').fill('SELECT count(*) FROM invoices WHERE amount > 1000;');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: "Your balance isn't enough for Monthly revenue" }).waitFor();
    await dialog.getByRole('button', { name: /^Top up \$/ }).click();

    // Paid, but the work waits for the user's word, saying what it costs.
    await dialog.getByRole('heading', { name: 'Continue Monthly revenue?' }).waitFor();
    expect(await numbersIn(dialog)).toMatchObject({ 'This costs about': '$0.40' });
    expect(billing.topUps()).toHaveLength(1);
    expect(current.demo.newEntries().map((entry) => entry.kind)).toEqual(['top_up']);
    expect(await page.getByRole('table').count()).toBe(0);

    await dialog.getByRole('button', { name: 'Continue Monthly revenue' }).click();
    await page.getByRole('table', { name: 'Result of Monthly revenue' }).waitFor();
    expect(current.demo.newEntries().map((entry) => entry.kind)).toEqual(['top_up', 'usage']);
  });
});
