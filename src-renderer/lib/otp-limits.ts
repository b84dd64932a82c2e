/**
 * The bank's per-customer limits on one-time passwords, as the screens show them; pure.
 * - 423 OTP_LOCKED: too many wrong one-time passwords; every protected operation is stopped until
 *   the customer calls the bank. The screens that would ask for a password show a locked panel.
 * - 429 OTP_ISSUE_LIMIT with retryAfter: too many passwords sent within the hour; the screens show
 *   when the next can be sent and keep what was typed.
 */
import type { IpcError } from '../../src-shared/ipc/errors.js';

/** A bank that says "too many" without saying how long: the customer is told to wait this long. */
export const ISSUE_WAIT_FALLBACK_S = 60;
/** No believable wait is longer than the hour the issue limit counts. */
const ISSUE_WAIT_MAX_S = 3600;

export function isOtpLocked(error: Pick<IpcError, 'code'>): boolean {
  return error.code === 'OTP_LOCKED';
}

/** When a new password may be asked for, on this computer's clock, or null when the error is another. */
export function issueWaitUntil(error: Pick<IpcError, 'code' | 'retryAfter'>, nowMs: number): number | null {
  if (error.code !== 'OTP_ISSUE_LIMIT') return null;
  const seconds = Math.min(ISSUE_WAIT_MAX_S, Math.max(0, error.retryAfter ?? ISSUE_WAIT_FALLBACK_S));
  return nowMs + seconds * 1000;
}

export interface IssueWait {
  /** Whole seconds left, rounded up; 0 once the wait is over. */
  secondsLeft: number;
  over: boolean;
  /** The moment the wait ends, for "from 14:05 (Japan time)". */
  at: Date;
}

export function issueWait(untilMs: number, nowMs: number): IssueWait {
  const leftMs = Math.max(0, untilMs - nowMs);
  return { secondsLeft: Math.ceil(leftMs / 1000), over: leftMs <= 0, at: new Date(untilMs) };
}

/** Two waits told one after the other: the later end stands (a second refusal never shortens it). */
export function laterWait(current: number | null, next: number | null): number | null {
  if (next === null) return current;
  return current === null ? next : Math.max(current, next);
}

/**
 * What the app believes about the lock after something happened: the bank's refusal says locked;
 * GET /me says locked or not when it reports it (an older bank does not); any other answer changes
 * nothing (a refusal for another reason does not lift the lock, and a success cannot happen while it holds).
 */
export type LockEvidence = { kind: 'error'; code: IpcError['code'] } | { kind: 'me'; otpLocked?: boolean | undefined };

export function lockedAfter(current: boolean, evidence: LockEvidence): boolean {
  if (evidence.kind === 'error') return current || evidence.code === 'OTP_LOCKED';
  return evidence.otpLocked ?? current;
}

/**
 * Settings pages that ask for a one-time password (the others — language, remembered ID, about — never do).
 * The transfer limit's page is one: a raise asks for it, and the bank refuses every change while locked.
 */
export const PASSWORD_SETTINGS = ['email', 'select', 'destinations', 'token-start', 'token-release', 'limit'] as const;

export function settingAsksForPassword(page: string): boolean {
  return (PASSWORD_SETTINGS as readonly string[]).includes(page);
}

// Built at first use, not when the login screen loads: building an Intl formatter costs more than
// the whole form's first render.
let japanClockFormat: Intl.DateTimeFormat | undefined;

/** "14:05:30": the time of day in Japan, as the bank's mails and screens state times. */
export function japanClock(at: Date): string {
  japanClockFormat ??= new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Tokyo', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
  return japanClockFormat.format(at);
}
