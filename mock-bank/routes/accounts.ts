import * as z from 'zod';
import {
  AccountsResponse, API_PREFIX, BANK_PATHS, PayeesResponse, TRANSACTION_KINDS, TransactionsQuery, TransactionsResponse, TransferFeeQuery, TransferFeeResponse,
  type TransactionKind,
} from '../../src-shared/bank-api/index.js';
import { iso, type BankContext } from '../context.js';
import { OWN_BANK_CODE, transferFee } from '../directory.js';
import { BankError } from '../errors.js';
import { defineRoute, type RouteSpec } from '../http.js';
import { periodBounds } from '../statements.js';

type TxQuery = z.infer<typeof TransactionsQuery>;
type FeeQuery = z.infer<typeof TransferFeeQuery>;

/** A stored row's kind and detail; a row from an older database (another kind) is 'other' with its text. */
function kindAndDetail(kind: string, description: string): { kind: TransactionKind; detail: string } {
  return (TRANSACTION_KINDS as readonly string[]).includes(kind) ? { kind: kind as TransactionKind, detail: description } : { kind: 'other', detail: description };
}

export function accountRoutes(ctx: BankContext): RouteSpec[] {
  return [
    defineRoute({
      method: 'GET', url: BANK_PATHS.accounts, tag: 'accounts', summary: "The customer's accounts with balances (yen)",
      auth: true, idempotent: false, responses: { 200: AccountsResponse }, errors: ['UNAUTHENTICATED', 'START_OF_USE_REQUIRED'],
      handler: ({ session }) => {
        const rows = ctx.db
          .prepare(`SELECT id, branch_name, type, number, balance FROM accounts WHERE customer_id = ? ORDER BY id`)
          .all(session!.customerId) as { id: string; branch_name: string; type: string; number: string; balance: number }[];
        // Built field by field from the table's columns, so it is checked against AccountsResponse
        // in tests (checkResponses) rather than parsed again on every request.
        const accounts = rows.map((r) => ({ id: r.id, branchName: r.branch_name, type: r.type, number: r.number, balance: r.balance }));
        return { status: 200, body: { accounts } };
      },
    }),
    defineRoute<undefined, TxQuery>({
      method: 'GET', url: `${API_PREFIX}/accounts/:id/transactions`, tag: 'accounts', summary: 'History of one account, newest first, paged by cursor; from/to (Japan-time dates, both included) within the last 13 months',
      auth: true, idempotent: false, query: TransactionsQuery,
      responses: { 200: TransactionsResponse }, errors: ['UNAUTHENTICATED', 'START_OF_USE_REQUIRED', 'VALIDATION_FAILED', 'ACCOUNT_NOT_FOUND'],
      handler: ({ session, params, query }) => {
        const owned = ctx.db.prepare(`SELECT 1 FROM accounts WHERE id = ? AND customer_id = ?`).get(params.id, session!.customerId);
        if (!owned) throw new BankError('ACCOUNT_NOT_FOUND', 'No such account.');
        const limit = query.limit ?? 50;
        const before = query.cursor === undefined ? Number.MAX_SAFE_INTEGER : Number(query.cursor);
        const [start, end] = periodBounds(query, ctx.now());
        const rows = ctx.db
          .prepare(`SELECT id, posted_at, kind, description, amount, balance_after, receipt_number FROM transactions
                    WHERE account_id = ? AND id < ? AND posted_at >= ? AND posted_at < ? ORDER BY id DESC LIMIT ?`)
          .all(params.id, before, start, end, limit + 1) as { id: number; posted_at: number; kind: string; description: string; amount: number; balance_after: number; receipt_number: string | null }[];
        const page = rows.slice(0, limit);
        return {
          status: 200,
          body: TransactionsResponse.parse({
            transactions: page.map((r) => ({
              id: `tx_${r.id}`, postedAt: iso(r.posted_at), ...kindAndDetail(r.kind, r.description), amount: r.amount, balanceAfter: r.balance_after, receiptNumber: r.receipt_number,
            })),
            nextCursor: rows.length > limit ? String(page[page.length - 1]!.id) : null,
          }),
        };
      },
    }),
    defineRoute({
      method: 'GET', url: BANK_PATHS.payees, tag: 'accounts', summary: 'Registered payees (transfers to them need the confirmation password only)',
      auth: true, idempotent: false, responses: { 200: PayeesResponse }, errors: ['UNAUTHENTICATED', 'START_OF_USE_REQUIRED'],
      handler: ({ session }) => {
        const rows = ctx.db
          .prepare(`SELECT id, name, bank_code, branch_code, account_type, account_number, bank_name, branch_name FROM payees WHERE customer_id = ? ORDER BY id`)
          .all(session!.customerId) as Record<string, string>[];
        const payees = rows.map((r) => ({
          id: r.id, name: r.name, bankCode: r.bank_code, branchCode: r.branch_code, accountType: r.account_type,
          accountNumber: r.account_number, bankName: r.bank_name, branchName: r.branch_name,
        }));
        return { status: 200, body: PayeesResponse.parse({ payees }) };
      },
    }),
    defineRoute<undefined, FeeQuery>({
      method: 'GET', url: BANK_PATHS.transferFee, tag: 'accounts', summary: 'The fee a transfer of this amount to this bank costs',
      auth: true, idempotent: false, query: TransferFeeQuery,
      responses: { 200: TransferFeeResponse }, errors: ['UNAUTHENTICATED', 'START_OF_USE_REQUIRED', 'VALIDATION_FAILED'],
      handler: ({ query }) => ({
        status: 200,
        body: TransferFeeResponse.parse({ fee: transferFee(query.bankCode, query.amount), sameBank: query.bankCode === OWN_BANK_CODE }),
      }),
    }),
  ];
}
