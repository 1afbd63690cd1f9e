// `npm run dev`: the reference billing server and the Acme Query demo dashboard, together.
// Ctrl-C stops both. Pass --reset to start again from the seeded low balance.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { createBillingServer } from '../examples/billing-server/server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dbPath = join(root, 'examples/billing-server/data/billing.sqlite');
mkdirSync(dirname(dbPath), { recursive: true });
if (process.argv.includes('--reset'))
  for (const s of ['', '-wal', '-shm']) rmSync(dbPath + s, { force: true });
const fresh = !existsSync(dbPath);

const start = (port) => createBillingServer({ dbPath, port, seed: fresh, slowMs: 20_000 });
// 8787 when free, else any free port: a second checkout must not fail to start.
const billing = await start(8787).catch(() => start(0));
process.env.BILLING_SERVER_URL = billing.url;

const vite = await createServer({
  configFile: join(root, 'examples/dashboard/vite.config.ts'),
  server: { port: 5173 },
});
await vite.listen();
const url = vite.resolvedUrls?.local[0] ?? `http://127.0.0.1:${vite.config.server.port}/`;

console.log(`\n  Acme Query (topup-kit demo):  ${url}`);
console.log(
  `  billing server:               ${billing.url}${fresh ? '  (new database: low balance, 60 days of usage)' : ''}`,
);
console.log(
  '  Test cards: Visa 4242 succeeds · Visa 0002 is declined · Mastercard 3155 asks for 3-D Secure.',
);
console.log('  npm run dev -- --reset starts over. Ctrl-C stops both.\n');

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await Promise.allSettled([vite.close(), billing.close()]);
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
