// One conversation across two tabs of one browser (two pages of one Playwright context share
// localStorage, BroadcastChannel and Web Locks, as two tabs of one origin do), on the real billing
// server. Each test starts from the seed: $0.25 left, and every query run costs $0.40.
import type { Browser, Page } from 'playwright';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { buildDashboard, type Demo, launchChromium, shown, startDemo } from './support';

let browser: Browser | undefined;
let outDir = '';
let demo: Demo | undefined;
/** What the second tab threw (the first tab's are reported by the demo itself). */
let secondTabErrors: string[] = [];
beforeAll(async () => {
  [outDir, browser] = await Promise.all([buildDashboard(), launchChromium()]);
});
afterAll(() => browser?.close());
afterEach(async () => {
  await demo?.close();
  expect(secondTabErrors).toEqual([]);
});

/** A fresh demo (the slow card answers after `slowMs`) and a second tab on the same dashboard. */
async function twoTabs(
  slowMs?: number,
  { withoutBroadcastChannel = false } = {},
): Promise<{ first: Page; second: Page }> {
  demo = await startDemo(browser as Browser, outDir, slowMs ? { slowMs } : {});
  // A browser without BroadcastChannel: the tabs talk through localStorage's storage events.
  if (withoutBroadcastChannel)
    await demo.context.addInitScript(() => {
      // biome-ignore lint/suspicious/noExplicitAny: removing a global the page would otherwise use.
      delete (window as any).BroadcastChannel;
    });
  const second = await demo.context.newPage();
  secondTabErrors = [];
  second.on('pageerror', (error) => secondTabErrors.push(error.message));
  await Promise.all([demo.page.goto(demo.url), second.goto(demo.url)]);
  return { first: demo.page, second };
}

/** Runs "Monthly revenue" in a tab and waits for its modal. */
async function blockIn(page: Page) {
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: /^Your balance (ran out|isn't enough for)/ });
  await dialog.waitFor();
  return dialog;
}

const resultIn = (page: Page) => page.getByRole('table', { name: 'Result of Monthly revenue' });
const kinds = () => (demo as Demo).newEntries().map((e) => e.kind);

describe('two tabs of one account', () => {
  test('both blocked: a top-up in one resumes the work in both, and the ledger holds one top-up', async () => {
    const { first, second } = await twoTabs();
    const [dialog] = await Promise.all([blockIn(first), blockIn(second)]);

    await dialog.getByRole('button', { name: /^Top up \$/ }).click();

    // The second tab is never touched: its query runs again by itself.
    await Promise.all([resultIn(first).waitFor(), resultIn(second).waitFor()]);
    await second.getByRole('dialog').waitFor({ state: 'hidden' });
    expect(demo?.billing.topUps()).toMatchObject([{ status: 'succeeded' }]);
    expect(kinds().sort()).toEqual(['top_up', 'usage', 'usage']);
  });

  test('"Top up" pressed in both tabs at once still charges once', async () => {
    const { first, second } = await twoTabs();
    await Promise.all([blockIn(first), blockIn(second)]);

    // Both presses in the same instant (one wall clock for both tabs), long before either tab could
    // hear of the other's: each finds its own "Top up" button and presses it.
    const at = Date.now() + 500;
    const pressed = await Promise.all(
      [first, second].map((page) =>
        page.evaluate(
          (when) =>
            new Promise<boolean>((resolve) => {
              setTimeout(() => {
                const button = [...document.querySelectorAll('[role="dialog"] button')].find((b) =>
                  /^Top up \$/.test(b.textContent ?? ''),
                ) as HTMLButtonElement | undefined;
                button?.click();
                resolve(!!button);
              }, when - Date.now());
            }),
          at,
        ),
      ),
    );
    expect(pressed).toEqual([true, true]);

    await Promise.all([resultIn(first).waitFor(), resultIn(second).waitFor()]);
    expect(demo?.billing.topUps()).toHaveLength(1);
    expect(kinds().sort()).toEqual(['top_up', 'usage', 'usage']);
  });

  test('while one tab pays, the other says so, keeps "Not now", and resumes when the money lands', async () => {
    const { first, second } = await twoTabs(2_000);
    const [, other] = await Promise.all([blockIn(first), blockIn(second)]);
    const dialog = first.getByRole('dialog');

    await dialog.getByRole('button', { name: 'Choose another amount' }).click();
    await dialog.getByRole('radio', { name: 'Visa •••• 9999' }).check();
    await dialog.getByRole('radio', { name: '$10.00' }).check();
    await dialog.getByRole('button', { name: 'Top up $10.00' }).click();

    const elsewhere = second.getByRole('dialog', { name: 'Being handled in another tab' });
    await elsewhere.waitFor();
    expect(await elsewhere.getAttribute('data-step')).toBe('other-tab');
    expect(await shown(elsewhere)).toContain('A top-up of $10.00 is under way in another tab.');
    expect(await elsewhere.getByRole('button', { name: 'Not now' }).isVisible()).toBe(true);
    // No way to pay a second time from here.
    expect(await elsewhere.getByRole('button', { name: /^Top up/ }).count()).toBe(0);
    expect(await other.count()).toBe(0);

    await Promise.all([resultIn(first).waitFor(), resultIn(second).waitFor()]);
    expect(demo?.billing.topUps()).toMatchObject([{ status: 'succeeded', amountMinor: 1000 }]);
    expect(kinds().sort()).toEqual(['top_up', 'usage', 'usage']);
  });

  test('without BroadcastChannel, storage events carry the same conversation', async () => {
    const { first, second } = await twoTabs(undefined, { withoutBroadcastChannel: true });
    expect(await second.evaluate(() => typeof BroadcastChannel)).toBe('undefined');
    const [dialog] = await Promise.all([blockIn(first), blockIn(second)]);

    await dialog.getByRole('button', { name: /^Top up \$/ }).click();

    await Promise.all([resultIn(first).waitFor(), resultIn(second).waitFor()]);
    expect(demo?.billing.topUps()).toHaveLength(1);
    expect(kinds().sort()).toEqual(['top_up', 'usage', 'usage']);
  });
});
