/** Authorizing an operation step by step, and sending a fresh password for the current step. */
import type { AuthorizeRequest, AuthorizeResponse, OtpInfo } from '../../src-shared/bank-api/index.js';
import type { Factor } from '../../src-shared/domain/index.js';
import { iso, type BankContext } from '../context.js';
import { randomDigits } from '../crypto.js';
import {
  customerById, lockedError, noticeRecipients, otpDestinations, registerFailure, resetFailures, type Customer, type Session,
} from '../customers.js';
import { BankError } from '../errors.js';
import { describeOperation } from '../mail-templates.js';
import { issueAndMailOtp, mailAcceptance } from '../notices.js';
import { checkOtp, consumeOtp, type OtpBinding } from '../otp.js';
import { checkConfirmationPassword } from '../password-checks.js';
import { assertCanIssue, assertNotOtpLocked, countOtpFailure, otpLockedError, resetOtpFailures } from '../otp-limits.js';
import { seal, unseal } from '../keys.js';
import { withDestinationChoice } from './destinations.js';
import { applyEffects } from './effects.js';
import { loadOperation, stepFactors, type Operation } from './model.js';
import { matchTotp, newTotpSecret, totpFor } from './token.js';

function assertOpen(op: Operation): void {
  if (op.status === 'completed') throw new BankError('OPERATION_ALREADY_COMPLETED', 'This operation is already completed.');
  if (op.status === 'voided') throw new BankError('OPERATION_VOIDED', 'This operation was voided; start again.');
}

const bindingOf = (op: Operation): OtpBinding => ({ customerId: op.customerId, purpose: 'operation', operationId: op.id, step: op.step });

const FIELD: Record<Factor, keyof AuthorizeRequest> = { 'confirmation-password': 'confirmationPassword', 'mail-otp': 'mailOtp', 'token-otp': 'tokenOtp' };

/** Where the password of the operation's current step goes. */
function destinationsFor(op: Operation, c: Customer): string[] {
  return op.step === 1 ? otpDestinations(c) : (op.pending.proofDestinations ?? []);
}

/**
 * Checks a token code, in one transaction with the customer's one-time-password budget: a wrong
 * one counts toward that budget and toward the account lock like a wrong password; a right one
 * resets both counts.
 */
function checkToken(ctx: BankContext, c: Customer, secret: string, code: string, lastCounter: number): number {
  const outcome = ctx.db.transaction((): number | BankError => {
    assertNotOtpLocked(ctx, c.id);
    const counter = matchTotp(secret, code, ctx.now(), lastCounter);
    if (counter !== null) {
      resetFailures(ctx, c.id);
      resetOtpFailures(ctx, c.id);
      return counter;
    }
    const spent = countOtpFailure(ctx, c.id);
    const r = registerFailure(ctx, c.id);
    if (r.locked) return lockedError();
    if (spent) return otpLockedError();
    return new BankError('TOKEN_OTP_INVALID', 'The token code is not correct (or was already used).', { attemptsLeft: r.attemptsLeft });
  }).immediate();
  if (outcome instanceof BankError) throw outcome;
  return outcome;
}

