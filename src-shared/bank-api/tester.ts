/**
 * The demo bank's tester controls (present only when the bank runs with BANK_TESTER_CONTROLS=1):
 * move the bank's clock, expire passwords, delay or hold mail, inject faults, lock customers, reset.
 * Paths live under /api/v1/tester; the same schemas serve the bank, the mailbox page and the tester app.
 */
import * as z from 'zod';
import { API_PREFIX } from './paths.js';

export const TESTER_PREFIX = `${API_PREFIX}/tester`;
export const TESTER_PATHS = {
  state: `${TESTER_PREFIX}/state`,
  clock: `${TESTER_PREFIX}/clock`,
  expireOtps: `${TESTER_PREFIX}/otps/expire`,
  mail: `${TESTER_PREFIX}/mail`,
  faults: `${TESTER_PREFIX}/faults`,
  lock: `${TESTER_PREFIX}/lock`,
  reset: `${TESTER_PREFIX}/reset`,
} as const;

const LoginId = z.string().trim().min(1).max(64);

/** Which requests a fault applies to. */
export const FAULT_KINDS = ['login', 'create-operation', 'authorize', 'resend', 'any'] as const;
export const FaultKind = z.enum(FAULT_KINDS);
export type FaultKind = z.infer<typeof FaultKind>;
/** 503: refuse before doing anything; drop-after-commit: do it, then close the connection unanswered. */
export const FaultMode = z.enum(['503', 'drop-after-commit']);
export type FaultMode = z.infer<typeof FaultMode>;

export const ClockRequest = z.union([
  z.strictObject({ advanceMinutes: z.number().int().min(1).max(60 * 24 * 400) }),
  z.strictObject({ toNextDay: z.literal(true) }),
  z.strictObject({ reset: z.literal(true) }),
]);
export type ClockRequest = z.infer<typeof ClockRequest>;

export const ExpireOtpsRequest = z.strictObject({ loginId: LoginId });
export type ExpireOtpsRequest = z.infer<typeof ExpireOtpsRequest>;

export const MailControlRequest = z.union([
  z.strictObject({ delaySeconds: z.number().int().min(0).max(3600) }),
  z.strictObject({ hold: z.boolean() }),
]);
export type MailControlRequest = z.infer<typeof MailControlRequest>;

export const FaultRequest = z.strictObject({
  kind: FaultKind,
  mode: FaultMode,
  /** How many requests of the kind it applies to; 0 disarms it. */
  count: z.number().int().min(0).max(100),
});
export type FaultRequest = z.infer<typeof FaultRequest>;

export const LockRequest = z.strictObject({ loginId: LoginId, locked: z.boolean() });
export type LockRequest = z.infer<typeof LockRequest>;

/** Reset to the seed data takes no options: `{}`. */
export const ResetRequest = z.strictObject({});
export const ExpireOtpsResponse = z.object({ loginId: z.string(), expired: z.number().int().min(0) });
export const LockResponse = z.object({ loginId: z.string(), locked: z.boolean(), otpLocked: z.boolean() });

export const TesterState = z.object({
  /** True while any control changes what customers would see (clock moved, mail delayed or held, faults armed). */
  active: z.boolean(),
  clockOffsetMinutes: z.number().int(),
  /** The bank's current time, as its clock (moved or not) reads. */
  bankTime: z.iso.datetime({ offset: true }),
  mail: z.object({ delaySeconds: z.number().int().min(0), held: z.boolean(), heldCount: z.number().int().min(0) }),
  faults: z.array(z.object({ kind: FaultKind, mode: FaultMode, remaining: z.number().int().min(0) })),
});
export type TesterState = z.infer<typeof TesterState>;
