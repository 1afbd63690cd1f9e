import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, mergeConfig } from 'vitest/config';
import { launchOptions } from './scripts/chromium.mjs';
import { DIST_TEST_DIR } from './tests/dist-paths.ts';
import { billingCommands } from './tests/support/billing-commands.ts';
import viteConfig from './vite.config.ts';

const dirname = path.dirname(fileURLToPath(import.meta.url));
// A factory, not a shared object: two projects sharing one browser config report under one name.
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions }),
  instances: [{ browser: 'chromium' as const }],
});

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      // CI also writes a JSON report, from which .ci/run prints the plain "N passed, N failed" line.
      reporters: process.env.CI
        ? ['default', ['json', { outputFile: 'test-results/vitest.json' }]]
        : ['default'],
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'jsdom',
            include: ['tests/**/*.test.{ts,tsx}'],
            exclude: ['tests/**/*.browser.test.{ts,tsx}', 'tests/e2e/**'],
            setupFiles: ['tests/setup.ts'],
          },
        },
        {
          // The core tests again, against the built, mangled library (tests/dist-setup.ts builds it):
          // what ships is what is tested. Deep imports of src/core/* files stay on the source.
          extends: true,
          resolve: {
            alias: [
              { find: /^(\.\.\/)+src\/core$/, replacement: `${DIST_TEST_DIR}/core.js` },
              { find: /^(\.\.\/)+src\/testing$/, replacement: `${DIST_TEST_DIR}/testing.js` },
            ],
          },
          test: {
            name: 'dist',
            environment: 'jsdom',
            include: ['tests/core/**/*.test.ts'],
            setupFiles: ['tests/setup.ts'],
            globalSetup: ['tests/dist-setup.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'browser',
            include: ['tests/**/*.browser.test.{ts,tsx}'],
            setupFiles: ['tests/setup.browser.ts'],
            // The reference billing server (Node, SQLite), started and read by browser tests.
            browser: { ...browser(), commands: billingCommands },
          },
        },
        {
          // The demo dashboard on the real billing server, driven in Chromium with Playwright.
          extends: true,
          test: {
            name: 'e2e',
            environment: 'node',
            include: ['tests/e2e/**/*.test.ts'],
            testTimeout: 60_000,
            hookTimeout: 180_000,
            fileParallelism: false,
          },
        },
        {
          extends: true,
          plugins: [storybookTest({ configDir: path.join(dirname, '.storybook') })],
          optimizeDeps: { include: ['msw-storybook-addon/csf3', 'msw', 'msw/browser', 'axe-core'] },
          test: {
            name: 'storybook',
            browser: browser(),
          },
        },
      ],
    },
  }),
);
