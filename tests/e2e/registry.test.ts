// The shadcn registry as a host meets it, offline: the package packed with `npm pack` (its prepack
// builds registry/), unpacked into a fresh Vite + Tailwind v4 host that has its own shadcn theme
// and a components.json, every item added with the real shadcn CLI from the packed registry
// served on 127.0.0.1, the host built by Vite and driven in Chromium: the 402 conversation works,
// axe finds nothing, and the copied parts paint with the host's tokens, not the kit's.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type StaticServer, serveStatic } from './static-server';
import { axeViolations, ensureLibraryBuilt, launchChromium, root, shown } from './support';

const run = promisify(execFile);
const template = join(root, 'tests/fixtures/registry-host');
const shadcn = join(root, 'node_modules/shadcn/dist/index.js');
/** What the host links from the kit's own install instead of downloading it (no network here). */
const linked = [
  'react',
  'react-dom',
  'scheduler',
  '@radix-ui',
  'class-variance-authority',
  'clsx',
  'tailwind-merge',
  'tailwindcss',
  '@tailwindcss',
  'vite',
  '@vitejs',
];
/** What the CLI fetches besides the items, even with a components.json: an empty base colour. */
const baseColor = {
  inlineColors: { light: {}, dark: {} },
  cssVars: { light: {}, dark: {} },
  cssVarsV4: { light: {}, dark: {} },
  inlineColorsTemplate: '',
  cssVarsTemplate: '',
};

type SourceItem = { name: string; files: { path: string; target: string }[] };
const source = JSON.parse(await readFile(join(root, 'registry.json'), 'utf8')) as { items: SourceItem[] };
/** Where the CLI should write each file: `@ui/…` under the host's ui alias, `@components/…` under components. */
const expectedFiles = source.items
  .flatMap((item) => item.files.map((file) => file.target))
  .map((target) =>
    target.replace(/^@ui\//, 'src/components/ui/').replace(/^@components\//, 'src/components/'),
  )
  .sort();

let work = '';
let host = '';
let cliOutput = '';
let registryServer: StaticServer | undefined;
let appServer: StaticServer | undefined;
let browser: Browser | undefined;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(host, join(e.parentPath, e.name)))
    .sort();
}

