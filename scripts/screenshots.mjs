// `npm run screenshots`: PNGs of the demo's key states into docs/images/, taken in Debian's
// Chromium from the production build of the dashboard on a freshly seeded billing server.
// Never downloads a browser: set CHROMIUM_PATH if yours is not /usr/bin/chromium.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { createBillingServer } from '../examples/billing-server/server.mjs';
import { launchChromium } from './chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const configFile = join(root, 'examples/dashboard/vite.config.ts');
const images = join(root, 'docs/images');
const viewport = { width: 1280, height: 800 };

const work = await mkdtemp(join(tmpdir(), 'topup-kit-shots-'));
const outDir = join(work, 'dist');
await build({ configFile, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
await mkdir(images, { recursive: true });

const browser = await launchChromium();

/** Everything still open, closed in the end even when a step fails. */
const sessions = new Set();

/** A fresh seeded server ($0.25 left), the built dashboard proxying to it, and a page. */
async function session(theme) {
  const billing = await createBillingServer({ port: 0, seed: true, slowMs: 60_000 });
  sessions.add(billing);
  const proxy = Object.fromEntries(
    ['/billing', '/api', '/3ds'].map((path) => [path, { target: billing.url, changeOrigin: true }]),
  );
  const server = await preview({
    configFile,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, proxy },
  });
  sessions.add(server);
  const context = await browser.newContext({ viewport, locale: 'en-US', reducedMotion: 'reduce' });
  context.setDefaultTimeout(15_000);
  // The theme is the demo's own preference, read on load.
  await context.addInitScript((value) => localStorage.setItem('acme:theme', value), theme);
  const page = await context.newPage();
  await page.goto(server.resolvedUrls.local[0]);
  await page.getByText('Your balance is running low').waitFor();
  return {
    page,
    async close() {
      await context.close();
      for (const open of [server, billing]) {
        await open.close();
        sessions.delete(open);
      }
    },
  };
}

const written = [];
async function shot(target, name) {
  const path = join(images, `${name}.png`);
  await target.screenshot({ path, animations: 'disabled', caret: 'hide' });
  written.push(relative(root, path));
}

try {
  const light = await session('light');
  const { page } = light;
  const dialog = page.getByRole('dialog');
  const run = page.getByRole('button', { name: 'Run', exact: true });

  await shot(page, 'queries');
  await shot(page.locator('[data-slot="tk-low-balance-banner"]'), 'low-balance-banner');

  await run.click();
  await dialog.getByRole('button', { name: /^Top up \$/ }).waitFor();
  await shot(page, 'modal-blocked');

  await dialog.getByRole('button', { name: 'Choose another amount' }).click();
  await dialog.getByRole('radio', { name: 'Visa •••• 0002' }).check();
  await shot(page, 'modal-choose-amount');

  await dialog.getByRole('button', { name: /^Top up \$/ }).click();
  await page.getByRole('dialog', { name: 'Your bank declined the payment' }).waitFor();
  await shot(page, 'modal-failed');

  await dialog.getByRole('button', { name: 'Use another payment method' }).click();
  await dialog.getByRole('button', { name: /^Top up \$/ }).click();
  await page.getByRole('table', { name: 'Result of Monthly revenue' }).waitFor();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByText(/charged · balance now/).waitFor();
  await shot(page, 'query-resumed');

  await page.getByRole('navigation').getByRole('link', { name: 'Usage' }).click();
  await page.getByRole('heading', { name: 'By category' }).waitFor();
  await shot(page, 'usage');

  await page.getByRole('navigation').getByRole('link', { name: 'Billing' }).click();
  await page.getByRole('switch', { name: 'Auto-recharge' }).check();
  // The exact terms, waiting for an explicit tick: never pre-ticked.
  const consent = page.getByRole('checkbox', { name: /^Charge / });
  await consent.waitFor();
  await page.getByRole('button', { name: 'Save settings' }).scrollIntoViewIfNeeded();
  await shot(page, 'billing-auto-recharge');
  await light.close();

  const dark = await session('dark');
  await dark.page.getByRole('button', { name: 'Run', exact: true }).click();
  await dark.page
    .getByRole('dialog')
    .getByRole('button', { name: /^Top up \$/ })
    .waitFor();
  await shot(dark.page, 'modal-blocked-dark');
  await dark.page
    .getByRole('dialog')
    .getByRole('button', { name: /^Top up \$/ })
    .click();
  await dark.page.getByRole('table', { name: 'Result of Monthly revenue' }).waitFor();
  await dark.page.getByRole('navigation').getByRole('link', { name: 'Usage' }).click();
  await dark.page.getByRole('heading', { name: 'By category' }).waitFor();
  await shot(dark.page, 'usage-dark');
  await dark.close();
} finally {
  await browser.close();
  for (const open of sessions) await open.close();
  await rm(work, { recursive: true, force: true });
}

console.log(`Wrote ${written.length} screenshots:\n  ${written.join('\n  ')}`);
