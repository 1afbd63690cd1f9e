// Bundlers strip module directives, so restore "use client" at the top of the React entries
// (React Server Components hosts need it), and fail loudly if the core entry ever pulls in React.
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = new URL('../dist/', import.meta.url).pathname;
const directive = '"use client";\n';

for (const file of ['index.js', 'lazy.js']) {
  const path = join(dist, file);
  const code = readFileSync(path, 'utf8');
  if (!code.startsWith('"use client"')) writeFileSync(path, directive + code);
}

// Shared chunks used by the React entry are client code too.
for (const file of readdirSync(dist)) {
  if (!file.endsWith('.js') || file === 'core.js' || file === 'index.js' || file === 'lazy.js') continue;
  const path = join(dist, file);
  const code = readFileSync(path, 'utf8');
  if (/from\s*["']react/.test(code) && !code.startsWith('"use client"'))
    writeFileSync(path, directive + code);
}

const core = readFileSync(join(dist, 'core.js'), 'utf8');
if (/from\s*["']react|import\(["']react/.test(core)) {
  console.error('dist/core.js imports react: topup-kit/core must stay framework-free.');
  process.exit(1);
}
// topup-kit/shadcn.css is plain CSS (variables only): shipped as written.
copyFileSync(new URL('../src/styles/shadcn.css', import.meta.url), join(dist, 'shadcn.css'));
console.log('postbuild: "use client" restored; core is React-free.');
