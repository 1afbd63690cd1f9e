// How long from a 402 response to the kit's dialog in the DOM, against a bare Radix dialog opened
// by hand on the same page (reading the 402's JSON message) — one headless Chromium run, the
// median of 30 alternating runs each. Goal: the kit costs at most 1.2× the bare dialog.
import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright';
import { build } from 'vite';
import { launchOptions } from '../scripts/chromium.mjs';

const RUNS = 30;
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

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
    /^(\.\.[/\\])+/,
    '',
  );
  const file = join(outDir, path === '/' ? 'index.html' : path);
  if (!file.startsWith(outDir)) return res.writeHead(403).end();
  res.setHeader('content-type', types[extname(file)] ?? 'application/octet-stream');
  // Cross-origin isolation gives performance.now() 5 µs steps instead of 100 µs: the figures are
  // fractions of a millisecond.
  res.setHeader('cross-origin-opener-policy', 'same-origin');
  res.setHeader('cross-origin-embedder-policy', 'require-corp');
  createReadStream(file)
    .on('error', () => res.writeHead(404).end())
    .pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

const browser = await chromium.launch(launchOptions);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => window.bench?.ready());
  if (!(await page.evaluate(() => crossOriginIsolated)))
    console.warn('not cross-origin isolated: 100 µs timer steps');
  const times = { kit: [], bare: [] };
  const before = { kit: [], bare: [] };
  const frames = { kit: [], bare: [] };
  const observed = { kit: [], bare: [] };
  // Alternate the two so drift (GC, JIT, thermal) hits both alike; the first runs only warm up.
  for (let i = 0; i < WARMUP + RUNS; i++) {
    for (const name of i % 2 ? ['bare', 'kit'] : ['kit', 'bare']) {
      const run = await page.evaluate((n) => window.bench[n](), name);
      await page.evaluate((n) => window.bench[n === 'kit' ? 'resetKit' : 'resetBare'](), name);
      if (i >= WARMUP) {
        times[name].push(run.total);
        before[name].push(run.before);
        frames[name].push(run.frame);
        observed[name].push(run.observed);
      }
    }
  }
  const kit = median(times.kit);
  const bare = median(times.bare);
  const ratio = kit / bare;
  const split = (name) => `(${median(before[name]).toFixed(2)} ms to understand the 402, then render)`;
  console.log(`402 → dialog in the DOM, median of ${RUNS} (Chromium ${browser.version()}):`);
  console.log(`  topup-kit BalanceBlockedModal   ${kit.toFixed(2)} ms ${split('kit')}`);
  console.log(`  bare Radix dialog               ${bare.toFixed(2)} ms ${split('bare')}`);
  console.log(
    `  ratio                           ${ratio.toFixed(2)}× (goal ≤ 1.2×) ${ratio <= 1.2 ? 'ok' : 'OVER'}`,
  );
  // "In the DOM" is the insertion itself (see appeared() in dialog/main.tsx). A MutationObserver
  // hears of it only after the rest of the task: React renders a store update (useSyncExternalStore)
  // synchronously and runs its effects — Radix's focus move, with a style and layout pass, included —
  // before that, while a plain setState runs them a task later. Shown for comparison with earlier runs.
  const kitSeen = median(observed.kit);
  const bareSeen = median(observed.bare);
  console.log(`402 → a MutationObserver hears of the dialog, median of ${RUNS}:`);
  console.log(
    `  topup-kit ${kitSeen.toFixed(2)} ms · bare ${bareSeen.toFixed(2)} ms · ratio ${(kitSeen / bareSeen).toFixed(2)}×`,
  );
  // The first frame with focus inside the dialog counts both alike: what the user can first use.
  const kitFrame = median(frames.kit);
  const bareFrame = median(frames.bare);
  console.log(`402 → first frame with the dialog focused, median of ${RUNS}:`);
  console.log(
    `  topup-kit ${kitFrame.toFixed(2)} ms · bare ${bareFrame.toFixed(2)} ms · ratio ${(kitFrame / bareFrame).toFixed(2)}×`,
  );
} finally {
  await browser.close();
  server.close();
  await rm(outDir, { recursive: true, force: true });
}
