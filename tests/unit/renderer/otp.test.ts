import { describe, expect, it } from 'vitest';
import { otpClock, otpDeadline, otpPhase, otpProblemFrom } from '../../../src-renderer/lib/otp.js';
import { cooldownFromRefusal, cooldownOf, knownResendCooldown, learnResendCooldown } from '../../../src-renderer/lib/resend-cooldown.js';

const sent = Date.parse('2025-01-02T10:00:00+09:00');
const info = { sentAt: new Date(sent).toISOString(), expiresAt: new Date(sent + 600_000).toISOString() };

describe('OTP countdown', () => {
  it('counts the lifetime from the moment the screen received it, minus a small transit', () => {
    expect(otpDeadline(info, sent + 2000)).toBe(sent + 600_000);
    const c = otpClock(info, sent + 2000, sent + 300_000);
    expect(c).toEqual({ secondsLeft: 300, fraction: 0.5, expired: false });
  });
  it('ignores a PC clock far from the bank', () => {
    const receivedAt = sent + 3 * 3600_000; // the PC is three hours ahead
    expect(otpDeadline(info, receivedAt)).toBe(receivedAt + 600_000);
    expect(otpClock(info, receivedAt, receivedAt + 599_000).expired).toBe(false);
    expect(otpClock(info, receivedAt - 3600_000, receivedAt - 3600_000 + 1000).secondsLeft).toBe(599);
  });
  it('reaches zero and stays there', () => {
    expect(otpClock(info, sent, sent + 600_000)).toEqual({ secondsLeft: 0, fraction: 0, expired: true });
    expect(otpClock(info, sent, sent + 900_000).secondsLeft).toBe(0);
  });
});

describe('OTP problems', () => {
  it('maps bank errors to what the prompt shows', () => {
    expect(otpProblemFrom({ code: 'OTP_INVALID', message: '', attemptsLeft: 2 })).toEqual({ kind: 'invalid', attemptsLeft: 2 });
    expect(otpProblemFrom({ code: 'TOKEN_OTP_INVALID', message: '' })).toEqual({ kind: 'token-invalid' });
    expect(otpProblemFrom({ code: 'OTP_EXPIRED', message: '' })).toEqual({ kind: 'expired' });
    expect(otpProblemFrom({ code: 'OTP_SUPERSEDED', message: '' })).toEqual({ kind: 'superseded' });
    expect(otpProblemFrom({ code: 'OTP_ATTEMPTS_EXCEEDED', message: '' })).toEqual({ kind: 'exceeded' });
    expect(otpProblemFrom({ code: 'CONFIRMATION_PASSWORD_INVALID', message: '', attemptsLeft: 1 })).toBeNull();
  });
  it('puts the stronger state first', () => {
    expect(otpPhase(null, false)).toBe('enter');
    expect(otpPhase(null, true)).toBe('expired');
    expect(otpPhase({ kind: 'invalid', attemptsLeft: 1 }, false)).toBe('enter');
    expect(otpPhase({ kind: 'superseded' }, false)).toBe('superseded');
    expect(otpPhase({ kind: 'exceeded' }, true)).toBe('exceeded');
  });
});

describe('resend cooldown', () => {
  it('comes from the bank\'s own two times, whatever the PC clock says', () => {
    expect(cooldownOf({ ...info, resendAvailableAt: new Date(sent + 30_000).toISOString() })).toBe(30_000);
    expect(cooldownOf({ ...info, resendAvailableAt: new Date(sent).toISOString() })).toBe(0);
  });
  it('is unknown when the bank does not say it, and never negative or beyond ten minutes', () => {
    expect(cooldownOf(info)).toBeNull();
    expect(cooldownOf({ ...info, resendAvailableAt: new Date(sent - 5000).toISOString() })).toBe(0);
    expect(cooldownOf({ ...info, resendAvailableAt: new Date(sent + 3600_000).toISOString() })).toBe(600_000);
  });
  it('is learned from a "too soon" answer: time on screen plus the bank\'s retryAfter', () => {
    expect(cooldownFromRefusal(1_000, 11_000, 20)).toBe(30_000);
    expect(cooldownFromRefusal(5_000, 1_000, 3)).toBe(3_000); // a clock step back counts as no time on screen
    expect(knownResendCooldown()).toBeNull();
    learnResendCooldown(30_000);
    learnResendCooldown(12_000); // a later, shorter view of the same wait does not shrink it
    expect(knownResendCooldown()).toBe(30_000);
  });
});

describe('a superseded password', () => {
  const superseded = (currentReference?: string | null) => ({ code: 'OTP_SUPERSEDED' as const, message: 'x', ...(currentReference === undefined ? {} : { currentReference }) });
  it('from an earlier mail: the newest (named by the bank) still works, the field stays open', () => {
    const p = otpProblemFrom(superseded('4821'));
    expect(p).toEqual({ kind: 'superseded', reference: '4821' });
    expect(otpPhase(p, false)).toBe('superseded');
  });
  it('voided by a password for something else: none works, a new one must be sent', () => {
    const p = otpProblemFrom(superseded(null));
    expect(p).toEqual({ kind: 'replaced' });
    expect(otpPhase(p, false)).toBe('replaced');
  });
  it('from a bank that does not say: treated as an earlier mail', () => {
    expect(otpProblemFrom(superseded())).toEqual({ kind: 'superseded' });
  });
});
