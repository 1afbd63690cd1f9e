// Acceptance check for the published package: pack it, install the tarball into a fresh consumer
// project, then import every entry from Node and type-check a TS file that uses them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'topup-consumer-'));
const run = (cmd, args, cwd = dir) =>
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] }).toString();

try {
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', dir], root))[0];
  const files = packed.files.map((f) => f.path);
  const stray = files.filter(
    (f) => !/^(dist\/|registry\/|README\.md$|LICENSE$|CHANGELOG\.md$|package\.json$)/.test(f),
  );
  if (stray.length) throw new Error(`npm pack ships files it should not: ${stray.join(', ')}`);

  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  const dev = pkg.devDependencies;
  run('npm', [
    'install',
    '--no-audit',
    '--no-fund',
    '--ignore-scripts',
    join(dir, packed.filename),
    `react@${dev.react}`,
    `react-dom@${dev['react-dom']}`,
    `@types/react@${dev['@types/react']}`,
  ]);

  const first = readFileSync(join(dir, 'node_modules/topup-kit/dist/index.js'), 'utf8').split('\n', 1)[0];
  if (first !== '"use client";')
    throw new Error(`dist/index.js must start with "use client", starts with ${first}`);
  const core = readFileSync(join(dir, 'node_modules/topup-kit/dist/core.js'), 'utf8');
  if (/["']react["']/.test(core)) throw new Error('dist/core.js imports react');

  writeFileSync(
    join(dir, 'check.mjs'),
    `import * as kit from 'topup-kit';
import * as core from 'topup-kit/core';
import { de } from 'topup-kit/locales/de';
import { fr } from 'topup-kit/locales/fr';
import * as testing from 'topup-kit/testing';
import { createRequire } from 'node:module';
const css = createRequire(import.meta.url).resolve('topup-kit/styles.css');
for (const name of ['TopupProvider', 'useRecovery', 'useBalance', 'createRecovery', 'money']) if (!kit[name]) throw new Error('topup-kit lacks ' + name);
for (const name of ['createRecovery', 'toInsufficientBalance', 'withRecovery', 'parseMoney', 'formatMoney']) if (!core[name]) throw new Error('topup-kit/core lacks ' + name);
if (typeof testing.createFakeBillingAdapter !== 'function') throw new Error('topup-kit/testing lacks createFakeBillingAdapter');
const e = core.toInsufficientBalance(402, { code: 40203, name: 'InsufficientBalanceError', message: 'Account balance not enough to run this query, please recharge' });
if (!e || e.code !== 40203) throw new Error('core does not recognise the seed body');
if (!de.common || !fr.common || !css.endsWith('styles.css')) throw new Error('locales or css missing');
console.log('consumer: runtime imports ok');
`,
  );
  process.stdout.write(run('node', ['check.mjs']));

  writeFileSync(
    join(dir, 'check.ts'),
    `import { TopupProvider, type TopupProviderProps, useRecovery } from 'topup-kit';
import { type BillingAdapter, createRecovery, type Money, money } from 'topup-kit/core';
import { de } from 'topup-kit/locales/de';
import { createFakeBillingAdapter, type FakeBillingAdapter } from 'topup-kit/testing';
const fake: FakeBillingAdapter = createFakeBillingAdapter({ balanceMinor: 120 });
const adapter: BillingAdapter = {
  getBalance: async () => ({ balance: money(120, 'USD') }),
  topUp: async () => ({ status: 'succeeded' }),
};
const amount: Money = money(2500, 'USD');
const props: TopupProviderProps = { adapter, messages: de, recovery: createRecovery({ adapter }) };
export { TopupProvider, useRecovery, amount, props, fake };
`,
  );
  // The README's quick start must compile as written against the published package.
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const quickStart = /## Quick start\s+```tsx\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!quickStart) throw new Error('README.md has no tsx block under "## Quick start"');
  writeFileSync(join(dir, 'quick-start.tsx'), quickStart);

  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        target: 'ES2022',
        jsx: 'react-jsx',
        noEmit: true,
        skipLibCheck: false,
        lib: ['ES2023', 'DOM'],
        types: [],
      },
      files: ['check.ts', 'quick-start.tsx'],
    }),
  );
  run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', dir]);
  console.log('consumer: the README quick start compiles against the package');
  console.log(
    `consumer: types resolve (${packed.filename}, ${files.length} files, ${packed.size} bytes packed)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
