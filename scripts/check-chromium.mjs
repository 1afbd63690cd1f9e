// Browser tests must never be skipped silently: fail fast with the fix when Chromium is missing.
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  console.error(
    `Chromium not found at ${path}: run \`apt-get install -y chromium\` (or set CHROMIUM_PATH) and try again.`,
  );
  process.exit(1);
}
