/**
 * Mail-notified passwords: 6 digits from the CSPRNG, stored only as an HMAC bound to customer,
 * purpose, operation and step; single use; the newest voids all earlier ones of the customer;
 * a limited number of wrong entries; a resend cooldown; compared in constant time. The
 * per-customer limits (otp-limits.ts) are checked in the same transaction as each issue and check.
 */
import { maskEmail } from '../src-shared/domain/index.js';
import type { OtpInfo } from '../src-shared/bank-api/index.js';
import { hmac, randomDigits, sameBytes } from './crypto.js';
import { BankError } from './errors.js';
import { iso, type BankContext } from './context.js';
import { assertCanIssue, assertNotOtpLocked, countOtpFailure, otpLockedError, resetOtpFailures } from './otp-limits.js';

export type OtpPurpose = 'operation' | 'start-of-use';

export interface OtpBinding {
  customerId: number;
  purpose: OtpPurpose;
  operationId: string | null;
  step: number;
}

interface OtpRow {
  id: number;
  code_mac: Buffer;
  reference: string;
  destinations: string;
  sent_at: number;
  expires_at: number;
  attempts: number;
  status: 'active' | 'used' | 'superseded' | 'exhausted' | 'failed';
}

function mac(ctx: BankContext, b: OtpBinding, code: string): Buffer {
  return hmac(ctx.keys.otp, `${b.customerId}|${b.purpose}|${b.operationId ?? '-'}|${b.step}|${code}`);
}

export interface IssuedOtp {
  id: number;
  code: string;
  info: OtpInfo;
  sentAt: number;
  expiresAt: number;
}

export const resendTooSoon = (wait: number) =>
  new BankError('OTP_RESEND_TOO_SOON', `Wait ${wait} s before asking for another password.`, { retryAfter: wait });

/**
 * Creates a new password for the binding and voids every earlier active one of the customer, in
 * one transaction with the checks: not locked, within the hourly issue limit and (with
 * `cooldown`) not sooner than the resend cooldown after the binding's last password. `alongside`
 * runs in that transaction too, once the checks have passed (what the password is for is stored
 * only when the password is issued).
 */
export interface IssueOptions { cooldown?: boolean; alongside?: () => void }

export function issueOtp(ctx: BankContext, b: OtpBinding, destinations: string[], o: IssueOptions = {}): IssuedOtp {
  const code = randomDigits(6);
  const reference = randomDigits(4);
  const sentAt = ctx.now();
  const expiresAt = sentAt + ctx.config.otpTtlSeconds * 1000;
  const id = ctx.db.transaction(() => {
    assertNotOtpLocked(ctx, b.customerId);
    if (o.cooldown) {
      const wait = resendWaitSeconds(ctx, b);
      if (wait > 0) throw resendTooSoon(wait);
    }
    assertCanIssue(ctx, b.customerId);
    o.alongside?.();
    ctx.db.prepare(`UPDATE otps SET status = 'superseded' WHERE customer_id = ? AND status = 'active'`).run(b.customerId);
    const r = ctx.db
      .prepare(`INSERT INTO otps (customer_id, purpose, operation_id, step, code_mac, reference, destinations, sent_at, expires_at, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'active')`)
      .run(b.customerId, b.purpose, b.operationId, b.step, mac(ctx, b, code), reference, JSON.stringify(destinations), sentAt, expiresAt);
    return Number(r.lastInsertRowid);
  })();
  return {
    id,
    code,
    sentAt,
    expiresAt,
    info: {
      reference, sentAt: iso(sentAt), expiresAt: iso(expiresAt), destinations: destinations.map(maskEmail),
      resendAvailableAt: iso(sentAt + ctx.config.otpResendCooldownSeconds * 1000),
    },
  };
}

/** A password whose mail could not be sent is void. */
export function markOtpFailed(ctx: BankContext, id: number): void {
  ctx.db.prepare(`UPDATE otps SET status = 'failed' WHERE id = ?`).run(id);
}

