/** Creating an operation: check it, work out its authorization steps, and mail the first password. */
import {
  ACCOUNT_TYPE_LABELS, classifyEmail, maskAccountNumber, maskEmail, requiredFactors, type Factor, type OperationType,
} from '../../src-shared/domain/index.js';
import { CreateOperationResponse, type CreateOperationRequest, type OperationSummary } from '../../src-shared/bank-api/index.js';
import type { BankContext } from '../context.js';
import { randomId } from '../crypto.js';
import { customerById, otpDestinations, type Customer, type Session } from '../customers.js';
import { COLLECTORS, findBank, findBranch, transferFee } from '../directory.js';
import { BankError } from '../errors.js';
import type { IdempotencyTicket } from '../idempotency.js';
import { loginNoticeEnabled } from '../logins.js';
import { describeOperation } from '../mail-templates.js';
import { issueAndMailOtp } from '../notices.js';
import { assertCanIssue, assertNotOtpLocked } from '../otp-limits.js';
import { addedDestinations } from './destinations.js';
import { insertOperation, loadOperation, stepFactors, type Operation, type Pending } from './model.js';
import { checkFunds, ownAccount } from './money.js';
import { checkDailyLimit, checkLimitChange } from '../limits.js';

/**
 * The steps of an operation. Most take one: the factors of `requiredFactors`. A change of the
 * e-mail address or of the password destinations first takes the current one-time factor, then a
 * password sent to the new address(es) with the confirmation password. Token start takes the
 * factors first and the first code of the new token second.
 */
export function planFor(type: OperationType, base: Factor[], needsProof: boolean): Factor[][] {
  const oneTime = base.filter((f) => f !== 'confirmation-password');
  if ((type === 'email-change' || type === 'otp-destination-change') && needsProof) {
    return [oneTime.length ? oneTime : ['confirmation-password'], ['mail-otp', 'confirmation-password']];
  }
  if (type === 'token-start') return [base, ['token-otp']];
  return [base];
}

function requireAcknowledged(address: string, acknowledged: boolean | undefined, path: (string | number)[]): void {
  const k = classifyEmail(address);
  if (k.valid && k.requiresAcknowledgement && acknowledged !== true) {
    throw new BankError('FREE_MAIL_NOT_ACKNOWLEDGED', `Free or cloud mail at ${path.join('.')}: confirm that you understand the risk (acknowledgeFreeMail: true).`);
  }
}

interface Checked { summary: OperationSummary; pending: Pending; payeeRegistered: boolean }

function check(ctx: BankContext, c: Customer, req: CreateOperationRequest): Checked {
  switch (req.type) {
    case 'transfer': {
      const account = ownAccount(ctx, c.id, req.fromAccountId);
      let target: { name: string; bankCode: string; branchCode: string; accountType: 'ordinary' | 'current' | 'savings'; accountNumber: string };
      if (req.payeeId !== undefined) {
        const p = ctx.db.prepare(`SELECT name, bank_code, branch_code, account_type, account_number FROM payees WHERE id = ? AND customer_id = ?`).get(req.payeeId, c.id) as
          | { name: string; bank_code: string; branch_code: string; account_type: 'ordinary'; account_number: string }
          | undefined;
        if (!p) throw new BankError('PAYEE_NOT_FOUND', 'No such registered payee.');
        target = { name: p.name, bankCode: p.bank_code, branchCode: p.branch_code, accountType: p.account_type, accountNumber: p.account_number };
      } else {
        target = req.payee!;
      }
      // Before any password is sent: a code the directory does not know cannot receive a transfer.
      const bank = findBank(target.bankCode);
      if (!bank) throw new BankError('UNKNOWN_BANK', `No bank has the code ${target.bankCode}.`);
      const branch = findBranch(target.bankCode, target.branchCode);
      if (!branch) throw new BankError('UNKNOWN_BRANCH', `${bank.name} has no branch with the code ${target.branchCode}.`);
      const fee = transferFee(target.bankCode, req.amount);
      checkFunds(account.balance, req.amount + fee);
      checkDailyLimit(ctx, c.id, req.amount);
      return {
        payeeRegistered: req.payeeId !== undefined,
        pending: {},
        summary: {
          amount: req.amount, fee, payeeName: target.name,
          payeeBankName: `${bank.name} ${branch.name}`, payeeBankCode: bank.code, payeeBranchName: branch.name,
          payeeAccountMasked: `${ACCOUNT_TYPE_LABELS[target.accountType].ja} ${maskAccountNumber(target.accountNumber)}`,
          payeeAccountType: target.accountType, payeeAccountNumberMasked: maskAccountNumber(target.accountNumber),
        },
      };
    }
    case 'bill-payment': {
      const account = ownAccount(ctx, c.id, req.fromAccountId);
      const collector = COLLECTORS[req.collectorNumber];
      if (!collector) throw new BankError('COLLECTOR_NOT_FOUND', 'No bill collector has this number.');
      checkFunds(account.balance, req.amount);
      return { payeeRegistered: false, pending: {}, summary: { amount: req.amount, fee: 0, collectorName: collector } };
    }
    case 'email-change': {
      requireAcknowledged(req.newEmail, req.acknowledgeFreeMail, ['newEmail']);
      if (req.newEmail === c.email) {
        throw new BankError('VALIDATION_FAILED', 'The new address is the registered one.', { issues: [{ path: ['newEmail'], message: 'same as the registered address' }] });
      }
      return {
        payeeRegistered: false,
        pending: { newEmail: req.newEmail, proofDestinations: [req.newEmail], previousEmail: c.email },
        summary: { newEmailMasked: maskEmail(req.newEmail) },
      };
    }
    case 'select-email-change': {
      req.slots.forEach((s, i) => {
        if (s.use && s.address) requireAcknowledged(s.address, s.acknowledgeFreeMail, ['slots', i, 'address']);
      });
      return { payeeRegistered: false, pending: {}, summary: {} };
    }
    case 'otp-destination-change': {
      // Without destinations the choice comes with step 1 (checked there); the current password goes out now.
      if (req.destinations === undefined) return { payeeRegistered: false, pending: { chooseAtStep1: true }, summary: {} };
      return { payeeRegistered: false, pending: { proofDestinations: addedDestinations(c, req.destinations, ['destinations']) }, summary: {} };
    }
    case 'token-start':
      return { payeeRegistered: false, pending: {}, summary: {} };
    case 'limit-change': {
      const change = checkLimitChange(ctx, c.id, req.dailyLimit);
      return { payeeRegistered: false, pending: { limitRaise: change.raise }, summary: { dailyLimit: req.dailyLimit, limitEffectiveFrom: change.effectiveFrom } };
    }
    case 'login-notice-change':
      if (!loginNoticeEnabled(ctx, c.id)) {
        throw new BankError('VALIDATION_FAILED', 'Login notices are already off.', { issues: [{ path: ['enabled'], message: 'login notices are already off' }] });
      }
      return { payeeRegistered: false, pending: {}, summary: {} };
    case 'token-release':
      if (c.tokenState !== 'active') throw new BankError('FACTOR_NOT_AVAILABLE', 'The token app is not active.');
      return { payeeRegistered: false, pending: {}, summary: {} };
  }
}

