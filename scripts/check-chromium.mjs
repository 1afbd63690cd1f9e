// Browser tests must never be skipped silently: fail fast with the fix when Chromium is missing.
import { existsSync } from 'node:fs';

import { chromiumPath as path } from './chromium.mjs';

if (!existsSync(path)) {
  console.error(
    `Chromium not found at ${path}: run \`apt-get install -y chromium\` (or set CHROMIUM_PATH) and try again.`,
  );
  process.exit(1);
}
