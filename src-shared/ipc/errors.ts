import * as z from 'zod';
import { ErrorDetail } from '../bank-api/common.js';

/**
 * The typed error every IPC call may answer with, instead of throwing across the bridge: the same
 * schema as the error inside the bank's ErrorBody, so the bank's extras pass through unchanged.
 */
export const IpcError = ErrorDetail;
export type IpcError = z.infer<typeof IpcError>;

/** An IPC answer: the channel's response, or a typed error. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export function ipcResultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: IpcError }),
  ]);
}
