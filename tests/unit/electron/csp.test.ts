import { describe, expect, it } from 'vitest';
import { ELECTRON_CSP, parseCsp } from '../../../src-main/electron/csp.js';

describe('the Electron renderer CSP', () => {
  const csp = parseCsp(ELECTRON_CSP);

  it('is exactly this policy', () => {
    expect(ELECTRON_CSP).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'none'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'; object-src 'none'; worker-src 'none'; manifest-src 'none'",
    );
  });

  it('has every directive the security checklist asks for', () => {
    expect(csp.get('connect-src')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:']);
    // 'none' is stricter than 'self': every kind the renderer loads is named above.
    expect(["'none'", "'self'"]).toContain(csp.get('default-src')?.[0]);
  });

  it('allows no inline code, eval, wildcard or remote origin anywhere', () => {
    for (const [name, sources] of csp) {
      for (const s of sources) {
        expect(s, name).not.toMatch(/unsafe|\*|https?:|blob:|'strict-dynamic'|^'nonce-|^'sha/);
      }
    }
  });
});
