// Runs in both projects: `unit` reads the source, `dist` the built library (tests/dist-setup.ts).
// It fails when the dist project silently tests the source again, or the build stops shortening
// the internal `_private` names.
import { describe, expect, inject, it } from 'vitest';
import mangled from '../../mangle.json';
import { createRecovery } from '../../src/core';

describe('which code the core tests run against', () => {
  it('the source in the unit project; the mangled build in the dist project', () => {
    const code = String(createRecovery);
    const short = mangled.props._rejoins;
    if (inject('builtLibrary')) {
      expect(code).not.toContain('_rejoins');
      expect(code).toContain(`.${short}`);
    } else {
      expect(code).toContain('_rejoins');
    }
  });
});
