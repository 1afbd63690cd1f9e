// The library build's property mangler: terser, renaming of the kit's internal `_private`
// names (Preact's convention). Source keeps readable names (`_rejoins`, `_inFlight`); the build
// shortens them. The mapping lives in mangle.json at the root and is committed, so a name keeps
// its short form from build to build and a diff of dist stays readable; a new `_name` gets the
// next free short name and the build writes it back (commit the change with the code).
//
// Short names start with `__` (`__a`, `__b`, …): no public property, DOM or React prop looks like
// that, so a mangled name can never collide with a real one on the same object, across chunks.
import { readFileSync, writeFileSync } from 'node:fs';
import { minify } from 'terser';

const CACHE_FILE = new URL('../mangle.json', import.meta.url);
/** `_name` with one underscore: `__proto__` and React's `__html` are never touched. */
export const PRIVATE_PROPERTY = /^_[^_]/;
/** A cheap first look: `._x`, `_x:` or `"_x"` somewhere (a false hit only costs a terser run). */
const MAY_HOLD_PRIVATE = /[.{,\s'"]_[^_\W]/;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The n-th short name: __a … __Z, then __aa, __ab, … */
function shortName(n) {
  let name = '';
  let rest = n;
  do {
    name = ALPHABET[rest % ALPHABET.length] + name;
    rest = Math.floor(rest / ALPHABET.length) - 1;
  } while (rest >= 0);
  return `__${name}`;
}

function readCache() {
  const { props } = JSON.parse(readFileSync(CACHE_FILE, 'utf8'));
  return new Map(Object.entries(props));
}

/**
 * A Vite/Rolldown plugin. `write: false` (the build the tests run against dist use) assigns new
 * names in memory only and leaves mangle.json alone.
 */
export function mangle({ write = true } = {}) {
  const names = readCache();
  let changed = false;

  const terserOptions = (cache) => ({
    module: true,
    // Only the property names: Vite's own minifier (oxc) does the rest after this plugin, keeping
    // whitespace in ES library output so a host's bundler still sees every annotation.
    compress: false,
    mangle: {
      properties: { regex: PRIVATE_PROPERTY, cache: { props: cache } },
    },
    // Bundlers tree-shake a host's import through these annotations: keep them.
    format: { comments: false, preserve_annotations: true },
  });

  return {
    name: 'topup-kit:mangle',
    async renderChunk(code) {
      // Most chunks (catalogs, the testing entry) hold no `_name` at all: leave them as they are.
      if (!MAY_HOLD_PRIVATE.test(code)) return null;
      // Terser adds what it has not seen to the map it is given: a copy tells us what is new.
      // (Chunks render concurrently: a name another chunk added meanwhile also means a second pass.)
      const trial = new Map(names);
      let result = await minify(code, terserOptions(trial));
      const differing = [...trial].filter(([name, short]) => names.get(name) !== short).map(([name]) => name);
      if (differing.length > 0) {
        for (const name of differing.sort()) {
          if (names.has(name)) continue;
          names.set(name, shortName(names.size));
          changed = true;
        }
        result = await minify(code, terserOptions(new Map(names)));
      }
      return { code: result.code ?? '', map: null };
    },
    closeBundle() {
      if (!write || !changed) return;
      const props = Object.fromEntries([...names].sort(([a], [b]) => a.localeCompare(b)));
      writeFileSync(CACHE_FILE, `${JSON.stringify({ ...HEADER, props }, null, 2)}\n`);
    },
  };
}

const HEADER = {
  help: 'Written by scripts/mangle.mjs: each internal `_name` and its short name in dist. Commit it with the code; never edit a short name that shipped.',
};
