/** The token app: TOTP (SHA-1, 6 digits, 30 s), one step of clock drift allowed, each code used once. */
import { Secret, TOTP } from 'otpauth';
import { DEFAULT_BANK_PROFILE } from '../../src-shared/bank-profile/index.js';

const PERIOD = 30;

export function totpFor(secretBase32: string, label: string): TOTP {
  return new TOTP({ issuer: DEFAULT_BANK_PROFILE.bankName.en, label, algorithm: 'SHA1', digits: 6, period: PERIOD, secret: Secret.fromBase32(secretBase32) });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/**
 * The time step the code belongs to, or null when it is wrong or was already used (a step not
 * after `lastCounter`).
 */
export function matchTotp(secretBase32: string, code: string, now: number, lastCounter: number): number | null {
  const totp = totpFor(secretBase32, 'check');
  const delta = totp.validate({ token: code, timestamp: now, window: 1 });
  if (delta === null) return null;
  const counter = Math.floor(now / 1000 / PERIOD) + delta;
  return counter > lastCounter ? counter : null;
}
