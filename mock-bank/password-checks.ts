/**
 * Login and confirmation passwords under the account lock. Before the (slow) scrypt check a slot
 * is reserved in a transaction: confirmed failures plus checks under way may not reach
 * BANK_LOCK_AFTER, so a burst gets at most that many passwords checked and the rest answer 423 at
 * once. After the check, one transaction settles it: a wrong password counts (and locks at the
 * limit); a right one is accepted only if the lock is still open, so once locked every answer,
 * the right password included, is 423. Unknown login IDs go through the same steps.
 */
import type { BankContext } from './context.js';
import { customerById, lockedError, registerFailure, registerUnknownFailure, resetFailures } from './customers.js';
import { verifyPassword } from './crypto.js';
import { BankError } from './errors.js';

export type CheckSubject = { customerId: number } | { unknownLoginId: string };

const keyOf = (s: CheckSubject): string => ('customerId' in s ? `c${s.customerId}` : `u${s.unknownLoginId}`);

function failuresOf(ctx: BankContext, s: CheckSubject): { failed: number; locked: boolean } {
  if ('customerId' in s) {
    const r = ctx.db.prepare(`SELECT failed_attempts, locked FROM customers WHERE id = ?`).get(s.customerId) as { failed_attempts: number; locked: number } | undefined;
    return { failed: r?.failed_attempts ?? 0, locked: !r || r.locked === 1 };
  }
  const r = ctx.db.prepare(`SELECT failed_attempts FROM unknown_login_failures WHERE login_id = ?`).get(s.unknownLoginId) as { failed_attempts: number } | undefined;
  const failed = r?.failed_attempts ?? 0;
  return { failed, locked: failed >= ctx.config.lockAfter };
}

function running(ctx: BankContext, key: string): number {
  const r = ctx.db.prepare(`SELECT running FROM password_checks WHERE subject = ?`).get(key) as { running: number } | undefined;
  return r?.running ?? 0;
}

/** Takes one of the checks the lock still allows, or throws 423 ACCOUNT_LOCKED. */
function reserve(ctx: BankContext, s: CheckSubject): void {
  const key = keyOf(s);
  ctx.db.transaction(() => {
    const f = failuresOf(ctx, s);
    if (f.locked || f.failed + running(ctx, key) >= ctx.config.lockAfter) throw lockedError();
    ctx.db.prepare(`INSERT INTO password_checks (subject, running) VALUES (?, 1) ON CONFLICT (subject) DO UPDATE SET running = running + 1`).run(key);
  }).immediate();
}

function release(ctx: BankContext, key: string): void {
  ctx.db.prepare(`UPDATE password_checks SET running = running - 1 WHERE subject = ?`).run(key);
  ctx.db.prepare(`DELETE FROM password_checks WHERE subject = ? AND running <= 0`).run(key);
}

export type CheckResult<T> = { ok: true; value: T } | { ok: false; attemptsLeft: number };

/**
 * Checks a password against `storedHash` under the lock (see above). A right one resets the count
 * and runs `onRight` inside the settling transaction (e.g. to create the session); a wrong one
 * gives the attempts left. Throws 423 ACCOUNT_LOCKED when locked, before or after the check.
 */
export async function checkUnderLock<T>(ctx: BankContext, s: CheckSubject, password: string, storedHash: string, onRight: () => T): Promise<CheckResult<T>> {
  const key = keyOf(s);
  reserve(ctx, s);
  let right: boolean;
  try {
    right = (await verifyPassword(password, storedHash)) && 'customerId' in s;
  } catch (error) {
    release(ctx, key);
    throw error;
  }
  // One line per scrypt check (debug): the attack suite counts them.
  ctx.log.debug({ passwordCheck: { right } }, 'password checked');
  const outcome = ctx.db.transaction((): CheckResult<T> | null => {
    release(ctx, key);
    if (right && 'customerId' in s) {
      if (failuresOf(ctx, s).locked) return null;
      resetFailures(ctx, s.customerId);
      return { ok: true, value: onRight() };
    }
    const r = 'customerId' in s ? registerFailure(ctx, s.customerId) : registerUnknownFailure(ctx, s.unknownLoginId);
    return r.locked ? null : { ok: false, attemptsLeft: r.attemptsLeft };
  }).immediate();
  if (outcome === null) throw lockedError();
  return outcome;
}

/** Checks the confirmation password; a wrong one counts toward the lock. */
export async function checkConfirmationPassword(ctx: BankContext, customerId: number, password: string): Promise<void> {
  const c = customerById(ctx, customerId);
  if (!c || c.locked) throw lockedError();
  const storedHash = c.confirmPwHash;
  if (!storedHash) throw new BankError('START_OF_USE_REQUIRED', 'No confirmation password is set yet.');
  const r = await checkUnderLock(ctx, { customerId }, password, storedHash, () => undefined);
  if (!r.ok) throw new BankError('CONFIRMATION_PASSWORD_INVALID', 'The confirmation password is not correct.', { attemptsLeft: r.attemptsLeft });
}
