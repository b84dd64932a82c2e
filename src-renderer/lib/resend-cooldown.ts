/**
 * The bank's wait between two mailed passwords ("resend cooldown"). The bank says it with each
 * password (`resendAvailableAt`); the wait is taken from the bank's own two times, so a wrong PC clock
 * does not matter. A bank that does not say it still answers a resend that comes too soon with 429
 * and `retryAfter` seconds: the renderer then learns the cooldown (time the password had been on
 * screen + retryAfter) and, for the rest of the session, starts each new password with the resend
 * button waiting for that long instead of letting the customer press it and be refused. What was
 * learned is forgotten at every session end (a kiosk's next customer starts clean).
 */
import type { OtpInfo } from '../../src-shared/bank-api/common.js';

/** No believable cooldown is longer than a password lives (ten minutes at peer banks). */
const MAX_COOLDOWN_MS = 10 * 60_000;

/** The cooldown this password carries, in milliseconds, or null when the bank did not say. */
export function cooldownOf(otp: Pick<OtpInfo, 'sentAt' | 'resendAvailableAt'>): number | null {
  if (!otp.resendAvailableAt) return null;
  const ms = Date.parse(otp.resendAvailableAt) - Date.parse(otp.sentAt);
  return Number.isFinite(ms) ? Math.max(0, Math.min(ms, MAX_COOLDOWN_MS)) : null;
}

let learnedMs: number | null = null;

/** What a "too soon" answer says about the bank's cooldown, in milliseconds. */
export function cooldownFromRefusal(shownSinceMs: number, refusedAtMs: number, retryAfterSeconds: number): number {
  return Math.max(0, refusedAtMs - shownSinceMs) + Math.max(0, retryAfterSeconds) * 1000;
}

/** Remembers the longest cooldown the bank has shown (a refusal can only show the real one or less). */
export function learnResendCooldown(ms: number): void {
  if (Number.isFinite(ms) && ms > 0) learnedMs = Math.max(learnedMs ?? 0, Math.min(ms, MAX_COOLDOWN_MS));
}

/** The cooldown learned so far, or null while the bank has not said it. */
export function knownResendCooldown(): number | null {
  return learnedMs;
}

/** Forgets what was learned: called at every session end. */
export function forgetResendCooldown(): void {
  learnedMs = null;
}
