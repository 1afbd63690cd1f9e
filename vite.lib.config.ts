import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import dts from 'vite-plugin-dts';
import { mangle } from './scripts/mangle.mjs';

const srcDir = resolve('src');
const distDir = resolve('dist');
// The build the core tests run against (tests/dist-setup.ts): the same JavaScript into another
// directory, no .d.ts (the slow part), and mangle.json read but never written.
const testBuildDir = process.env.TOPUP_KIT_TEST_BUILD;

export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    // Minifies with terser and shortens internal `_private` property names (scripts/mangle.mjs).
    mangle({ write: !testBuildDir }),
    !testBuildDir &&
      dts({
        include: ['src'],
        exclude: ['src/**/*.stories.tsx'],
        tsconfigPath: './tsconfig.build.json',
        // Node's ESM resolution (and so attw's node16 check) needs explicit file names in .d.ts imports.
        beforeWriteFile: (filePath, content) => ({
          filePath,
          content: content.replace(
            /(from\s+|import\()(['"])(\.{1,2}\/[^'"]+)\2/g,
            (whole, lead, quote, spec) => {
              if (/\.(js|css)$/.test(spec)) return whole;
              // Decide against the sources: dist mirrors src, and dist is still being written.
              const base = resolve(dirname(filePath).replace(distDir, srcDir), spec);
              const isDir = existsSync(`${base}/index.ts`) || existsSync(`${base}/index.tsx`);
              const file = isDir ? `${spec}/index.js` : `${spec}.js`;
              return `${lead}${quote}${file}${quote}`;
            },
          ),
        }),
      }),
  ],
  publicDir: false,
  build: {
    outDir: testBuildDir ?? 'dist',
    emptyOutDir: true,
    sourcemap: false,
    cssCodeSplit: false,
    lib: {
      entry: {
        index: 'src/index.ts',
        core: 'src/core/index.ts',
        testing: 'src/testing/index.ts',
        lazy: 'src/lazy.tsx',
        'locales/de': 'src/locales/de.ts',
        'locales/fr': 'src/locales/fr.ts',
      },
      formats: ['es'],
      cssFileName: 'styles',
    },
    rolldownOptions: {
      external: [/^react($|\/)/, /^react-dom($|\/)/, /^@radix-ui\//, 'clsx', 'class-variance-authority'],
    },
  },
});
