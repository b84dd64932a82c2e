/**
 * The bank's wait between two mailed passwords ("resend cooldown"). The bank's interface says it
 * only when a resend comes too soon (429 with `retryAfter` seconds), so the renderer learns it
 * then: cooldown = time the password had been on screen + retryAfter. From then on, for the rest
 * of this window's life, each new password starts with the resend button waiting for that long,
 * instead of letting the customer press it and be refused.
 */

let learnedMs: number | null = null;

/** What a "too soon" answer says about the bank's cooldown, in milliseconds. */
export function cooldownFromRefusal(shownSinceMs: number, refusedAtMs: number, retryAfterSeconds: number): number {
  return Math.max(0, refusedAtMs - shownSinceMs) + Math.max(0, retryAfterSeconds) * 1000;
}

/** Remembers the longest cooldown the bank has shown (a refusal can only show the real one or less). */
export function learnResendCooldown(ms: number): void {
  if (Number.isFinite(ms) && ms > 0) learnedMs = Math.max(learnedMs ?? 0, Math.min(ms, 10 * 60_000));
}

/** The cooldown learned so far, or null while the bank has not said it. */
export function knownResendCooldown(): number | null {
  return learnedMs;
}
