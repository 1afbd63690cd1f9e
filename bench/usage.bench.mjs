// Usage figures: (1) deriving the statement scales linearly (10k vs 100k records, ratio ≤ 12);
// (2) rendering 365 daily bars vs a plain 365-row table in the same headless Chromium run.
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { launchChromium } from '../scripts/chromium.mjs';
import { median } from './support.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const ms = (value) => `${value.toFixed(2)} ms`;
let failed = false;

// ── (1) summarize: 10k vs 100k records ─────────────────────────────────────────────────────────
{
  const bundle = await esbuild({
    stdin: {
      contents:
        "export { summarizeUsage } from './src/components/usage-summary/summarize.ts';\n" +
        "export { resolvePeriod } from './src/components/usage-summary/period.ts';\n",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  const code = bundle.outputFiles[0].text;
  const { summarizeUsage, resolvePeriod } = await import(
    `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
  );

  const now = Date.parse('2026-11-26T15:00:00Z');
  const period = resolvePeriod('last-30-days', { now, timeZone: 'Europe/Berlin' });
  const categories = [
    'gpt-large',
    'gpt-small',
    'embeddings',
    'reranker',
    'vision',
    'speech',
    'tts',
    'search',
  ];
  // Records spread over the period and the previous one (both are classified in the same pass).
  const makeRecords = (count) => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const span = period.to - period.previousFrom;
    return Array.from({ length: count }, () => ({
      at: new Date(period.previousFrom + Math.floor(random() * span)).toISOString(),
      amount: { amountMinor: 1 + Math.floor(random() * 500), currency: 'USD' },
      category: categories[Math.floor(random() * categories.length)],
    }));
  };
  const small = { records: makeRecords(10_000) };
  const large = { records: makeRecords(100_000) };
  const measure = (usage, runs) => {
    const times = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const statement = summarizeUsage(usage, period, { now, currency: 'USD' });
      times.push(performance.now() - t0);
      if (statement.recordCount === 0) throw new Error('empty statement');
    }
    return times;
  };
  // Warm both sizes first so the JIT has compiled the hot loop before anything is timed.
  measure(small, 10);
  measure(large, 3);
  const smallTimes = [];
  const largeTimes = [];
  for (let round = 0; round < 9; round++) {
    smallTimes.push(median(measure(small, 3)));
    largeTimes.push(median(measure(large, 1)));
  }
  const a = median(smallTimes);
  const b = median(largeTimes);
  const ratio = b / a;
  console.log('summarizeUsage (one pass; 30-day period + the previous 30 days, Europe/Berlin)');
  console.log(`  10k records:  ${ms(a)} (median of 9)`);
  console.log(`  100k records: ${ms(b)} (median of 9)`);
  console.log(
    `  ratio 100k / 10k: ${ratio.toFixed(2)} (linear ≈ 10; budget ≤ 12) ${ratio <= 12 ? 'ok' : 'OVER BUDGET'}`,
  );
  if (ratio > 12) failed = true;
}

// ── (2) 365 bars vs a plain 365-row table, same Chromium run ────────────────────────────────────
{
  const { build: viteBuild } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  const { default: tailwindcss } = await import('@tailwindcss/vite');
  const output = await viteBuild({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [react(), tailwindcss()],
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      minify: true,
      cssCodeSplit: false,
      lib: { entry: 'bench/usage/harness.tsx', formats: ['es'], fileName: 'harness' },
    },
  });
  const files = (Array.isArray(output) ? output[0] : output).output;
  const js = files.find((f) => f.type === 'chunk' && f.isEntry)?.code;
  const css = files
    .filter((f) => f.type === 'asset' && f.fileName.endsWith('.css'))
    .map((f) => String(f.source))
    .join('\n');
  if (!js) throw new Error('harness build produced no entry chunk');

  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    await page.setContent(
      '<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body></body></html>',
    );
    await page.addStyleTag({ content: css });
    await page.addScriptTag({ type: 'module', content: js });
    await page.waitForFunction(() => typeof window.runBench === 'function');
    const { bars, table, barCount } = await page.evaluate(() => window.runBench(21, 5));
    if (barCount !== 365) throw new Error(`expected 365 bars, got ${barCount}`);
    const a = median(table);
    const b = median(bars);
    console.log(
      '\nUsageChart: 365 daily bars vs a plain 365-row table (render + style + layout, headless Chromium)',
    );
    console.log(`  plain table: ${ms(a)} (median of ${table.length})`);
    console.log(`  365 bars:    ${ms(b)} (median of ${bars.length})`);
    console.log(`  ratio bars / table: ${(b / a).toFixed(2)}`);
  } finally {
    await browser.close();
  }
}

process.exit(failed ? 1 : 0);
