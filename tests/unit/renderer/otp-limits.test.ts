// The bank's per-customer limits on one-time passwords, as the screens decide them: the lock
// (423 OTP_LOCKED) and the issue limit's wait (429 OTP_ISSUE_LIMIT with retryAfter); and what the
// store keeps of them through a session and forgets at its end.
import { afterEach, describe, expect, it } from 'vitest';
import {
  ISSUE_WAIT_FALLBACK_S, isOtpLocked, issueWait, issueWaitUntil, japanClock, laterWait, lockedAfter, settingAsksForPassword,
} from '../../../src-renderer/lib/otp-limits.js';
import { knownResendCooldown, learnResendCooldown } from '../../../src-renderer/lib/resend-cooldown.js';
import { useApp } from '../../../src-renderer/state/app-store.js';
import { endSession, noteMe, watch } from '../../../src-renderer/state/session.js';

const now = Date.parse('2026-03-04T05:00:00Z'); // 14:00:00 in Japan

describe('lock', () => {
  it('is the bank saying OTP_LOCKED, nothing else', () => {
    expect(isOtpLocked({ code: 'OTP_LOCKED' })).toBe(true);
    expect(isOtpLocked({ code: 'ACCOUNT_LOCKED' })).toBe(false);
    expect(isOtpLocked({ code: 'OTP_ATTEMPTS_EXCEEDED' })).toBe(false);
  });
  it('is set by a refusal and by GET /me, and lifted only by GET /me', () => {
    expect(lockedAfter(false, { kind: 'error', code: 'OTP_LOCKED' })).toBe(true);
    expect(lockedAfter(true, { kind: 'error', code: 'OTP_INVALID' })).toBe(true);
    expect(lockedAfter(false, { kind: 'error', code: 'OTP_INVALID' })).toBe(false);
    expect(lockedAfter(false, { kind: 'me', otpLocked: true })).toBe(true);
    expect(lockedAfter(true, { kind: 'me', otpLocked: false })).toBe(false);
    // A bank that does not report it changes nothing.
    expect(lockedAfter(true, { kind: 'me' })).toBe(true);
    expect(lockedAfter(false, { kind: 'me' })).toBe(false);
  });
  it('guards every settings page that asks for a password, and no other', () => {
    for (const p of ['email', 'select', 'destinations', 'token-start', 'token-release', 'limit']) expect(settingAsksForPassword(p), p).toBe(true);
    for (const p of ['language', 'remembered', 'about', 'menu']) expect(settingAsksForPassword(p), p).toBe(false);
  });
});

describe('issue limit wait', () => {
  it('ends retryAfter seconds after the refusal, only for OTP_ISSUE_LIMIT', () => {
    expect(issueWaitUntil({ code: 'OTP_ISSUE_LIMIT', retryAfter: 754 }, now)).toBe(now + 754_000);
    expect(issueWaitUntil({ code: 'OTP_RESEND_TOO_SOON', retryAfter: 20 }, now)).toBeNull();
    expect(issueWaitUntil({ code: 'OTP_LOCKED' }, now)).toBeNull();
  });
  it('has a fallback when the bank does not say, and never more than the hour it counts', () => {
    expect(issueWaitUntil({ code: 'OTP_ISSUE_LIMIT' }, now)).toBe(now + ISSUE_WAIT_FALLBACK_S * 1000);
    expect(issueWaitUntil({ code: 'OTP_ISSUE_LIMIT', retryAfter: 90_000 }, now)).toBe(now + 3_600_000);
  });
  it('counts down in whole seconds, rounded up, and is over at its end', () => {
    const until = now + 90_500;
    expect(issueWait(until, now)).toMatchObject({ secondsLeft: 91, over: false });
    expect(issueWait(until, now + 90_000)).toMatchObject({ secondsLeft: 1, over: false });
    expect(issueWait(until, until)).toMatchObject({ secondsLeft: 0, over: true });
    expect(issueWait(until, until + 5000)).toMatchObject({ secondsLeft: 0, over: true });
  });
  it('states the end in Japan time, whatever the computer\'s zone', () => {
    expect(japanClock(new Date(now + 754_000))).toBe('14:12:34');
    expect(japanClock(new Date(Date.parse('2026-03-04T15:00:05Z')))).toBe('00:00:05');
  });
  it('keeps the later end when refused again', () => {
    expect(laterWait(null, now)).toBe(now);
    expect(laterWait(now + 5000, now)).toBe(now + 5000);
    expect(laterWait(now, now + 5000)).toBe(now + 5000);
    expect(laterWait(now, null)).toBe(now);
  });
});

describe('the store through a session', () => {
  afterEach(() => endSession('logout'));
  const refuse = (code: 'OTP_LOCKED' | 'OTP_ISSUE_LIMIT' | 'OTP_INVALID', retryAfter?: number) =>
    watch({ ok: false, error: { code, message: '', ...(retryAfter === undefined ? {} : { retryAfter }) } });

  it('learns the lock from any refusal and from GET /me, and forgets it at the session end', () => {
    useApp.setState({ session: 'ready', route: 'home' });
    refuse('OTP_INVALID');
    expect(useApp.getState().otpLocked).toBe(false);
    refuse('OTP_LOCKED');
    expect(useApp.getState().otpLocked).toBe(true);
    noteMe({});
    expect(useApp.getState().otpLocked).toBe(true);
    noteMe({ otpLocked: false });
    expect(useApp.getState().otpLocked).toBe(false);
    noteMe({ otpLocked: true });
    endSession('idle');
    expect(useApp.getState().otpLocked).toBe(false);
  });
  it('keeps the issue wait for the session only', () => {
    useApp.setState({ session: 'ready', route: 'transfer' });
    const before = Date.now();
    refuse('OTP_ISSUE_LIMIT', 600);
    const until = useApp.getState().issueWaitUntil;
    expect(until).toBeGreaterThanOrEqual(before + 600_000);
    refuse('OTP_INVALID');
    expect(useApp.getState().issueWaitUntil).toBe(until);
    endSession('logout');
    expect(useApp.getState().issueWaitUntil).toBeNull();
  });
  it('learns nothing while logged out (a login refusal is not about one-time passwords)', () => {
    endSession('logout');
    refuse('OTP_LOCKED');
    expect(useApp.getState().otpLocked).toBe(false);
  });
  it('forgets the learned resend cooldown at every session end', () => {
    learnResendCooldown(45_000);
    expect(knownResendCooldown()).toBe(45_000);
    endSession('idle');
    expect(knownResendCooldown()).toBeNull();
  });
});
