// Shared by the end-to-end tests: the built dashboard (built once per state of its sources), a
// fresh seeded billing server per test, a Vite preview proxying to it, and Debian's Chromium.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Locator, Page } from 'playwright';
import { build, preview } from 'vite';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import {
  type BillingServer,
  type BillingServerOptions,
  createBillingServer,
} from '../../examples/billing-server/server.mjs';

export const root = fileURLToPath(new URL('../..', import.meta.url));
const configFile = join(root, 'examples/dashboard/vite.config.ts');
/** What the dashboard's Vite config proxies to the billing server. */
const proxied = ['/billing', '/api', '/3ds'];

import { launchChromium } from '../../scripts/chromium.mjs';

export { launchChromium };

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && !/(^|\/)(dist|node_modules)(\/|$)/.test(relative(root, e.parentPath)))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * The built dist/ a host installs (examples/nextjs, the registry host). CI builds it before
 * `npm test`; after a plain `npm ci` (or with sources newer than the build) it is built here, for
 * production as a host's is (Vitest sets NODE_ENV=test).
 */
export function ensureLibraryBuilt(): void {
  const entry = join(root, 'dist/index.js');
  const isBuilt = () => {
    const built = existsSync(entry) ? statSync(entry).mtimeMs : 0;
    const sources = readdirSync(join(root, 'src'), { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name));
    return built > 0 && sources.every((file) => statSync(file).mtimeMs <= built);
  };
  // e2e files run two at a time: one builds while the other waits for it (a lock directory; one
  // left by a crashed run is taken over after five minutes).
  const lock = join(root, 'node_modules/.topup-kit-dist-build');
  while (!isBuilt()) {
    try {
      mkdirSync(lock);
    } catch {
      if (Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? 0) > 300_000)
        rmSync(lock, { recursive: true, force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
      continue;
    }
    try {
      if (isBuilt()) return;
      const env = { ...process.env, NODE_ENV: 'production' };
      const result = spawnSync('npm', ['run', 'build'], { cwd: root, env, encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stdout}\n${result.stderr}`);
      return;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

/**
 * The dashboard built by Vite's own `build()` into a temp folder named after a hash of everything
 * that goes into it: every test file shares one build, and so does the next run if nothing changed.
 */
export async function buildDashboard(): Promise<string> {
  const inputs = [
    ...(await filesUnder(join(root, 'src'))),
    ...(await filesUnder(join(root, 'examples/dashboard'))),
    join(root, '.storybook/brands.css'),
    join(root, 'package-lock.json'),
  ];
  const hash = createHash('sha256');
  for (const file of inputs)
    hash
      .update(relative(root, file))
      .update('\0')
      .update(await readFile(file));
  const cache = join(tmpdir(), 'topup-kit-e2e');
  const outDir = join(cache, hash.digest('hex').slice(0, 16));
  if (existsSync(join(outDir, 'index.html'))) return outDir;

  await mkdir(cache, { recursive: true });
  // Builds of older sources, left by earlier runs (a day's grace for a run still using one).
  for (const name of await readdir(cache)) {
    const path = join(cache, name);
    if (Date.now() - (await stat(path)).mtimeMs > 86_400_000)
      await rm(path, { recursive: true, force: true });
  }
  const building = `${outDir}.${process.pid}`;
  await build({ configFile, logLevel: 'warn', build: { outDir: building, emptyOutDir: true } });
  // Atomic: another run that built the same sources at the same moment wins just as well.
  await rename(building, outDir).catch(() => rm(building, { recursive: true, force: true }));
  return outDir;
}

export type Demo = {
  billing: BillingServer;
  /** The dashboard's origin, e.g. "http://127.0.0.1:41234/". */
  url: string;
  context: BrowserContext;
  page: Page;
  /** How many ledger entries the seed wrote: everything after them is this test's doing. */
  seeded: number;
  /** The ledger entries written since the seed. */
  newEntries(): ReturnType<BillingServer['ledger']>;
  close(): Promise<void>;
};

/**
 * The usual file setup: one build and one Chromium for the file, a fresh demo (startDemo) per test.
 * Read `current.demo` inside tests and hooks.
 */
export function demoPerTest(): { readonly demo: Demo } {
  let browser: Browser | undefined;
  let outDir = '';
  const current = {} as { demo: Demo };
  beforeAll(async () => {
    [outDir, browser] = await Promise.all([buildDashboard(), launchChromium()]);
  });
  afterAll(() => browser?.close());
  beforeEach(async () => {
    current.demo = await startDemo(browser as Browser, outDir);
  });
  afterEach(() => current.demo?.close());
  return current;
}

/**
 * A known starting point for one test: a new SQLite file seeded with the demo history (balance
 * $0.25, less than one $0.40 query), the built dashboard served by Vite's preview with its proxy
 * pointed at that server, and a fresh browser context (no storage carried over).
 */
export async function startDemo(
  browser: Browser,
  outDir: string,
  options: BillingServerOptions = {},
): Promise<Demo> {
  const dir = await mkdtemp(join(tmpdir(), 'topup-kit-e2e-db-'));
  // The slow card answers after a minute: long after any test has looked at it.
  const billing = await createBillingServer({
    dbPath: join(dir, 'billing.sqlite'),
    port: 0,
    seed: true,
    slowMs: 60_000,
    ...options,
  });
  const closers: (() => Promise<unknown>)[] = [
    () => rm(dir, { recursive: true, force: true }),
    () => billing.close(),
  ];
  const errors: string[] = [];
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    for (const fn of [...closers].reverse()) await fn().catch(() => undefined);
    // A broken page should fail its test, even when what the test looked at happened to pass.
    if (errors.length) throw new Error(`The page threw: ${errors.join('; ')}`);
  };
  try {
    const server = await preview({
      configFile,
      logLevel: 'warn',
      build: { outDir },
      preview: {
        host: '127.0.0.1',
        port: 0,
        proxy: Object.fromEntries(proxied.map((path) => [path, { target: billing.url, changeOrigin: true }])),
      },
    });
    closers.push(() => server.close());
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('The preview server did not report its URL.');
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
    closers.push(() => context.close());
    // Every wait has a ceiling well under the test's 60 s, so a failure names the step that hung.
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    const seeded = billing.ledger().length;
    return {
      billing,
      url,
      context,
      page,
      seeded,
      newEntries: () => billing.ledger().slice(seeded),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The text as rendered (Playwright's innerText: what a sighted user reads, without hidden text). */
export function shown(locator: Locator): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's rendered text is the point, not a DOM property.
  return locator.innerText();
}

/** The dialog's numbers as the user reads them: { Balance: "$0.25", … }. */
export async function numbersIn(dialog: Locator): Promise<Record<string, string>> {
  const terms = await dialog.getByRole('term').allInnerTexts();
  const values = await dialog.getByRole('definition').allInnerTexts();
  return Object.fromEntries(terms.map((term, i) => [term.trim(), values[i]?.trim() ?? '']));
}

/** "Top up $5.00" → 500: the amount the one-click button offers, in cents. */
export function centsIn(label: string): number {
  const match = /\$(\d+)\.(\d\d)/.exec(label);
  if (!match) throw new Error(`No dollar amount in "${label}"`);
  return Number(match[1]) * 100 + Number(match[2]);
}

/** The saved query's status as shown next to its name ("Not run", "Waiting", "Done", …). */
export function queryStatus(page: Page, name: string): Locator {
  return page
    .getByRole('region', { name: 'Saved queries' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name, exact: true }) });
}

/** Axe in the page (axe-core from node_modules), all rules including colour contrast. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected as a global script.
    const axe = (window as any).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map(
      (v: { id: string; help: string; nodes: { target: string[] }[] }) =>
        `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
  });
  return violations as string[];
}