export async function createOperation(ctx: BankContext, session: Session, req: CreateOperationRequest, idempotency: IdempotencyTicket | null = null): Promise<CreateOperationResponse> {
  const c = customerById(ctx, session.customerId)!;
  assertNotOtpLocked(ctx, c.id); // every sensitive operation, whatever factors it needs
  const checked = check(ctx, c, req);
  const base = requiredFactors(session.channel, c.tokenState, req.type, checked.payeeRegistered, {
    registeredPayeeNeedsOtp: ctx.config.registeredPayeeNeedsOtp,
  }, { limitRaise: checked.pending.limitRaise === true });
  const plan = planFor(req.type, base, (checked.pending.proofDestinations ?? []).length > 0 || checked.pending.chooseAtStep1 === true);
  if (plan[0]!.includes('token-otp') && !c.totpSecret) throw new BankError('FACTOR_NOT_AVAILABLE', 'The token app is not set up.');
  const destinations = otpDestinations(c);
  if (plan[0]!.includes('mail-otp') && destinations.length === 0) throw new BankError('FACTOR_NOT_AVAILABLE', 'No address is registered for mail-notified passwords.');
  if (plan[0]!.includes('mail-otp')) assertCanIssue(ctx, c.id); // before the operation exists (the issue checks again)
  const op: Operation = {
    id: randomId('op'), customerId: c.id, type: req.type, channel: session.channel, status: 'awaiting-authorization', step: 1, plan,
    request: req, summary: checked.summary, pending: checked.pending, createdAt: ctx.now(), receiptNumber: null, completedAt: null,
  };
  // The key notes its operation in the same transaction: a repeat after a stop finishes this one.
  ctx.db.transaction(() => {
    insertOperation(ctx, op);
    idempotency?.madeOperation(op.id);
  })();
  const otp = plan[0]!.includes('mail-otp')
    ? await issueAndMailOtp(ctx, { customerId: c.id, purpose: 'operation', operationId: op.id, step: 1 }, destinations, describeOperation(op.type, op.summary))
    : undefined;
  return CreateOperationResponse.parse({ id: op.id, type: op.type, status: op.status, step: 1, factors: plan[0], otp, summary: op.summary });
}

/**
 * Finishes a create that made its operation but never answered (the bank stopped, or the mail
 * could not go): the same operation is the answer, with a fresh password when its step takes one
 * (the first may never have been mailed; a newer one voids it either way).
 */
export async function resumeCreate(ctx: BankContext, session: Session, operationId: string): Promise<CreateOperationResponse> {
  const op = loadOperation(ctx, operationId, session.customerId);
  const c = customerById(ctx, session.customerId)!;
  const factors = stepFactors(op);
  const otp = op.status === 'awaiting-authorization' && op.step === 1 && factors.includes('mail-otp')
    ? await issueAndMailOtp(ctx, { customerId: c.id, purpose: 'operation', operationId: op.id, step: 1 }, otpDestinations(c), describeOperation(op.type, op.summary))
    : undefined;
  return CreateOperationResponse.parse({ id: op.id, type: op.type, status: op.status, step: op.step, factors, otp, summary: op.summary });
}
