/** Money movements: balances never negative, what was transferred today, one posting per movement. */
import type { BankContext } from '../context.js';
import { BankError } from '../errors.js';

const DAY = 86_400_000;
const JST_OFFSET = 9 * 3600 * 1000;

/** Midnight in Japan of the day `ms` falls on. */
export function jstDayStart(ms: number): number {
  return Math.floor((ms + JST_OFFSET) / DAY) * DAY - JST_OFFSET;
}

export interface AccountRow { id: string; customer_id: number; branch_code: string; type: string; number: string; balance: number }

export function ownAccount(ctx: BankContext, customerId: number, accountId: string): AccountRow {
  const a = ctx.db.prepare(`SELECT id, customer_id, branch_code, type, number, balance FROM accounts WHERE id = ? AND customer_id = ?`).get(accountId, customerId) as AccountRow | undefined;
  if (!a) throw new BankError('ACCOUNT_NOT_FOUND', 'No such account of yours.');
  return a;
}

export function transferredToday(ctx: BankContext, customerId: number): number {
  const r = ctx.db
    .prepare(`SELECT COALESCE(SUM(-t.amount), 0) AS total FROM transactions t JOIN accounts a ON a.id = t.account_id
              WHERE a.customer_id = ? AND t.kind = 'transfer' AND t.posted_at >= ?`)
    .get(customerId, jstDayStart(ctx.now())) as { total: number };
  return r.total;
}

export function checkFunds(balance: number, needed: number): void {
  if (needed > balance) throw new BankError('INSUFFICIENT_FUNDS', 'The balance is not enough for the amount and the fee.');
}

/** One posting; call inside a transaction. Refuses to take a balance below zero. */
export function post(ctx: BankContext, accountId: string, kind: string, description: string, amount: number, receipt: string | null): void {
  const row = ctx.db.prepare(`SELECT balance FROM accounts WHERE id = ?`).get(accountId) as { balance: number };
  const after = row.balance + amount;
  if (after < 0) throw new BankError('INSUFFICIENT_FUNDS', 'The balance is not enough for the amount and the fee.');
  ctx.db.prepare(`UPDATE accounts SET balance = ? WHERE id = ?`).run(after, accountId);
  ctx.db.prepare(`INSERT INTO transactions (account_id, posted_at, kind, description, amount, balance_after, receipt_number) VALUES (?, ?, ?, ?, ?, ?, ?)`)
    .run(accountId, ctx.now(), kind, description, amount, after, receipt);
}
