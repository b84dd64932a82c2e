/** GET /receipts: the customer's completed operations, newest first, to show a receipt again. */
import type * as z from 'zod';
import { BANK_PATHS, ReceiptsQuery, ReceiptsResponse, type ReceiptRecord } from '../../src-shared/bank-api/index.js';
import { iso, type BankContext } from '../context.js';
import { defineRoute, type RouteSpec } from '../http.js';

type Query = z.infer<typeof ReceiptsQuery>;
interface Row { id: string; type: ReceiptRecord['type']; request: string; summary: string; receipt_number: string; completed_at: number }
interface AccountRow { branch_name: string; type: 'ordinary' | 'current' | 'savings'; number: string }

export function receiptRoutes(ctx: BankContext): RouteSpec[] {
  return [
    defineRoute<undefined, Query>({
      method: 'GET', url: BANK_PATHS.receipts, tag: 'operations',
      summary: 'Receipts of the completed operations, newest first (limit, default 20): receipt number, time, account and summary, no secret',
      auth: true, idempotent: false, query: ReceiptsQuery,
      responses: { 200: ReceiptsResponse }, errors: ['UNAUTHENTICATED', 'START_OF_USE_REQUIRED', 'VALIDATION_FAILED'],
      handler: ({ session, query }) => {
        const customerId = session!.customerId;
        const rows = ctx.db
          .prepare(`SELECT id, type, request, summary, receipt_number, completed_at FROM operations
                    WHERE customer_id = ? AND status = 'completed' AND receipt_number IS NOT NULL AND completed_at IS NOT NULL
                    ORDER BY completed_at DESC, rowid DESC LIMIT ?`)
          .all(customerId, query.limit ?? 20) as Row[];
        const account = ctx.db.prepare(`SELECT branch_name, type, number FROM accounts WHERE id = ? AND customer_id = ?`);
        const receipts = rows.map((r) => {
          const request = JSON.parse(r.request) as { fromAccountId?: string };
          const acc = request.fromAccountId ? (account.get(request.fromAccountId, customerId) as AccountRow | undefined) : undefined;
          return {
            operationId: r.id, type: r.type, receiptNumber: r.receipt_number, completedAt: iso(r.completed_at),
            fromAccount: acc ? { branchName: acc.branch_name, type: acc.type, number: acc.number } : null,
            summary: JSON.parse(r.summary) as unknown,
          };
        });
        return { status: 200, body: ReceiptsResponse.parse({ receipts }) };
      },
    }),
  ];
}
