import { resolve } from 'node:path';

/** Where the `dist` project builds the library it tests (removed after the run). */
export const DIST_TEST_DIR = resolve('node_modules/.cache/topup-kit-dist-test');
