import '@testing-library/jest-dom/vitest';
import '../src/styles/index.css';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// These tests wait on real servers and Chromium while other test files run beside them (two
// workers): a first load can take longer than Testing Library's 1 s default for findBy/waitFor.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => cleanup());
