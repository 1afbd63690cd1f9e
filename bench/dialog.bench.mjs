// How long from a 402 response to the COMPLETE dialog — heading focused, the primary action ready
// and "Not now" present — for the kit's BalanceBlockedModal against a Radix dialog written by hand
// with the same content (title, sentence, what waits, three Intl-formatted amounts, the buttons, a
// closed details), in one headless Chromium run: the median of RUNS alternating runs each.
// Goal: the kit costs at most 1.25× the hand-written dialog. `--text` prints both dialogs' words.
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

const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const WARMUP = 5;
const root = fileURLToPath(new URL('./dialog/', import.meta.url));
const outDir = await mkdtemp(join(tmpdir(), 'topup-kit-bench-'));

await build({
  root,
  configFile: false,
  logLevel: 'warn',
  publicDir: false,
  plugins: [react(), tailwindcss()],
  build: { outDir, emptyOutDir: true, minify: true },
});

const server = await serveBuild(outDir, { crossOriginIsolated: true });
const { port } = server;

const browser = await chromium.launch(launchOptions);

try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => window.bench?.ready());
  if (!(await page.evaluate(() => crossOriginIsolated)))
    console.warn('not cross-origin isolated: 100 µs timer steps');
  const names = ['kit', 'hand', 'unstyled'];
  const times = { kit: [], hand: [], unstyled: [] };
  const frames = { kit: [], hand: [], unstyled: [] };
  // Rotate the order so drift (GC, JIT, thermal) hits all alike; the first rounds only warm up.
  for (let i = 0; i < WARMUP + RUNS; i++) {
    for (const name of [...names.slice(i % 3), ...names.slice(0, i % 3)]) {
      // A dialog that never becomes complete is a failure to report, not a hang.
      const run = await page.evaluate(
        (n) =>
          Promise.race([
            window.bench.run(n),
            new Promise((resolve) => setTimeout(() => resolve({ stuck: window.bench.state(n) }), 5000)),
          ]),
        name,
      );
      if (run.stuck)
        throw new Error(`${name}: the dialog did not become complete: ${JSON.stringify(run.stuck)}`);
      if (i === 0 && process.argv.includes('--text'))
        console.log(`${name}: ${await page.evaluate((n) => window.bench.text(n), name)}`);
      await page.evaluate((n) => window.bench.reset(n), name);
      if (i >= WARMUP) {
        times[name].push(run.complete);
        frames[name].push(run.frame);
      }
    }
  }
  const [kit, hand, unstyled] = names.map((name) => median(times[name]));
  const ratio = kit / hand;
  console.log(
    `402 → complete dialog (heading focused, primary action, "Not now"), median of ${RUNS} (Chromium ${browser.version()}):`,
  );
  console.log(`  topup-kit BalanceBlockedModal            ${kit.toFixed(2)} ms`);
  console.log(`  Radix by hand, same content and look     ${hand.toFixed(2)} ms`);
  console.log(
    `  ratio                                    ${ratio.toFixed(2)}× (goal ≤ 1.25×) ${ratio <= 1.25 ? 'ok' : 'OVER'}`,
  );
  // The same hand-written markup without classes: what the styles alone cost (for the kit, too).
  console.log(
    `  Radix by hand, unstyled                  ${unstyled.toFixed(2)} ms (kit ${(kit / unstyled).toFixed(2)}× of it)`,
  );
  const [kitFrame, handFrame] = names.map((name) => median(frames[name]));
  console.log(`402 → the first frame after that, median of ${RUNS}:`);
  console.log(
    `  topup-kit ${kitFrame.toFixed(2)} ms · by hand ${handFrame.toFixed(2)} ms · ratio ${(kitFrame / handFrame).toFixed(2)}×`,
  );
} finally {
  await browser.close();
  server.close();
  await rm(outDir, { recursive: true, force: true });
}
