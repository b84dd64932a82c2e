import { z } from 'zod';
import { ERROR_CODES } from '../domain/errors.js';
import { ValidationIssue } from '../bank-api/common.js';

/** The typed error every IPC call may answer with, instead of throwing across the bridge. */
export const IpcError = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  issues: z.array(ValidationIssue).optional(),
  attemptsLeft: z.number().int().min(0).optional(),
  retryAfter: z.number().int().min(0).optional(),
  /** OTP_SUPERSEDED: this step's password that still works, null for none (see ErrorBody). */
  currentReference: z.string().regex(/^\d{4}$/).nullable().optional(),
  /** DAILY_LIMIT_EXCEEDED: how much may still be transferred today, in yen. */
  remainingToday: z.number().int().min(0).optional(),
});
export type IpcError = z.infer<typeof IpcError>;

/** An IPC answer: the channel's response, or a typed error. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export function ipcResultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: IpcError }),
  ]);
}
