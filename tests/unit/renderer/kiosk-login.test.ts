// A kiosk's login screen is cleared after its idle time when anything is on it; elsewhere never.
import { describe, expect, it } from 'vitest';
import { kioskResetDelayMs, loginScreenUsed } from '../../../src-renderer/lib/kiosk-login.js';

const blank = { loginId: '', password: '', messages: false, language: 'ja', startLanguage: 'ja' } as const;

describe('kiosk login screen reset', () => {
  it('counts a typed ID, a password, a message or another language as something on screen', () => {
    expect(loginScreenUsed(blank)).toBe(false);
    expect(loginScreenUsed({ ...blank, loginId: 'm' })).toBe(true);
    expect(loginScreenUsed({ ...blank, password: 'x' })).toBe(true);
    expect(loginScreenUsed({ ...blank, messages: true })).toBe(true);
    expect(loginScreenUsed({ ...blank, language: 'en' })).toBe(true);
    expect(loginScreenUsed({ ...blank, language: 'en', startLanguage: 'en' })).toBe(false);
  });
  it('waits the kiosk idle time after the last input, on a kiosk with something on screen only', () => {
    expect(kioskResetDelayMs({ kiosk: true, idleSeconds: 180, used: true })).toBe(180_000);
    expect(kioskResetDelayMs({ kiosk: true, idleSeconds: 180, used: false })).toBeNull();
    expect(kioskResetDelayMs({ kiosk: false, idleSeconds: 180, used: true })).toBeNull();
    expect(kioskResetDelayMs({ kiosk: true, idleSeconds: null, used: true })).toBeNull();
  });
});
