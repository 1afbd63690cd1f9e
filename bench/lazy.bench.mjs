// topup-kit/lazy against the eager modal: how long from a 402 response to the COMPLETE dialog
// (heading focused, primary action ready, "Not now" present) on the first block after a page
// load, in one headless Chromium run. Three pages, a fresh load for every run, alternating:
//   eager            BalanceBlockedModal from `topup-kit`
//   lazy, prefetched topup-kit/lazy after its idle prefetch (the usual case: a 402 comes later)
//   lazy, cold       topup-kit/lazy blocked at the first frame, before any idle moment: the
//                    conversation chunk is fetched on the block (from 127.0.0.1 here: a real
//                    network adds its round trip to this case only)
// Prints the medians and each lazy case's ratio to eager.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright';
import { build } from 'vite';
import { launchOptions } from '../scripts/chromium.mjs';
import { median, serveBuild } from './support.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const WARMUP = 2;
const root = fileURLToPath(new URL('./lazy/', import.meta.url));
const outDir = await mkdtemp(join(tmpdir(), 'topup-kit-bench-lazy-'));

await build({
  root,
  configFile: false,
  logLevel: 'warn',
  publicDir: false,
  plugins: [react(), tailwindcss()],
  build: {
    outDir,
    emptyOutDir: true,
    minify: true,
    rolldownOptions: { input: { eager: join(root, 'eager.html'), lazy: join(root, 'lazy.html') } },
  },
});

const server = await serveBuild(outDir);
const { port } = server;
const browser = await chromium.launch(launchOptions);

const cases = {
  eager: '/eager.html',
  'lazy, prefetched': '/lazy.html?prefetched',
  'lazy, cold': '/lazy.html?cold',
};

try {
  const times = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
  // How many scripts the page had fetched when the 402 came: shows whether "cold" was cold.
  const scripts = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const order = Object.keys(cases);
    if (i % 2) order.reverse();
    for (const name of order) {
      // A fresh page each run: the lazy chunk loads once per page, as in a host.
      const page = await browser.newPage();
      page.on('pageerror', (error) => console.error(`${name}: page error:`, error.message));
      await page.goto(`http://127.0.0.1:${port}${cases[name]}`);
      await page.waitForFunction(() => window.bench?.ready);
      const scriptsBefore = await page.evaluate(() => window.bench.requestedChunks());
      const ms = await page.evaluate(() =>
        Promise.race([window.bench.block(), new Promise((resolve) => setTimeout(() => resolve(-1), 5000))]),
      );
      await page.close();
      if (ms < 0) throw new Error(`${name}: the dialog did not become complete`);
      if (i >= WARMUP) times[name].push(ms);
      if (i >= WARMUP) scripts[name].push(scriptsBefore);
    }
  }
  const eager = median(times.eager);
  console.log(
    `402 → complete dialog on the first block after a page load, median of ${RUNS} (Chromium ${browser.version()}):`,
  );
  for (const [name, values] of Object.entries(times)) {
    const ms = median(values);
    const ratio = name === 'eager' ? '' : `  ratio to eager ${(ms / eager).toFixed(2)}×`;
    const fetched = `scripts fetched before the 402: ${[...new Set(scripts[name])].join('/')}`;
    console.log(`  ${name.padEnd(18)} ${ms.toFixed(2)} ms${ratio}  (${fetched})`);
  }
} finally {
  await browser.close();
  server.close();
  await rm(outDir, { recursive: true, force: true });
}
