// examples/nextjs, a Next 16 App Router app, built once with `next build`, started with `next start`
// and driven in Chromium: a route handler answers the seed 402, a server action returns its 402 as
// a value, the kit sits behind a client boundary. Run in UTC and in a zone whose calendar day
// differs from the server's, with zero console errors (a hydration mismatch is one: React #418).
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, ConsoleMessage } from 'playwright';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { centsIn, ensureLibraryBuilt, launchChromium, root, shown } from './support';

const app = join(root, 'examples/nextjs');
const nextBin = join(root, 'node_modules/next/dist/bin/next');
// Vitest sets NODE_ENV=test; the library and Next build (and start) for production, as a host's do.
const env = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' };

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter(
      (entry) => entry.isFile() && !/(^|\/)(\.next|node_modules)(\/|$)/.test(relative(dir, entry.parentPath)),
    )
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !file.endsWith('next-env.d.ts'))
    .sort();

/** `next build`, skipped when the app, the built kit and the lockfile are what the last build used. */
function buildApp() {
  const hash = createHash('sha256');
  for (const file of [...filesUnder(app), ...filesUnder(join(root, 'dist')), join(root, 'package-lock.json')])
    hash.update(relative(root, file)).update('\0').update(readFileSync(file));
  const inputs = hash.digest('hex');
  const stamp = join(app, '.next/topup-kit-inputs');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === inputs) return;
  const result = spawnSync(process.execPath, [nextBin, 'build', app], { cwd: root, env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`next build failed:\n${result.stdout}\n${result.stderr}`);
  writeFileSync(stamp, inputs);
}

type NextServer = { url: string; close(): Promise<void> };

/** `next start` on 127.0.0.1, a port the OS picks; a fresh process is a fresh demo account. */
function startApp(): Promise<NextServer> {
  const child: ChildProcess = spawn(process.execPath, [nextBin, 'start', app, '-H', '127.0.0.1', '-p', '0'], {
    cwd: root,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const close = async () => {
    if (child.exitCode === null && child.pid) {
      // Its own process group: whatever `next start` spawned goes with it.
      process.kill(-child.pid, 'SIGTERM');
      await exited;
    }
  };
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      close();
      reject(new Error(`next start did not report its URL:\n${output}`));
    }, 30_000);
    const read = (chunk: Buffer) => {
      output += chunk;
      const ready = /Ready in/.test(output) && /http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (ready) {
        clearTimeout(timer);
        resolve({ url: `http://127.0.0.1:${ready[1]}`, close });
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`next start exited (${code}):\n${output}`));
    });
  });
}

let browser: Browser | undefined;
let server: NextServer | undefined;
beforeAll(async () => {
  ensureLibraryBuilt();
  buildApp();
  browser = await launchChromium();
}, 300_000);
afterEach(async () => {
  await server?.close();
  server = undefined;
});
afterAll(() => browser?.close());

/** The browser's own network log line for a response it got: not an error of the app's. */
const isNetworkLog = (message: ConsoleMessage) =>
  /^Failed to load resource: the server responded with a status of 402/.test(message.text());

describe.each(['UTC', 'Pacific/Honolulu'])('examples/nextjs in Chromium, time zone %s', (timezoneId) => {
  test('hydrates cleanly; the server action and the route 402 open the modal; "Not now" closes; one top-up resumes', async () => {
    server = await startApp();
    const context = await (browser as Browser).newContext({ timezoneId, locale: 'en-US' });
    context.setDefaultTimeout(15_000);
    const consoleErrors: string[] = [];
    try {
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error' && !isNetworkLog(message))
          consoleErrors.push(`${message.text()} ${message.location().url}`);
      });
      page.on('pageerror', (error) => consoleErrors.push(error.message));
      await page.goto(server.url);
      // The server component's own line, and the kit's client parts once hydrated.
      await page.getByText('Balance when this page was rendered on the server: $0.25').waitFor();
      await page
        .getByText(/At your current pace/)
        .first()
        .waitFor();
      expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(timezoneId);
      const dialog = page.getByRole('dialog', { name: /^Your balance (ran out|isn't enough for)/ });

      // A server action returns its 402 as a value; the client turns it into the conversation.
      await page.getByRole('button', { name: 'Export report' }).click();
      await dialog.waitFor();
      expect(await shown(dialog)).toContain('Export report');
      await dialog.getByRole('button', { name: 'Not now' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page
        .getByText('Stopped: Account balance not enough to run this query, please recharge.')
        .waitFor();

      // The route handler's 402, through the provider's fetch.
      await page.getByRole('button', { name: 'Run Monthly revenue' }).click();
      await dialog.waitFor();
      expect(await shown(dialog)).toContain('Monthly revenue');
      const topUp = dialog.getByRole('button', { name: /^Top up \$/ });
      const amount = centsIn(await shown(topUp));
      await topUp.click();
      await page.getByText('Monthly revenue: 4200').waitFor();
      await dialog.waitFor({ state: 'hidden' });

      // One top-up, one query charged: the account says so.
      const balance = await (await fetch(`${server.url}/billing/balance`)).json();
      expect(balance.balance).toEqual({ amountMinor: 25 + amount - 40, currency: 'USD' });

      // Now the server action goes through without asking.
      await page.getByRole('button', { name: 'Export report' }).click();
      await page.getByText('Exported revenue-2026-11.csv').waitFor();
      expect(await dialog.isVisible()).toBe(false);
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