function latest(ctx: BankContext, b: OtpBinding): OtpRow | undefined {
  return ctx.db
    .prepare(`SELECT id, code_mac, reference, destinations, sent_at, expires_at, attempts, status FROM otps
              WHERE customer_id = ? AND purpose = ? AND operation_id IS ? AND step = ? ORDER BY id DESC LIMIT 1`)
    .get(b.customerId, b.purpose, b.operationId, b.step) as OtpRow | undefined;
}

/** Seconds until another password may be sent for this binding (0: now). */
export function resendWaitSeconds(ctx: BankContext, b: OtpBinding): number {
  const row = latest(ctx, b);
  if (!row) return 0;
  const readyAt = row.sent_at + ctx.config.otpResendCooldownSeconds * 1000;
  return Math.max(0, Math.ceil((readyAt - ctx.now()) / 1000));
}

/** The destinations the latest password of this binding went to (for a resend to the same place). */
export function latestDestinations(ctx: BankContext, b: OtpBinding): string[] | null {
  const row = latest(ctx, b);
  return row ? (JSON.parse(row.destinations) as string[]) : null;
}

/**
 * Checks a typed password against the newest one of its binding. A wrong entry is counted at once,
 * per password and toward the customer's budget, in the same transaction as the check (and it
 * survives the failed request); a right one resets the budget and is returned for `consumeOtp`
 * inside the caller's transaction, so it is spent only when the operation goes through.
 */
export function checkOtp(ctx: BankContext, b: OtpBinding, code: string): number {
  const outcome = ctx.db.transaction((): number | BankError => {
    assertNotOtpLocked(ctx, b.customerId);
    const row = latest(ctx, b);
    if (!row || row.status === 'failed') return new BankError('FACTOR_NOT_AVAILABLE', 'No mail-notified password was sent for this step; ask for one.');
    // The newest password of this step was voided by one sent for something else: none works here.
    if (row.status === 'superseded') return new BankError('OTP_SUPERSEDED', 'A newer password was sent for another operation; ask for a new one.', { currentReference: null });
    if (row.status === 'exhausted') return new BankError('OTP_ATTEMPTS_EXCEEDED', 'Too many wrong entries; ask for a new password.');
    if (row.status === 'used') return new BankError('OTP_EXPIRED', 'This password was already used; ask for a new one.');
    if (ctx.now() >= row.expires_at) return new BankError('OTP_EXPIRED', 'The password has expired; ask for a new one.');
    const typed = mac(ctx, b, code);
    if (sameBytes(typed, row.code_mac)) {
      resetOtpFailures(ctx, b.customerId);
      return row.id;
    }
    // The code of an earlier mail for this same step: say so, so the customer looks for the newest mail.
    const earlier = ctx.db
      .prepare(`SELECT code_mac FROM otps WHERE customer_id = ? AND purpose = ? AND operation_id IS ? AND step = ? AND id < ? AND status = 'superseded'`)
      .all(b.customerId, b.purpose, b.operationId, b.step, row.id) as { code_mac: Buffer }[];
    if (earlier.some((e) => sameBytes(typed, e.code_mac))) {
      return new BankError('OTP_SUPERSEDED', 'This password is from an earlier mail and is void. Use the newest mail.', { currentReference: row.reference });
    }
    const attempts = row.attempts + 1;
    const max = ctx.config.otpMaxAttempts;
    ctx.db.prepare(`UPDATE otps SET attempts = ?, status = ? WHERE id = ?`).run(attempts, attempts >= max ? 'exhausted' : 'active', row.id);
    if (countOtpFailure(ctx, b.customerId)) return otpLockedError();
    if (attempts >= max) return new BankError('OTP_ATTEMPTS_EXCEEDED', 'Too many wrong entries; this password is void. Ask for a new one.');
    return new BankError('OTP_INVALID', 'The mail-notified password is not correct.', { attemptsLeft: max - attempts });
  }).immediate();
  if (outcome instanceof BankError) throw outcome;
  return outcome;
}

/** Spends a checked password; false when it changed state in between (then the caller must stop). */
export function consumeOtp(ctx: BankContext, id: number): boolean {
  return ctx.db.prepare(`UPDATE otps SET status = 'used' WHERE id = ? AND status = 'active'`).run(id).changes === 1;
}
