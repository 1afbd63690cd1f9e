// Global setup of the `dist` Vitest project: builds the library as it ships (the same Vite config,
// terser's property mangling, the committed mangle.json) into a scratch directory, so the core
// tests that follow run against the built, mangled output, as Preact runs its suite. The .d.ts
// step is skipped: it is the slow part and tests do not read it.
import { rm } from 'node:fs/promises';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { DIST_TEST_DIR } from './dist-paths';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set in the `dist` project only: the directory of the build under test. */
    builtLibrary?: string;
  }
}

export default async function setup(project: TestProject) {
  process.env.TOPUP_KIT_TEST_BUILD = DIST_TEST_DIR;
  try {
    await build({ configFile: 'vite.lib.config.ts', logLevel: 'warn' });
  } finally {
    delete process.env.TOPUP_KIT_TEST_BUILD;
  }
  project.provide('builtLibrary', DIST_TEST_DIR);
  return () => rm(DIST_TEST_DIR, { recursive: true, force: true });
}
