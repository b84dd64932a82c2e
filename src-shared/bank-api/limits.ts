/** The daily transfer limit (振込限度額): what GET /limits answers and the limit-change operation. */
import * as z from 'zod';
import { LIMIT_CEILING_YEN, LIMIT_MIN_YEN, LIMIT_STEP_YEN } from '../domain/limits.js';
import { IsoDateTime } from './common.js';

const Amount = z.number().int().min(0).max(LIMIT_CEILING_YEN);

/** A limit a customer may ask for: whole yen, at least ¥1,000, in steps of ¥1,000 (the bank's maximum is checked by the bank). */
export const DailyLimit = z
  .number({ error: 'daily limit: a number of yen' })
  .int('daily limit: whole yen')
  .min(LIMIT_MIN_YEN, `daily limit: at least ${LIMIT_MIN_YEN} yen`)
  .max(LIMIT_CEILING_YEN, `daily limit: at most ${LIMIT_CEILING_YEN} yen`)
  .multipleOf(LIMIT_STEP_YEN, `daily limit: in steps of ${LIMIT_STEP_YEN} yen`);

/** Amounts in yen; "today" is the bank's day in Japan time. */
export const TransferLimits = z.object({
  dailyLimit: Amount,
  usedToday: Amount,
  remainingToday: Amount,
  /** The highest limit this bank lets a customer set. */
  maximum: Amount,
  /** A raise waiting for its day (Japan-time midnight), or null. */
  pendingRaise: z.object({ amount: Amount, effectiveFrom: IsoDateTime }).nullable(),
});
export type TransferLimits = z.infer<typeof TransferLimits>;

/** Lowering applies at once (confirmation password); raising needs the second factor too and applies from the next day. */
export const LimitChangeRequest = z.strictObject({
  type: z.literal('limit-change'),
  dailyLimit: DailyLimit,
});
export type LimitChangeRequest = z.infer<typeof LimitChangeRequest>;
