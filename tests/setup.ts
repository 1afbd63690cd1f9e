import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  // What one test's tabs shared (top-ups, idempotency keys) must not reach the next test.
  globalThis.localStorage?.clear();
});
