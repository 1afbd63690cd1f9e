// `npm run dev`: the reference billing server and the Acme Query demo dashboard, together.
// Ctrl-C stops both. `npm run dev -- --reset` starts again from the seeded low balance.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dbPath = join(root, 'examples/billing-server/data/billing.sqlite');

/** @type {typeof import('../examples/billing-server/server.mjs')} */
let serverModule;
try {
  serverModule = await import('../examples/billing-server/server.mjs');
} catch (error) {
  // Most often the dependencies are not installed yet: say what to do.
  console.error(`\n  The billing server could not load: ${error instanceof Error ? error.message : error}`);
  console.error('  Run `npm ci` first, then `npm run dev`.\n');
  process.exit(1);
}
const { createServer } = await import('vite');

mkdirSync(dirname(dbPath), { recursive: true });
if (process.argv.includes('--reset')) rmSync(dbPath, { force: true });
const fresh = !existsSync(dbPath);

const start = (/** @type {number} */ port) =>
  serverModule.createBillingServer({ dbPath, port, seed: fresh, slowMs: 20_000 });
// 8787 when free, else any free port: a second checkout must not fail to start.
const billing = await start(8787).catch(() => start(0));
// Read by examples/dashboard/vite.config.ts: /billing, /api and /3ds are proxied there, so the
// dashboard has one origin and the 3-D Secure page can send the user back with a relative URL.
process.env.BILLING_SERVER_URL = billing.url;

let vite;
try {
  vite = await createServer({
    configFile: join(root, 'examples/dashboard/vite.config.ts'),
    server: { port: 5173 },
  });
  await vite.listen();
} catch (error) {
  await billing.close();
  throw error;
}
const url = vite.resolvedUrls?.local[0] ?? `http://127.0.0.1:${vite.config.server.port}/`;

console.log(`
  Acme Query (topup-kit demo):  ${url}
  billing server:               ${billing.url}${fresh ? '  (new database: $0.25 left, 60 days of usage)' : ''}

  Each query run costs $0.40, so the first one asks for a top-up. Test cards (pick one under
  "Choose another amount"): Visa 4242 succeeds · Visa 0002 is declined · Mastercard 3155 asks
  for 3-D Secure · Visa 9999 answers slowly · SEPA 1234 stays pending for 10 s.

  npm run dev -- --reset starts over. Ctrl-C stops both.
`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await Promise.allSettled([vite.close(), billing.close()]);
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
