/** The tester controls that change the bank's data: expire passwords, lock or unlock, reset to the seed. */
import type { BankContext } from '../context.js';
import { BankError } from '../errors.js';
import { migrateSecrets } from '../keys.js';
import { seed } from '../seed.js';

function customerId(ctx: BankContext, loginId: string): number {
  const row = ctx.db.prepare(`SELECT id FROM customers WHERE login_id = ?`).get(loginId) as { id: number } | undefined;
  if (!row) throw new BankError('NOT_FOUND', 'No customer has this login ID.');
  return row.id;
}

/** Every active one-time password of the customer expires now (as if its time had run out). */
export function expireOtps(ctx: BankContext, loginId: string): { customer: number; expired: number } {
  const id = customerId(ctx, loginId);
  const now = ctx.now();
  const r = ctx.db.prepare(`UPDATE otps SET expires_at = ? WHERE customer_id = ? AND status = 'active' AND expires_at > ?`).run(now, id, now);
  return { customer: id, expired: r.changes };
}

/**
 * Lock: as after too many wrong passwords (login refused, sessions ended). Unlock: what the bank
 * does when the customer calls: the login lock and its count, and the one-time-password lock with
 * its failures, are lifted.
 */
export function setLock(ctx: BankContext, loginId: string, locked: boolean): { customer: number; otpLocked: boolean } {
  const id = customerId(ctx, loginId);
  ctx.db.transaction(() => {
    if (locked) {
      ctx.db.prepare(`UPDATE customers SET locked = 1, failed_attempts = MAX(failed_attempts, ?) WHERE id = ?`).run(ctx.config.lockAfter, id);
      ctx.db.prepare(`UPDATE sessions SET revoked = 1 WHERE customer_id = ?`).run(id);
    } else {
      ctx.db.prepare(`UPDATE customers SET locked = 0, failed_attempts = 0 WHERE id = ?`).run(id);
      ctx.db.prepare(`DELETE FROM otp_locks WHERE customer_id = ?`).run(id);
      ctx.db.prepare(`DELETE FROM otp_failures WHERE customer_id = ?`).run(id);
    }
  })();
  const otpLocked = ctx.db.prepare(`SELECT 1 FROM otp_locks WHERE customer_id = ?`).get(id) !== undefined;
  return { customer: id, otpLocked };
}

/** Every row goes and the seed customers are created again, in place (as BANK_RESET=1 does at start). */
export async function resetToSeed(ctx: BankContext): Promise<void> {
  await seed(ctx.db, ctx.now(), { replace: true, extra: ctx.config.extraMailCustomers });
  migrateSecrets(ctx.db, ctx.keys);
}
