/** What a completed operation changes, inside the one transaction that completes it. */
import type { BankContext } from '../context.js';
import type { Customer } from '../customers.js';
import { OWN_BANK_CODE } from '../directory.js';
import { BankError } from '../errors.js';
import { seal } from '../keys.js';
import { setLoginNotice } from '../logins.js';
import type { Operation } from './model.js';
import { ownAccount, post } from './money.js';
import { applyLimitChange, checkDailyLimit } from '../limits.js';

export interface TokenActivation { secret: string; counter: number }

export function applyEffects(ctx: BankContext, op: Operation, c: Customer, receipt: string, token: TokenActivation | null): void {
  const req = op.request;
  const db = ctx.db;
  switch (req.type) {
    case 'transfer': {
      const from = ownAccount(ctx, c.id, req.fromAccountId);
      checkDailyLimit(ctx, c.id, req.amount);
      const name = op.summary.payeeName ?? '';
      post(ctx, from.id, 'transfer', name, -req.amount, receipt);
      if ((op.summary.fee ?? 0) > 0) post(ctx, from.id, 'fee', '', -(op.summary.fee ?? 0), receipt);
      const target = req.payeeId !== undefined
        ? (db.prepare(`SELECT bank_code AS bankCode, branch_code AS branchCode, account_type AS accountType, account_number AS accountNumber FROM payees WHERE id = ?`).get(req.payeeId) as
            { bankCode: string; branchCode: string; accountType: string; accountNumber: string })
        : req.payee!;
      if (target.bankCode === OWN_BANK_CODE) {
        const to = db.prepare(`SELECT id FROM accounts WHERE branch_code = ? AND type = ? AND number = ?`).get(target.branchCode, target.accountType, target.accountNumber) as { id: string } | undefined;
        if (to) post(ctx, to.id, 'incoming-transfer', c.name, req.amount, receipt);
      }
      return;
    }
    case 'bill-payment': {
      const from = ownAccount(ctx, c.id, req.fromAccountId);
      post(ctx, from.id, 'bill-payment', op.summary.collectorName ?? '', -req.amount, receipt);
      return;
    }
    case 'email-change':
      db.prepare(`UPDATE customers SET email = ? WHERE id = ?`).run(op.pending.newEmail, c.id);
      return;
    case 'select-email-change':
      for (const s of req.slots) {
        const current = c.select[s.slot - 1]!;
        const address = s.use ? (s.address ?? null) : null;
        // A destination must have proved it receives mail: a new address starts as no destination.
        const keepDestination = s.use && current.otpDestination && address === current.address;
        db.prepare(`UPDATE select_emails SET use = ?, address = ?, otp_destination = ? WHERE customer_id = ? AND slot = ?`)
          .run(s.use ? 1 : 0, address, keepDestination ? 1 : 0, c.id, s.slot);
      }
      return;
    case 'otp-destination-change':
      for (const d of op.pending.destinations ?? req.destinations ?? []) {
        db.prepare(`UPDATE select_emails SET otp_destination = ? WHERE customer_id = ? AND slot = ?`).run(d.use ? 1 : 0, c.id, d.slot);
      }
      return;
    case 'token-start':
      if (!token) throw new BankError('FACTOR_MISSING', 'The first code of the token app is needed.');
      db.prepare(`UPDATE customers SET token_state = 'active', totp_secret = ?, totp_last_counter = ? WHERE id = ?`).run(seal(ctx.keys, token.secret), token.counter, c.id);
      return;
    case 'login-notice-change':
      setLoginNotice(ctx, c.id, false);
      return;
    case 'limit-change':
      applyLimitChange(ctx, c.id, req.dailyLimit, op.pending.limitRaise === true);
      return;
    case 'token-release':
      db.prepare(`UPDATE customers SET token_state = 'suspended', totp_secret = NULL, totp_last_counter = 0 WHERE id = ?`).run(c.id);
      return;
  }
}
