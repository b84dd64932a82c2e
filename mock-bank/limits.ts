/**
 * Each customer's daily transfer limit: stored, in force (a raise counts from its Japan-time day),
 * used today, and changed by the limit-change operation. The rules themselves are pure
 * (src-shared/domain/limits.ts); this file keeps them in the database.
 */
import { type TransferLimits } from '../src-shared/bank-api/index.js';
import { changeLimit, checkLimit, limitDirection, limitInForce, type StoredLimit } from '../src-shared/domain/index.js';
import { iso, type BankContext } from './context.js';
import { BankError } from './errors.js';
import { transferredToday } from './operations/money.js';

/** The highest limit a customer may set: BANK_DAILY_LIMIT_MAX, never below the default limit. */
export function limitMaximum(ctx: BankContext): number {
  return Math.max(ctx.config.dailyLimitMaxYen, ctx.config.dailyLimitYen);
}

function stored(ctx: BankContext, customerId: number): StoredLimit {
  const r = ctx.db.prepare(`SELECT daily_limit, pending_limit, pending_from FROM transfer_limits WHERE customer_id = ?`).get(customerId) as
    | { daily_limit: number; pending_limit: number | null; pending_from: number | null }
    | undefined;
  if (!r) return { dailyLimit: ctx.config.dailyLimitYen, pending: null };
  return { dailyLimit: r.daily_limit, pending: r.pending_limit !== null && r.pending_from !== null ? { amount: r.pending_limit, from: r.pending_from } : null };
}

/** The limit in force now (with a raise still waiting, if any). */
export function currentLimit(ctx: BankContext, customerId: number): StoredLimit {
  return limitInForce(stored(ctx, customerId), ctx.now());
}

export function limitsView(ctx: BankContext, customerId: number): TransferLimits {
  const limit = currentLimit(ctx, customerId);
  const used = transferredToday(ctx, customerId);
  return {
    dailyLimit: limit.dailyLimit,
    usedToday: used,
    remainingToday: Math.max(0, limit.dailyLimit - used),
    maximum: limitMaximum(ctx),
    pendingRaise: limit.pending ? { amount: limit.pending.amount, effectiveFrom: iso(limit.pending.from) } : null,
  };
}

/**
 * At creation: the bank's maximum, and no change that changes nothing (both 400 VALIDATION_FAILED). Returns whether the change
 * is a raise (the second factor is then needed) and when it would apply.
 */
export function checkLimitChange(ctx: BankContext, customerId: number, next: number): { raise: boolean; effectiveFrom: string | null } {
  const max = limitMaximum(ctx);
  const checked = checkLimit(next, max);
  // Bad input like any other: 400 with the issue where the schema puts its own (the maximum is this bank's setting).
  if (!checked.ok && checked.error.code === 'LIMIT_ABOVE_MAXIMUM') {
    throw new BankError('VALIDATION_FAILED', `The highest daily limit this bank allows is ¥${max.toLocaleString('en-US')}.`, {
      issues: [{ path: ['dailyLimit'], code: 'too_big', message: `daily limit: at most ${max} yen (this bank's maximum)` }],
    });
  }
  const now = limitInForce(stored(ctx, customerId), ctx.now());
  if (next === now.dailyLimit && now.pending === null) {
    throw new BankError('VALIDATION_FAILED', 'The new limit is the limit in force.', { issues: [{ path: ['dailyLimit'], message: 'same as the limit in force' }] });
  }
  const after = changeLimit(now, next, ctx.now());
  return { raise: limitDirection(now.dailyLimit, next) === 'raise', effectiveFrom: after.pending ? iso(after.pending.from) : null };
}

/**
 * Completing a limit change, inside the transaction that completes the operation. A change
 * authorized as a lowering that has become a raise meanwhile (the limit was lowered by another
 * change) is refused: a raise always needs its second factor.
 */
export function applyLimitChange(ctx: BankContext, customerId: number, next: number, authorizedAsRaise: boolean): void {
  const before = currentLimit(ctx, customerId);
  if (!authorizedAsRaise && limitDirection(before.dailyLimit, next) === 'raise') {
    throw new BankError('OPERATION_VOIDED', 'The limit changed since this request was made; start the change again.');
  }
  const after = changeLimit(before, next, ctx.now());
  ctx.db.prepare(`INSERT INTO transfer_limits (customer_id, daily_limit, pending_limit, pending_from) VALUES (?, ?, ?, ?)
                  ON CONFLICT (customer_id) DO UPDATE SET daily_limit = excluded.daily_limit, pending_limit = excluded.pending_limit, pending_from = excluded.pending_from`)
    .run(customerId, after.dailyLimit, after.pending?.amount ?? null, after.pending?.from ?? null);
}

/**
 * A transfer of `amount` must fit in what is left of today's limit. Called at creation (before any
 * password is sent) and again inside the transaction that posts the transfer, so a burst of
 * transfers cannot pass the limit together.
 */
export function checkDailyLimit(ctx: BankContext, customerId: number, amount: number): void {
  const { dailyLimit } = currentLimit(ctx, customerId);
  const remaining = Math.max(0, dailyLimit - transferredToday(ctx, customerId));
  if (amount > remaining) {
    throw new BankError('DAILY_LIMIT_EXCEEDED', `Today's transfer limit is ¥${dailyLimit.toLocaleString('en-US')}; ¥${remaining.toLocaleString('en-US')} is left.`, { remainingToday: remaining });
  }
}
