// Start-up without a wait (state/startup.ts): main's first answers are applied when they come,
// except where the customer changed something first.
import { describe, expect, it } from 'vitest';
import { startupState, type StartupAnswers, type StartupSeen } from '../../../src-renderer/state/startup.js';
import { DEFAULT_BANK_PROFILE } from '../../../src-shared/bank-profile/index.js';

const fresh: StartupSeen = { language: 'ja', session: 'logged-out', route: 'login', rememberedLoginId: null };
const info = { version: '1', profile: DEFAULT_BANK_PROFILE, kiosk: false, testBuild: false, host: 'browser' as const };

function answers(over: { language?: 'ja' | 'en'; remembered?: string | null; session?: 'logged-out' | 'ready' | 'start-of-use-required' } = {}): StartupAnswers {
  return {
    info: { ok: true, value: info },
    prefs: { ok: true, value: { rememberedLoginId: over.remembered ?? null, language: over.language ?? 'ja', lastAccountId: null, keychain: 'available' } },
    state: { ok: true, value: { state: over.session ?? 'logged-out', idleTimeoutSeconds: 600, idleWarningSeconds: 540 } },
  };
}

describe('startupState', () => {
  it('applies every answer to an untouched login screen', () => {
    expect(startupState(fresh, fresh, answers({ language: 'en', remembered: 'mail-user' }))).toEqual({
      phase: 'ready', info, keychain: 'available', idleTimeoutSeconds: 600,
      language: 'en', rememberedLoginId: 'mail-user', session: 'logged-out', route: 'login',
    });
  });

  it('goes to the top page when main says the session is live (a reload)', () => {
    expect(startupState(fresh, fresh, answers({ session: 'ready' }))).toMatchObject({ session: 'ready', route: 'home' });
    expect(startupState(fresh, fresh, answers({ session: 'start-of-use-required' }))).toMatchObject({ route: 'start-of-use' });
  });

  it('keeps a language the customer chose before the answers came', () => {
    const next = startupState(fresh, { ...fresh, language: 'en' }, answers({ language: 'ja' }));
    expect(next).not.toHaveProperty('language');
  });

  it('keeps a login that finished before the answers came, and the ID it remembered', () => {
    const now: StartupSeen = { language: 'ja', session: 'ready', route: 'home', rememberedLoginId: 'token-user' };
    const next = startupState(fresh, now, answers({ remembered: 'mail-user' }));
    expect(next).not.toHaveProperty('session');
    expect(next).not.toHaveProperty('route');
    expect(next).not.toHaveProperty('rememberedLoginId');
    expect(next.phase).toBe('ready');
  });

  it('falls back when main could not answer: logged out, keychain unavailable, language unchanged', () => {
    const failed = { ok: false as const, error: { code: 'UNEXPECTED' as const, message: 'x' } };
    const next = startupState(fresh, fresh, { info: failed, prefs: failed, state: failed });
    expect(next).toEqual({ phase: 'ready', info: null, keychain: 'unavailable', idleTimeoutSeconds: null, rememberedLoginId: null, session: 'logged-out', route: 'login' });
  });
});
