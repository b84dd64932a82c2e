/** Sending the two kinds of mail: a fresh mail-notified password, and the acceptance notice. */
import type { OtpInfo } from '../src-shared/bank-api/index.js';
import type { BankContext } from './context.js';
import { acceptanceMail, noticeSender, otpMail, otpSender, type MailContent, type Words } from './mail-templates.js';

/** The header that names a mail's operation (its opaque id), so the mailbox page can link to it. */
export const OPERATION_HEADER = 'X-Bank-Operation';

function withOperation(mail: MailContent, operationId: string | null): MailContent {
  return operationId === null ? mail : { ...mail, headers: { ...mail.headers, [OPERATION_HEADER]: operationId } };
}
import { issueOtp, markOtpFailed, type IssueOptions, type OtpBinding } from './otp.js';

/**
 * Issues a password (voiding the earlier ones; refused when locked, over the hourly limit or, with
 * `cooldown`, too soon) and mails it; if the mail cannot go, the password is void.
 */
export async function issueAndMailOtp(ctx: BankContext, binding: OtpBinding, destinations: string[], operation: Words, o: IssueOptions = {}): Promise<OtpInfo> {
  const issued = issueOtp(ctx, binding, destinations, o);
  try {
    const mail = otpMail({ code: issued.code, reference: issued.info.reference, sentAt: issued.sentAt, expiresAt: issued.expiresAt, operation });
    await ctx.mailer.send(otpSender(), destinations, withOperation(mail, binding.operationId));
  } catch (error) {
    markOtpFailed(ctx, issued.id);
    ctx.log.error({ mail: { error: error instanceof Error ? error.message : String(error) } }, 'one-time password mail not sent');
    throw new Error('mail delivery failed', { cause: error });
  }
  ctx.log.info({ otp: { reference: issued.info.reference, purpose: binding.purpose, step: binding.step, destinations: issued.info.destinations } }, 'one-time password sent');
  return issued.info;
}

/**
 * The acceptance notice (取引受付メール), sent after the answer: it starts on the event loop's
 * next turn, once the completed operation's answer has been written. Composing it and its SMTP
 * exchange (the sink parses it on this same loop) had run between the commit and the answer, and
 * added about 1.5 ms to every authorize (bench/core-transfer.mjs). A failure is logged, not thrown.
 */
export function mailAcceptance(ctx: BankContext, recipients: string[], receiptNumber: string, completedAt: number, operation: Words, operationId: string | null = null): Promise<void> {
  if (recipients.length === 0) return Promise.resolve();
  return new Promise<void>((resolve) => setImmediate(resolve))
    .then(() => ctx.mailer.send(noticeSender(), recipients, withOperation(acceptanceMail({ receiptNumber, completedAt, operation }), operationId)))
    .catch((error: unknown) => {
      ctx.log.error({ mail: { error: error instanceof Error ? error.message : String(error) } }, 'acceptance mail not sent');
    });
}