beforeAll(async () => {
  ensureLibraryBuilt();
  work = await mkdtemp(join(tmpdir(), 'topup-kit-registry-'));
  host = join(work, 'host');

  // The package as npm would publish it: prepack builds registry/ into it.
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', work], { cwd: root });
  const [packed] = JSON.parse(stdout) as { filename: string }[];
  const tarball = join(work, (packed as { filename: string }).filename);

  await cp(template, host, { recursive: true });
  await cp(tarball, join(host, 'topup-kit.tgz'));
  const installed = join(host, 'node_modules/topup-kit');
  await mkdir(installed, { recursive: true });
  await run('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
  for (const name of linked)
    await symlink(join(root, 'node_modules', name), join(host, 'node_modules', name));

  // The registry a host would serve: the built items the package ships, as they are in it.
  const served = join(work, 'served');
  await mkdir(join(served, 'colors'), { recursive: true });
  await symlink(join(installed, 'registry'), join(served, 'registry'));
  await writeFile(join(served, 'colors/neutral.json'), JSON.stringify(baseColor));
  registryServer = await serveStatic(served);
  const componentsJson = join(host, 'components.json');
  await writeFile(
    componentsJson,
    (await readFile(componentsJson, 'utf8')).replace('REGISTRY_BASE', registryServer.url),
  );

  // Asynchronous: the registry server answers from this process while the CLI runs.
  const items = source.items.map((item) => `@topup-kit/${item.name}`);
  const added = await run(process.execPath, [shadcn, 'add', ...items, '--yes', '--cwd', host], {
    cwd: host,
    env: { ...process.env, REGISTRY_URL: registryServer.url },
  });
  cliOutput = added.stdout + added.stderr;

  const mode = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: host, configFile: join(host, 'vite.config.ts'), logLevel: 'warn' });
  } finally {
    process.env.NODE_ENV = mode;
  }
  appServer = await serveStatic(join(host, 'dist'));
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await registryServer?.close();
  await appServer?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the shadcn registry, added offline to a fresh Vite + Tailwind v4 host', () => {
  test('the package ships every built item; the CLI writes each file on the host aliases', async () => {
    const shipped = await readdir(join(host, 'node_modules/topup-kit/registry'));
    expect(shipped.sort()).toEqual(
      ['registry.json', ...source.items.map((item) => `${item.name}.json`)].sort(),
    );
    expect(await filesUnder(join(host, 'src/components'))).toEqual(expectedFiles);
    expect(cliOutput).not.toMatch(/Installing dependencies/);
  });

  test('copied parts use plain shadcn classes, the host cn and logic imported from topup-kit', async () => {
    for (const file of expectedFiles) {
      const text = await readFile(join(host, file), 'utf8');
      expect(text, file).not.toMatch(/(^|[\s'"`])tk:/);
      // Nothing reaches back into the kit's sources: only packages and the host's aliases.
      for (const [, spec] of text.matchAll(/from '([^']+)'/g))
        expect(spec, `${file} imports ${spec}`).toMatch(
          /^(react|react-dom|topup-kit|@radix-ui\/react-dialog|class-variance-authority|@\/lib\/utils|@\/components\/(ui\/)?topup-kit\/.+)$/,
        );
    }
    const modal = await readFile(
      join(host, 'src/components/topup-kit/balance-blocked-modal/conversation.tsx'),
      'utf8',
    );
    expect(modal).toMatch(/import \{[^}]*\buseRecovery\b[^}]*\} from 'topup-kit'/);
    const button = await readFile(join(host, 'src/components/ui/topup-kit/button.tsx'), 'utf8');
    expect(button).toContain("import { cn } from '@/lib/utils'");
    expect(button).toContain('bg-primary text-primary-foreground');
    // The tokens shadcn has no name for came as cssVars into the host's stylesheet.
    expect(await readFile(join(host, 'src/index.css'), 'utf8')).toMatch(
      /--warning:[^;]+;[\s\S]*--color-warning: var\(--warning\)/,
    );
  });

  test('in Chromium: a 402 opens the modal, a top-up resumes the work, axe is clean, the host tokens paint it', async () => {
    const context = await (browser as Browser).newContext({ locale: 'en-US' });
    context.setDefaultTimeout(15_000);
    const errors: string[] = [];
    try {
      const page = await context.newPage();
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
      await page.goto(appServer?.url ?? '');
      await page
        .getByText(/At your current pace/)
        .first()
        .waitFor();
      const addCredit = page
        .getByRole('region', { name: 'Add credit' })
        .getByRole('button', { name: /^Top up \$/ });
      await addCredit.first().waitFor();

      // The kit's own tokens and stylesheet are nowhere: the copies draw with the host's.
      expect(
        await page.evaluate(() =>
          getComputedStyle(document.documentElement).getPropertyValue('--tk-primary'),
        ),
      ).toBe('');
      expect(await paint(page, addCredit.first())).toEqual(
        await hostColours(page, 'primary', 'primary-foreground'),
      );
      expect(await axeViolations(page), 'page').toEqual([]);

      await page.getByRole('button', { name: 'Run Monthly revenue' }).click();
      const dialog = page.getByRole('dialog', { name: /^Your balance (ran out|isn't enough for)/ });
      await dialog.waitFor();
      const said = await shown(dialog);
      expect(said).toContain('Monthly revenue');
      // The numbers add up: $0.25 of the $0.40 the query needs.
      expect(said).toMatch(/Balance\s+\$0\.25[\s\S]*\$0\.40[\s\S]*Short by\s+\$0\.15/);
      expect(await dialog.getByRole('button', { name: 'Not now' }).isVisible()).toBe(true);
      // The server's own words, behind the disclosure.
      await dialog.getByText('Technical details').click();
      await dialog.getByText('Account balance not enough to run this query, please recharge.').waitFor();
      expect(await dialog.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
        (await hostColours(page, 'card'))[0],
      );
      const topUp = dialog.getByRole('button', { name: /^Top up \$/ });
      expect(await paint(page, topUp)).toEqual(await hostColours(page, 'primary', 'primary-foreground'));
      expect(await topUp.evaluate((el) => getComputedStyle(el).borderRadius)).toBe(
        await page.evaluate(
          () => `${Number.parseFloat(getComputedStyle(document.documentElement).fontSize) * 0.75 - 2}px`,
        ),
      );
      expect(await axeViolations(page), 'modal').toEqual([]);

      await topUp.click();
      await page.getByText('Monthly revenue: 4200').waitFor();
      await dialog.waitFor({ state: 'hidden' });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('in Chromium, dark: the copied parts take the host’s own .dark tokens, axe is clean, and the host cn merges classes', async () => {
    const context = await (browser as Browser).newContext({ locale: 'en-US' });
    context.setDefaultTimeout(15_000);
    try {
      const page = await context.newPage();
      await page.goto(appServer?.url ?? '');
      const addCredit = page
        .getByRole('region', { name: 'Add credit' })
        .getByRole('button', { name: /^Top up \$/ })
        .first();
      await addCredit.waitFor();
      // The host's `className="px-2"` replaces the part's own px-4 (tailwind-merge in the host's cn).
      const banner = page.locator('[data-slot="tk-low-balance-banner"]').first();
      expect(await banner.evaluate((el) => getComputedStyle(el).paddingRight)).toBe('8px');

      const light = await hostColours(page, 'primary', 'primary-foreground');
      await page.evaluate(() => document.documentElement.classList.add('dark'));
      const dark = await hostColours(page, 'primary', 'primary-foreground');
      expect(dark).not.toEqual(light);
      // The button eases into its new colours (transition-colors): the colours it settles on.
      await expect.poll(() => paint(page, addCredit)).toEqual(dark);
      expect(await axeViolations(page), 'page, dark').toEqual([]);

      await page.getByRole('button', { name: 'Run Monthly revenue' }).click();
      const dialog = page.getByRole('dialog', { name: /^Your balance (ran out|isn't enough for)/ });
      await dialog.waitFor();
      expect(await dialog.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
        (await hostColours(page, 'card'))[0],
      );
      expect(await axeViolations(page), 'modal, dark').toEqual([]);
    } finally {
      await context.close();
    }
  });
});

/** A control's background and text colour as Chromium computes them. */
function paint(_page: Page, control: ReturnType<Page['locator']>): Promise<string[]> {
  return control.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color]);
}

/** The host's shadcn variables as computed colours (a probe element resolves them the same way). */
function hostColours(page: Page, ...names: string[]): Promise<string[]> {
  return page.evaluate((tokens) => {
    const probe = document.createElement('div');
    document.body.append(probe);
    const colours = tokens.map((token) => {
      probe.style.backgroundColor = `var(--${token})`;
      return getComputedStyle(probe).backgroundColor;
    });
    probe.remove();
    return colours;
  }, names);
}
