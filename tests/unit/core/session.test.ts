import { describe, expect, it } from 'vitest';
import { Session, type EndReason } from '../../../src-main/core/session/session.js';
import { CoreError } from '../../../src-main/core/errors.js';
import { ManualClock } from './manual-clock.js';

function setup(timeouts = { idleSeconds: 600, idleWarningSeconds: 540, absoluteSeconds: 3600 }) {
  const clock = new ManualClock();
  const warnings: number[] = [];
  const ended: { reason: EndReason; token: string }[] = [];
  const session = new Session(clock, timeouts, {
    idleWarning: (s) => warnings.push(s),
    ended: (reason, token) => ended.push({ reason, token }),
  });
  return { clock, session, warnings, ended };
}

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return e instanceof CoreError ? e.code : 'not a CoreError';
  }
  return 'no error';
}

describe('session state machine', () => {
  it('starts logged out and refuses every token request', () => {
    const { session } = setup();
    expect(session.state).toBe('logged-out');
    expect(codeOf(() => session.tokenFor('any'))).toBe('NOT_LOGGED_IN');
    expect(codeOf(() => session.tokenFor('ready'))).toBe('NOT_LOGGED_IN');
  });

  it('a first login waits for start-of-use: only start-of-use calls get the token', () => {
    const { session } = setup();
    session.begin('tok-start-0123456789', 'new-user', true);
    expect(session.state).toBe('start-of-use-required');
    expect(codeOf(() => session.tokenFor('ready'))).toBe('START_OF_USE_PENDING');
    expect(session.tokenFor('start-of-use-required')).toBe('tok-start-0123456789');
    session.markReady();
    expect(session.state).toBe('ready');
    expect(session.tokenFor('ready')).toBe('tok-start-0123456789');
    expect(codeOf(() => session.tokenFor('start-of-use-required'))).toBe('START_OF_USE_ALREADY_DONE');
  });

  it('warns at 9 minutes of idleness and ends at 10, clearing the token', () => {
    const { clock, session, warnings, ended } = setup();
    session.begin('tok-a-0123456789abcdef', 'mail-user', false);
    clock.advance(539_000);
    expect(warnings).toEqual([]);
    clock.advance(1_000);
    expect(warnings).toEqual([60]);
    clock.advance(59_999);
    expect(ended).toEqual([]);
    clock.advance(1);
    expect(ended).toEqual([{ reason: 'idle', token: 'tok-a-0123456789abcdef' }]);
    expect(session.state).toBe('logged-out');
    expect(codeOf(() => session.tokenFor('any'))).toBe('NOT_LOGGED_IN');
    expect(clock.pending()).toBe(0);
  });

  it('idleWarningSeconds is idleness until the warning, not the length of the warning', () => {
    const { clock, session, warnings, ended } = setup({ idleSeconds: 40, idleWarningSeconds: 10, absoluteSeconds: 600 });
    session.begin('tok-w-0123456789abcdef', 'token-user', false);
    clock.advance(9_999);
    expect(warnings).toEqual([]);
    clock.advance(1);
    expect(warnings).toEqual([30]);
    clock.advance(29_999);
    expect(ended).toEqual([]);
    clock.advance(1);
    expect(ended.map((e) => e.reason)).toEqual(['idle']);
  });

  it('activity restarts the idle clock, also after the warning', () => {
    const { clock, session, warnings, ended } = setup();
    session.begin('tok-b-0123456789abcdef', 'mail-user', false);
    clock.advance(500_000);
    session.touch();
    clock.advance(500_000);
    expect(warnings).toEqual([]);
    clock.advance(50_000);
    expect(warnings).toEqual([60]);
    session.tokenFor('ready');
    clock.advance(590_000);
    expect(ended).toEqual([]);
    clock.advance(10_000);
    expect(ended.map((e) => e.reason)).toEqual(['idle']);
  });

  it('the absolute timeout ends even a busy session', () => {
    const { clock, session, ended } = setup({ idleSeconds: 600, idleWarningSeconds: 540, absoluteSeconds: 1800 });
    session.begin('tok-c-0123456789abcdef', 'mail-user', false);
    for (let i = 0; i < 6; i++) {
      clock.advance(299_000);
      session.touch();
    }
    expect(ended).toEqual([]);
    clock.advance(6_000);
    expect(ended.map((e) => e.reason)).toEqual(['absolute']);
  });

  it('logout ends once; a second end is silent; short timeouts for tests work the same', () => {
    const { clock, session, warnings, ended } = setup({ idleSeconds: 12, idleWarningSeconds: 8, absoluteSeconds: 60 });
    session.begin('tok-d-0123456789abcdef', 'token-user', false);
    clock.advance(8_000);
    expect(warnings).toEqual([4]);
    expect(session.end('logout')).toBe('tok-d-0123456789abcdef');
    expect(session.end('logout')).toBeNull();
    clock.advance(100_000);
    expect(ended.map((e) => e.reason)).toEqual(['logout']);
    expect(clock.pending()).toBe(0);
  });
});
