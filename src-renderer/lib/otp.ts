/** The one-time password prompt's logic, pure: the countdown and what a bank error means for it. */
import type { OtpInfo } from '../../src-shared/bank-api/common.js';
import type { IpcError } from '../../src-shared/ipc/errors.js';

export interface OtpClock { secondsLeft: number; fraction: number; expired: boolean }

/**
 * When the password stops working, on this computer's clock. The lifetime comes from the bank's own
 * two times (so a wrong PC clock does not matter); the time since sending is taken off only while
 * the two clocks roughly agree.
 */
export function otpDeadline(info: Pick<OtpInfo, 'sentAt' | 'expiresAt'>, receivedAtMs: number): number {
  const sent = Date.parse(info.sentAt);
  const lifetime = Math.max(0, Date.parse(info.expiresAt) - sent);
  const inTransit = receivedAtMs - sent;
  const correction = inTransit > 0 && inTransit < 60_000 ? inTransit : 0;
  return receivedAtMs + lifetime - correction;
}

export function otpClock(info: Pick<OtpInfo, 'sentAt' | 'expiresAt'>, receivedAtMs: number, nowMs: number): OtpClock {
  const lifetime = Math.max(1, Date.parse(info.expiresAt) - Date.parse(info.sentAt));
  const leftMs = Math.max(0, otpDeadline(info, receivedAtMs) - nowMs);
  return { secondsLeft: Math.ceil(leftMs / 1000), fraction: Math.min(1, leftMs / lifetime), expired: leftMs <= 0 };
}

/** What went wrong with an entered code, as the prompt shows it. */
export type OtpProblem =
  | { kind: 'format' }
  | { kind: 'invalid'; attemptsLeft?: number }
  | { kind: 'token-invalid'; attemptsLeft?: number }
  | { kind: 'expired' }
  /** An earlier mail's code: the password named `reference` (the newest) still works. */
  | { kind: 'superseded'; reference?: string }
  /** A password sent for something else voided this step's: none works, a new one must be sent. */
  | { kind: 'replaced' }
  | { kind: 'exceeded' };

/** The prompt's problem for a bank error, or null when the error is not about the code. */
export function otpProblemFrom(error: IpcError): OtpProblem | null {
  const left = error.attemptsLeft === undefined ? {} : { attemptsLeft: error.attemptsLeft };
  switch (error.code) {
    case 'OTP_INVALID': return { kind: 'invalid', ...left };
    case 'TOKEN_OTP_INVALID': return { kind: 'token-invalid', ...left };
    case 'OTP_EXPIRED': return { kind: 'expired' };
    case 'OTP_SUPERSEDED':
      if (error.currentReference === null) return { kind: 'replaced' };
      return error.currentReference === undefined ? { kind: 'superseded' } : { kind: 'superseded', reference: error.currentReference };
    case 'OTP_ATTEMPTS_EXCEEDED': return { kind: 'exceeded' };
    default: return null;
  }
}

/** Whether the code can still be entered, or the customer must have a new one sent first. */
export type OtpPhase = 'enter' | 'expired' | 'superseded' | 'replaced' | 'exceeded';

export function otpPhase(problem: OtpProblem | null, clockExpired: boolean): OtpPhase {
  if (problem?.kind === 'exceeded') return 'exceeded';
  if (problem?.kind === 'superseded') return 'superseded';
  if (problem?.kind === 'replaced') return 'replaced';
  if (problem?.kind === 'expired' || clockExpired) return 'expired';
  return 'enter';
}
