/**
 * What the authorize form does after the bank refused a submit, pure: which passwords are asked
 * for again, where focus goes, what the code field and the confirmation field say, and what the
 * form says above them. Both passwords are cleared after every submit (components/AuthorizeStep);
 * only a code the bank did not spend is put back.
 */
import type { IpcError } from '../../src-shared/ipc/errors.js';
import type { FieldError } from './forms.js';
import { otpProblemFrom, type OtpProblem } from './otp.js';

/** Which passwords the step takes. */
export interface AuthorizeFactors { confirm: boolean; code: boolean }

/** The answer got lost: ask the bank what happened before anything is sent again. */
export const OUTCOME_UNKNOWN = new Set<IpcError['code']>(['OPERATION_OUTCOME_UNKNOWN', 'BANK_TIMEOUT', 'BANK_UNREACHABLE', 'IDEMPOTENCY_IN_PROGRESS']);
/** Errors about the money or the operation itself: the customer goes back to change something. */
export const GO_BACK = new Set<IpcError['code']>(['INSUFFICIENT_FUNDS', 'DAILY_LIMIT_EXCEEDED', 'OPERATION_VOIDED', 'OPERATION_NOT_FOUND']);

export interface AfterRefusal {
  /** The code typed is put back (the bank did not spend it). */
  keepCode: boolean;
  /** Cleared fields that were not what the bank refused: they say "type it again". */
  retype: { confirm: boolean; code: boolean };
  /** The field that was wrong, or the resend button when a new password is needed. */
  focus: 'code' | 'resend' | 'confirm' | null;
  /** The code field's problem; 'keep' leaves the one shown. */
  problem: OtpProblem | null | 'keep';
  /** The confirmation field's message. */
  confirmError: FieldError | null;
  /** What the form says above the fields. */
  pageError: IpcError | null;
}

/**
 * After a refusal. For an answer that got lost, call it only once the bank's status of the
 * operation did not show it completed.
 */
export function afterRefusal(error: IpcError, factors: AuthorizeFactors): AfterRefusal {
  const both = { confirm: factors.confirm, code: factors.code };
  if (OUTCOME_UNKNOWN.has(error.code)) {
    return { keepCode: false, retype: both, focus: null, problem: 'keep', confirmError: null, pageError: { code: error.code, message: error.message } };
  }
  const otpProblem = otpProblemFrom(error);
  if (otpProblem) {
    // A code that can be typed again: there. One that needs a new password: the resend button.
    const typeAgain = otpProblem.kind === 'invalid' || otpProblem.kind === 'token-invalid' || otpProblem.kind === 'superseded';
    return { keepCode: false, retype: { confirm: factors.confirm, code: false }, focus: typeAgain ? 'code' : 'resend', problem: otpProblem, confirmError: null, pageError: null };
  }
  if (error.code === 'OTP_ISSUE_LIMIT') {
    // Refused before this step's password was spent (the next one could not be sent): the code
    // stays for a try after the wait the window's notice states; the confirmation password is
    // typed again.
    return { keepCode: true, retype: { confirm: factors.confirm, code: false }, focus: null, problem: null, confirmError: null, pageError: error };
  }
  if (error.code === 'CONFIRMATION_PASSWORD_INVALID') {
    const confirmError: FieldError = error.attemptsLeft === undefined
      ? { key: 'auth.err.confirmInvalidNoCount' }
      : { key: 'auth.err.confirmInvalid', vars: { n: error.attemptsLeft } };
    return { keepCode: false, retype: { confirm: false, code: factors.code }, focus: 'confirm', problem: null, confirmError, pageError: null };
  }
  return { keepCode: false, retype: both, focus: null, problem: null, confirmError: null, pageError: error };
}
