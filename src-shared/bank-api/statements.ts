/** Statements by period, and the receipts of completed operations the bank keeps. */
import * as z from 'zod';
import { isCalendarDate, ISO_DATE_PATTERN } from '../domain/statement-period.js';
import { AccountNumber, AccountType, Id, IsoDateTime, OperationType } from './common.js';
import { OperationSummary } from './operations.js';

/** A Japan-time calendar date, YYYY-MM-DD. */
export const StatementDate = z
  .string()
  .regex(ISO_DATE_PATTERN, { message: 'date: YYYY-MM-DD', abort: true })
  .refine(isCalendarDate, { message: 'date: not a calendar date' });

/** GET /accounts/{id}/transactions: cursor paging, optionally within a period (both dates included). */
export const TransactionsQuery = z
  .strictObject({
    cursor: z.string().max(64).regex(/^\d+$/).optional(),
    limit: z.coerce.number().int().min(1).max(100).optional(),
    from: StatementDate.optional(),
    to: StatementDate.optional(),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    message: 'period: to is before from', path: ['to'],
  });
export type TransactionsQuery = z.infer<typeof TransactionsQuery>;

/** One completed operation as the bank recorded it: enough to show its receipt again, no secret. */
export const ReceiptRecord = z.object({
  operationId: Id,
  type: OperationType,
  receiptNumber: z.string(),
  completedAt: IsoDateTime,
  /** The account the money left (transfers, bill payments); null for changes of details. */
  fromAccount: z.object({ branchName: z.string(), type: AccountType, number: AccountNumber }).nullable(),
  summary: OperationSummary,
});
export type ReceiptRecord = z.infer<typeof ReceiptRecord>;

export const RECEIPTS_MAX = 50;
export const ReceiptsQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(RECEIPTS_MAX).optional() });
export type ReceiptsQuery = z.infer<typeof ReceiptsQuery>;
/** GET /receipts: the customer's completed operations, newest first. */
export const ReceiptsResponse = z.object({ receipts: z.array(ReceiptRecord) });
export type ReceiptsResponse = z.infer<typeof ReceiptsResponse>;
