import {
  BANK_PATHS, ResendOtpResponse, StartOfUseRequest, StartOfUseResponse, StartOfUseVerifyRequest, StartOfUseVerifyResponse,
} from '../../src-shared/bank-api/index.js';
import { classifyEmail, passwordProblems } from '../../src-shared/domain/index.js';
import type { BankContext } from '../context.js';
import { hashPassword } from '../crypto.js';
import { customerById } from '../customers.js';
import { BankError } from '../errors.js';
import { defineRoute, type RouteSpec } from '../http.js';
import { describeOperation } from '../mail-templates.js';
import { issueAndMailOtp } from '../notices.js';
import { checkOtp, consumeOtp, resendTooSoon, resendWaitSeconds, type OtpBinding } from '../otp.js';
import { assertCanIssue, assertNotOtpLocked } from '../otp-limits.js';

const binding = (customerId: number): OtpBinding => ({ customerId, purpose: 'start-of-use', operationId: null, step: 1 });
const words = describeOperation('start-of-use', {});

function pending(ctx: BankContext, customerId: number) {
  return ctx.db.prepare(`SELECT login_pw_hash, confirm_pw_hash, email FROM pending_start_of_use WHERE customer_id = ?`).get(customerId) as
    | { login_pw_hash: string; confirm_pw_hash: string; email: string }
    | undefined;
}

function requireNotDone(ctx: BankContext, customerId: number): void {
  if (customerById(ctx, customerId)?.startOfUseDone) throw new BankError('START_OF_USE_ALREADY_DONE', 'The start-of-use procedure is already done.');
}

function policyIssues(field: string, password: string): { path: string[]; message: string; code: string }[] {
  return passwordProblems(password).map((rule) => ({ path: [field], message: `password rule broken: ${rule}`, code: rule }));
}

function mayIssue(ctx: BankContext, customerId: number): void {
  assertNotOtpLocked(ctx, customerId);
  const wait = resendWaitSeconds(ctx, binding(customerId));
  if (wait > 0) throw resendTooSoon(wait);
  assertCanIssue(ctx, customerId);
}

export function startOfUseRoutes(ctx: BankContext): RouteSpec[] {
  const common = { tag: 'start-of-use', auth: true, idempotent: true, beforeStartOfUse: true } as const;
  return [
    defineRoute<StartOfUseRequest>({
      ...common, method: 'POST', url: BANK_PATHS.startOfUse,
      summary: 'Set the new login password, the confirmation password and the address; a password is mailed there',
      body: StartOfUseRequest, responses: { 202: StartOfUseResponse },
      errors: ['VALIDATION_FAILED', 'IDEMPOTENCY_KEY_REQUIRED', 'PASSWORD_POLICY', 'FREE_MAIL_NOT_ACKNOWLEDGED', 'START_OF_USE_ALREADY_DONE', 'UNAUTHENTICATED',
        'OTP_RESEND_TOO_SOON', 'OTP_ISSUE_LIMIT', 'OTP_LOCKED'],
      handler: async ({ session, body }) => {
        const customerId = session!.customerId;
        requireNotDone(ctx, customerId);
        const issues = [...policyIssues('newLoginPassword', body.newLoginPassword), ...policyIssues('confirmationPassword', body.confirmationPassword)];
        if (body.newLoginPassword === body.confirmationPassword) {
          issues.push({ path: ['confirmationPassword'], message: 'the confirmation password must differ from the login password', code: 'same-as-login' });
        }
        if (issues.length) throw new BankError('PASSWORD_POLICY', 'Passwords: 8–32 characters with letters and digits; the two must differ.', { issues });
        const kind = classifyEmail(body.email);
        if (kind.valid && kind.requiresAcknowledgement && body.acknowledgeFreeMail !== true) {
          throw new BankError('FREE_MAIL_NOT_ACKNOWLEDGED', 'Free or cloud mail: confirm that you understand the risk (acknowledgeFreeMail: true).');
        }
        // The same limits as every other mail: cooldown, hourly issue limit, lock. Checked here to
        // spare the hashing, and again atomically with the issue.
        mayIssue(ctx, customerId);
        const [loginHash, confirmHash] = await Promise.all([hashPassword(body.newLoginPassword), hashPassword(body.confirmationPassword)]);
        const otp = await issueAndMailOtp(ctx, binding(customerId), [body.email], words, {
          cooldown: true,
          alongside: () => ctx.db.prepare(`INSERT OR REPLACE INTO pending_start_of_use (customer_id, login_pw_hash, confirm_pw_hash, email, created_at) VALUES (?, ?, ?, ?, ?)`)
            .run(customerId, loginHash, confirmHash, body.email, ctx.now()),
        });
        return { status: 202, body: StartOfUseResponse.parse({ otp }) };
      },
    }),
    defineRoute({
      ...common, method: 'POST', url: BANK_PATHS.startOfUseOtp, summary: 'Send a new password to the address being registered',
      responses: { 201: ResendOtpResponse },
      errors: ['IDEMPOTENCY_KEY_REQUIRED', 'OTP_RESEND_TOO_SOON', 'OTP_ISSUE_LIMIT', 'OTP_LOCKED', 'FACTOR_NOT_AVAILABLE', 'START_OF_USE_ALREADY_DONE', 'UNAUTHENTICATED'],
      handler: async ({ session }) => {
        const customerId = session!.customerId;
        requireNotDone(ctx, customerId);
        const p = pending(ctx, customerId);
        if (!p) throw new BankError('FACTOR_NOT_AVAILABLE', 'Register an address first.');
        const otp = await issueAndMailOtp(ctx, binding(customerId), [p.email], words, { cooldown: true });
        return { status: 201, body: ResendOtpResponse.parse({ otp }) };
      },
    }),
    defineRoute<StartOfUseVerifyRequest>({
      ...common, method: 'POST', url: BANK_PATHS.startOfUseVerify, summary: 'Prove the address receives mail: enter the mailed password',
      body: StartOfUseVerifyRequest, responses: { 200: StartOfUseVerifyResponse },
      errors: ['VALIDATION_FAILED', 'IDEMPOTENCY_KEY_REQUIRED', 'OTP_INVALID', 'OTP_EXPIRED', 'OTP_SUPERSEDED', 'OTP_ATTEMPTS_EXCEEDED', 'OTP_LOCKED', 'FACTOR_NOT_AVAILABLE', 'START_OF_USE_ALREADY_DONE'],
      handler: ({ session, body }) => {
        const customerId = session!.customerId;
        requireNotDone(ctx, customerId);
        const p = pending(ctx, customerId);
        if (!p) throw new BankError('FACTOR_NOT_AVAILABLE', 'Register an address first.');
        const otpId = checkOtp(ctx, binding(customerId), body.mailOtp);
        ctx.db.transaction(() => {
          if (!consumeOtp(ctx, otpId)) throw new BankError('OTP_SUPERSEDED', 'A newer password was sent; use the newest mail.');
          ctx.db.prepare(`UPDATE customers SET login_pw_hash = ?, confirm_pw_hash = ?, email = ?, start_of_use_done = 1, failed_attempts = 0 WHERE id = ?`)
            .run(p.login_pw_hash, p.confirm_pw_hash, p.email, customerId);
          ctx.db.prepare(`DELETE FROM pending_start_of_use WHERE customer_id = ?`).run(customerId);
        })();
        return { status: 200, body: StartOfUseVerifyResponse.parse({ startOfUseRequired: false }) };
      },
    }),
  ];
}
