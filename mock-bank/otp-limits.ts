/**
 * Per-customer limits on one-time passwords, across passwords and operations (DOMAIN.md):
 *  - a failure budget: wrong mail or token passwords count per customer over a rolling 24 h; at
 *    BANK_OTP_FAILURES_BEFORE_LOCK every sensitive operation answers 423 OTP_LOCKED (the customer
 *    calls the bank); a right password resets the count;
 *  - an issue rate: at most BANK_OTP_ISSUE_PER_HOUR passwords per rolling hour (new operations,
 *    resends and start-of-use mails together), else 429 OTP_ISSUE_LIMIT with retryAfter.
 * Callers run these inside the same SQLite transaction as the check or the issue they guard, with
 * no await in between, so a concurrent burst cannot get past either limit.
 */
import type { BankContext } from './context.js';
import { BankError } from './errors.js';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export const otpLockedError = () =>
  new BankError('OTP_LOCKED', 'Too many wrong one-time passwords: operations that need one are locked. Please call the bank to unlock them.');

function failuresInWindow(ctx: BankContext, customerId: number): number {
  const row = ctx.db.prepare(`SELECT COUNT(*) AS n FROM otp_failures WHERE customer_id = ? AND at > ?`).get(customerId, ctx.now() - DAY_MS) as { n: number };
  return row.n;
}

/**
 * Whether the customer's one-time-password budget is spent (sensitive operations are refused). The
 * lock is kept as a row of its own: the failures ageing out of the 24 h window do not lift it, only
 * the bank does (DOMAIN.md: locked until the customer calls the bank).
 */
export function isOtpLocked(ctx: BankContext, customerId: number): boolean {
  return ctx.db.prepare(`SELECT 1 FROM otp_locks WHERE customer_id = ?`).get(customerId) !== undefined;
}

export function assertNotOtpLocked(ctx: BankContext, customerId: number): void {
  if (isOtpLocked(ctx, customerId)) throw otpLockedError();
}

/** Counts one wrong one-time password; true when it spent the budget (the customer is now locked). */
export function countOtpFailure(ctx: BankContext, customerId: number): boolean {
  ctx.log.debug({ otpCheck: { right: false } }, 'one-time password wrong'); // counted by the attack suite
  const now = ctx.now();
  ctx.db.prepare(`DELETE FROM otp_failures WHERE customer_id = ? AND at <= ?`).run(customerId, now - DAY_MS);
  ctx.db.prepare(`INSERT INTO otp_failures (customer_id, at) VALUES (?, ?)`).run(customerId, now);
  if (failuresInWindow(ctx, customerId) < ctx.config.otpFailuresBeforeLock) return false;
  ctx.db.prepare(`INSERT OR IGNORE INTO otp_locks (customer_id, locked_at) VALUES (?, ?)`).run(customerId, now);
  return true;
}

/** A right one-time password: the count starts again. */
export function resetOtpFailures(ctx: BankContext, customerId: number): void {
  ctx.db.prepare(`DELETE FROM otp_failures WHERE customer_id = ?`).run(customerId);
}

/** Seconds until the customer may be sent another password (0: now). */
export function issueWaitSeconds(ctx: BankContext, customerId: number): number {
  const limit = ctx.config.otpIssuePerHour;
  const now = ctx.now();
  const since = now - HOUR_MS;
  const { n } = ctx.db.prepare(`SELECT COUNT(*) AS n FROM otps WHERE customer_id = ? AND sent_at > ?`).get(customerId, since) as { n: number };
  if (n < limit) return 0;
  // The password whose ageing out brings the count below the limit.
  const row = ctx.db
    .prepare(`SELECT sent_at FROM otps WHERE customer_id = ? AND sent_at > ? ORDER BY sent_at ASC LIMIT 1 OFFSET ?`)
    .get(customerId, since, n - limit) as { sent_at: number };
  return Math.max(1, Math.ceil((row.sent_at + HOUR_MS - now) / 1000));
}

export function assertCanIssue(ctx: BankContext, customerId: number): void {
  const wait = issueWaitSeconds(ctx, customerId);
  if (wait > 0) {
    throw new BankError('OTP_ISSUE_LIMIT', `Too many one-time passwords were sent in the last hour; wait ${wait} s before asking for another.`, { retryAfter: wait });
  }
}
