/** Customers, their sessions, and the one failure counter that locks an account. */
import type { Channel, TokenState } from '../src-shared/domain/index.js';
import type { SelectEmailSlot } from '../src-shared/bank-api/index.js';
import type { BankContext } from './context.js';
import { unseal } from './keys.js';
import { BankError } from './errors.js';

export interface Customer {
  id: number;
  loginId: string;
  name: string;
  email: string | null;
  tokenState: TokenState;
  totpSecret: string | null;
  totpLastCounter: number;
  startOfUseDone: boolean;
  failedAttempts: number;
  locked: boolean;
  loginPwHash: string;
  confirmPwHash: string | null;
  select: SelectEmailSlot[];
}

interface CustomerRow {
  id: number; login_id: string; name: string; email: string | null; token_state: TokenState; totp_secret: string | null;
  totp_last_counter: number; start_of_use_done: number; failed_attempts: number; locked: number;
  login_pw_hash: string; confirm_pw_hash: string | null;
}

function fromRow(ctx: BankContext, r: CustomerRow): Customer {
  const slots = ctx.db
    .prepare(`SELECT slot, use, address, otp_destination FROM select_emails WHERE customer_id = ? ORDER BY slot`)
    .all(r.id) as { slot: 1 | 2; use: number; address: string | null; otp_destination: number }[];
  const select: SelectEmailSlot[] = [1, 2].map((n) => {
    const s = slots.find((x) => x.slot === n);
    return { slot: n as 1 | 2, use: s?.use === 1, address: s?.address ?? null, otpDestination: s?.otp_destination === 1 };
  });
  return {
    id: r.id, loginId: r.login_id, name: r.name, email: r.email, tokenState: r.token_state, totpSecret: r.totp_secret === null ? null : unseal(ctx.keys, r.totp_secret),
    totpLastCounter: r.totp_last_counter, startOfUseDone: r.start_of_use_done === 1, failedAttempts: r.failed_attempts,
    locked: r.locked === 1, loginPwHash: r.login_pw_hash, confirmPwHash: r.confirm_pw_hash, select,
  };
}

export function customerById(ctx: BankContext, id: number): Customer | null {
  const r = ctx.db.prepare(`SELECT * FROM customers WHERE id = ?`).get(id) as CustomerRow | undefined;
  return r ? fromRow(ctx, r) : null;
}

export function customerByLoginId(ctx: BankContext, loginId: string): Customer | null {
  const r = ctx.db.prepare(`SELECT * FROM customers WHERE login_id = ?`).get(loginId) as CustomerRow | undefined;
  return r ? fromRow(ctx, r) : null;
}

/** Where mail-notified passwords go: the registered address and every Select address marked for it. */
export function otpDestinations(c: Customer): string[] {
  const list = c.email ? [c.email] : [];
  for (const s of c.select) if (s.use && s.otpDestination && s.address && !list.includes(s.address)) list.push(s.address);
  return list;
}

/** Who gets the acceptance mail: the registered address and every Select address in use. */
export function noticeRecipients(c: Customer): string[] {
  const list = c.email ? [c.email] : [];
  for (const s of c.select) if (s.use && s.address && !list.includes(s.address)) list.push(s.address);
  return list;
}

/** Counts one wrong password; locks the account (and ends its sessions) at the limit. */
export function registerFailure(ctx: BankContext, customerId: number): { locked: boolean; attemptsLeft: number } {
  const row = ctx.db
    .prepare(`UPDATE customers SET failed_attempts = failed_attempts + 1 WHERE id = ? RETURNING failed_attempts`)
    .get(customerId) as { failed_attempts: number };
  const left = Math.max(0, ctx.config.lockAfter - row.failed_attempts);
  if (left === 0) {
    ctx.db.transaction(() => {
      ctx.db.prepare(`UPDATE customers SET locked = 1 WHERE id = ?`).run(customerId);
      ctx.db.prepare(`UPDATE sessions SET revoked = 1 WHERE customer_id = ?`).run(customerId);
    })();
  }
  return { locked: left === 0, attemptsLeft: left };
}

/**
 * A wrong password for a login ID that no customer has. It is counted like a customer's, so the
 * login answers (attempts left, then locked) are the same whether the ID exists or not.
 */
export function registerUnknownFailure(ctx: BankContext, loginId: string): { locked: boolean; attemptsLeft: number } {
  const now = ctx.now();
  ctx.db.prepare(`DELETE FROM unknown_login_failures WHERE updated_at < ?`).run(now - 86_400_000);
  const row = ctx.db
    .prepare(`INSERT INTO unknown_login_failures (login_id, failed_attempts, updated_at) VALUES (?, 1, ?)
              ON CONFLICT (login_id) DO UPDATE SET failed_attempts = failed_attempts + 1, updated_at = excluded.updated_at
              RETURNING failed_attempts`)
    .get(loginId, now) as { failed_attempts: number };
  const left = Math.max(0, ctx.config.lockAfter - row.failed_attempts);
  return { locked: left === 0, attemptsLeft: left };
}

export function resetFailures(ctx: BankContext, customerId: number): void {
  ctx.db.prepare(`UPDATE customers SET failed_attempts = 0 WHERE id = ? AND failed_attempts <> 0`).run(customerId);
}

export const lockedError = () =>
  new BankError('ACCOUNT_LOCKED', 'The account is locked after too many wrong passwords. Please contact the bank.');

export interface Session {
  tokenHash: string;
  customerId: number;
  channel: Channel;
  expiresAt: number;
}
