/** Building blocks shared by the bank API schemas. */
import * as z from 'zod';
import { ACCOUNT_TYPES } from '../domain/account.js';
import { ERROR_CODES } from '../domain/errors.js';
import { MAX_TRANSFER_YEN, MIN_TRANSFER_YEN } from '../domain/money.js';
import { CHANNELS, FACTORS, TOKEN_STATES } from '../domain/second-factor.js';
import { OPERATION_STATUSES, OPERATION_TYPES } from '../domain/operations.js';
import { classifyEmail } from '../domain/email-policy.js';
import { PASSWORD_MAX } from '../domain/passwords.js';

export const IsoDateTime = z.iso.datetime({ offset: true });
export const Channel = z.enum(CHANNELS);
export const TokenState = z.enum(TOKEN_STATES);
export const Factor = z.enum(FACTORS);
export const AccountType = z.enum(ACCOUNT_TYPES);
export const OperationType = z.enum(OPERATION_TYPES);
export const OperationStatus = z.enum(OPERATION_STATUSES);

/** Integer yen within the per-transfer limits. */
export const Yen = z.number().int().min(MIN_TRANSFER_YEN).max(MAX_TRANSFER_YEN);
/** A balance or history amount: integer yen, any sign. */
export const YenAmount = z.number().int().safe();

export const BankCode = z.string().regex(/^\d{4}$/, 'bank code: 4 digits');
export const BranchCode = z.string().regex(/^\d{3}$/, 'branch code: 3 digits');
export const AccountNumber = z.string().regex(/^\d{7}$/, 'account number: 7 digits');
export const Id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);

/** Passwords as typed at login: bounded, printable; the policy itself is checked where one is set. */
export const PasswordInput = z.string().min(1).max(PASSWORD_MAX * 4);
export const OtpCode = z.string().regex(/^\d{6}$/, 'one-time password: 6 digits');

/** An address the bank can deliver to (practical RFC 5321 rules, ASCII only). */
export const EmailAddress = z
  .string()
  .max(254)
  .refine((s) => classifyEmail(s).valid && classifyEmail(s).normalized === s, {
    message: 'e-mail address: not deliverable (ASCII, user@domain, no IDN)',
  });

/** What the screen needs to match a mail: 4-digit reference, send time, expiry, masked destinations. */
export const OtpInfo = z.object({
  reference: z.string().regex(/^\d{4}$/),
  sentAt: IsoDateTime,
  expiresAt: IsoDateTime,
  destinations: z.array(z.string().max(260)).min(1),
  /** From when the bank sends another password for this step (its resend cooldown). Optional: a bank may not say. */
  resendAvailableAt: IsoDateTime.optional(),
});
export type OtpInfo = z.infer<typeof OtpInfo>;

export const ValidationIssue = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
  code: z.string().optional(),
});

/** What an error may say besides its code and message; the bank sends them and IPC passes them on. */
export const ErrorExtras = z.object({
  issues: z.array(ValidationIssue).optional(),
  /** Wrong passwords left before the lock. */
  attemptsLeft: z.number().int().min(0).optional(),
  /** Seconds to wait before asking again (OTP_RESEND_TOO_SOON, OTP_ISSUE_LIMIT). */
  retryAfter: z.number().int().min(0).optional(),
  /**
   * OTP_SUPERSEDED only: the reference of this step's password that still works (the customer
   * typed an earlier mail's code), or null when none does (a newer password was sent for
   * something else: a new one must be sent). Absent: the bank does not say.
   */
  currentReference: z.string().regex(/^\d{4}$/).nullable().optional(),
  /** DAILY_LIMIT_EXCEEDED: how much may still be transferred today, in yen. */
  remainingToday: z.number().int().min(0).optional(),
});
export type ErrorExtras = z.infer<typeof ErrorExtras>;

/**
 * One error: a code from the shared list, a message for the log, and the extras. The bank's error
 * body wraps it; an IPC answer carries it as is (IpcError).
 */
export const ErrorDetail = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  ...ErrorExtras.shape,
});
export type ErrorDetail = z.infer<typeof ErrorDetail>;

export const ErrorBody = z.object({ error: ErrorDetail });
export type ErrorBody = z.infer<typeof ErrorBody>;

export const Health = z.object({ status: z.literal('ok') });