export async function authorizeOperation(ctx: BankContext, session: Session, id: string, body: AuthorizeRequest): Promise<AuthorizeResponse> {
  const first = loadOperation(ctx, id, session.customerId);
  assertOpen(first);
  assertNotOtpLocked(ctx, session.customerId);
  const factors = stepFactors(first);
  const missing = factors.filter((f) => body[FIELD[f]] === undefined);
  if (missing.length) {
    throw new BankError('FACTOR_MISSING', `This step needs: ${missing.join(', ')}.`, {
      issues: missing.map((f) => ({ path: [FIELD[f]], message: `${f} is required for step ${first.step}` })),
    });
  }
  if (factors.includes('confirmation-password')) await checkConfirmationPassword(ctx, session.customerId, body.confirmationPassword!);

  // From here on nothing awaits until the step is committed, so two requests cannot both pass.
  let op = loadOperation(ctx, id, session.customerId);
  assertOpen(op);
  if (op.step !== first.step) throw new BankError('FACTOR_MISSING', 'The operation moved to another step meanwhile; check its status.');
  const c = customerById(ctx, session.customerId)!;
  if (c.locked) throw lockedError();
  assertNotOtpLocked(ctx, c.id);
  op = withDestinationChoice(op, c, body);
  const otpId = factors.includes('mail-otp') ? checkOtp(ctx, bindingOf(op), body.mailOtp!) : null;
  const enrolling = op.type === 'token-start' && op.step === 2;
  let tokenCounter: number | null = null;
  if (factors.includes('token-otp')) {
    const secret = enrolling ? (op.pending.totpSecret && unseal(ctx.keys, op.pending.totpSecret)) : c.totpSecret;
    if (!secret) throw new BankError('FACTOR_NOT_AVAILABLE', 'The token app is not set up.');
    tokenCounter = checkToken(ctx, c, secret, body.tokenOtp!, enrolling ? 0 : c.totpLastCounter);
  }
  const spend = () => {
    if (otpId !== null && !consumeOtp(ctx, otpId)) throw new BankError('OTP_SUPERSEDED', 'A newer password was sent; use the newest mail.');
    if (tokenCounter !== null && !enrolling) ctx.db.prepare(`UPDATE customers SET totp_last_counter = ? WHERE id = ?`).run(tokenCounter, c.id);
  };

  if (op.step < op.plan.length) {
    const pending = { ...op.pending };
    let provisioningUri: string | undefined;
    if (op.type === 'token-start') {
      const secret = newTotpSecret();
      pending.totpSecret = seal(ctx.keys, secret);
      provisioningUri = totpFor(secret, c.loginId).toString();
    }
    // The next step's password is issued below: refuse now (before this step is spent) when it could not be.
    if (stepFactors({ ...op, step: op.step + 1 }).includes('mail-otp')) assertCanIssue(ctx, c.id);
    ctx.db.transaction(() => {
      spend();
      ctx.db.prepare(`UPDATE operations SET step = step + 1, pending = ?, factors = ? WHERE id = ?`).run(JSON.stringify(pending), JSON.stringify(op.plan), op.id);
    })();
    const next: Operation = { ...op, step: op.step + 1, pending };
    const nextFactors = stepFactors(next);
    let otp: OtpInfo | undefined;
    if (nextFactors.includes('mail-otp')) {
      otp = await issueAndMailOtp(ctx, bindingOf(next), destinationsFor(next, c), describeOperation(op.type, op.summary));
    }
    return { status: 'awaiting-authorization', step: next.step, factors: nextFactors, otp, provisioningUri };
  }

  const receiptNumber = randomDigits(10);
  const completedAt = ctx.now();
  ctx.db.transaction(() => {
    spend();
    applyEffects(ctx, op, c, receiptNumber, enrolling ? { secret: unseal(ctx.keys, op.pending.totpSecret!), counter: tokenCounter! } : null);
    const done = ctx.db
      .prepare(`UPDATE operations SET status = 'completed', receipt_number = ?, completed_at = ? WHERE id = ? AND status = 'awaiting-authorization'`)
      .run(receiptNumber, completedAt, op.id);
    if (done.changes !== 1) throw new BankError('OPERATION_ALREADY_COMPLETED', 'This operation is already completed.');
  })();
  const after = customerById(ctx, c.id)!;
  const recipients = noticeRecipients(after);
  if (op.pending.previousEmail && !recipients.includes(op.pending.previousEmail)) recipients.push(op.pending.previousEmail);
  void mailAcceptance(ctx, recipients, receiptNumber, completedAt, describeOperation(op.type, op.summary), op.id);
  return { status: 'completed', receiptNumber, completedAt: iso(completedAt) };
}

export async function resendOperationOtp(ctx: BankContext, session: Session, id: string): Promise<OtpInfo> {
  const op = loadOperation(ctx, id, session.customerId);
  assertOpen(op);
  if (!stepFactors(op).includes('mail-otp')) throw new BankError('FACTOR_NOT_AVAILABLE', 'This step does not use a mail-notified password.');
  const c = customerById(ctx, session.customerId)!;
  return issueAndMailOtp(ctx, bindingOf(op), destinationsFor(op, c), describeOperation(op.type, op.summary), { cooldown: true });
}
