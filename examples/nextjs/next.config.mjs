import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** @type {import('next').NextConfig} */
export default {
  // The kit is this repository's own package (`topup-kit`, resolved by name through its exports,
  // i.e. the built dist/ a host installs): the workspace root is the repository's.
  turbopack: { root: join(here, '../..') },
  outputFileTracingRoot: join(here, '../..'),
  poweredByHeader: false,
};
