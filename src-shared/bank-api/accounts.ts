import * as z from 'zod';
import { AccountNumber, AccountType, BankCode, BranchCode, Id, IsoDateTime, Yen, YenAmount } from './common.js';

export const Account = z.object({
  id: Id,
  branchName: z.string(),
  type: AccountType,
  number: AccountNumber,
  balance: YenAmount.min(0),
});
export type Account = z.infer<typeof Account>;
export const AccountsResponse = z.object({ accounts: z.array(Account) });
export type AccountsResponse = z.infer<typeof AccountsResponse>;

/** What a history row is, language-neutral: each screen names it in its own language. */
export const TRANSACTION_KINDS = ['account-opened', 'salary', 'atm-withdrawal', 'transfer', 'incoming-transfer', 'fee', 'bill-payment', 'other'] as const;
export const TransactionKind = z.enum(TRANSACTION_KINDS);
export type TransactionKind = z.infer<typeof TransactionKind>;

export const Transaction = z.object({
  id: Id,
  postedAt: IsoDateTime,
  kind: TransactionKind,
  /** The other party as the bank records it (a payee's kana name, a collector, an employer), or ''. */
  detail: z.string(),
  amount: YenAmount,
  balanceAfter: YenAmount,
  receiptNumber: z.string().nullable(),
});
export type Transaction = z.infer<typeof Transaction>;

/** The query (cursor, limit, period) is in statements.ts. */
export const TransactionsResponse = z.object({
  transactions: z.array(Transaction),
  nextCursor: z.string().nullable(),
});
export type TransactionsResponse = z.infer<typeof TransactionsResponse>;

export const Payee = z.object({
  id: Id,
  name: z.string(),
  bankCode: BankCode,
  branchCode: BranchCode,
  accountType: AccountType,
  accountNumber: AccountNumber,
  bankName: z.string(),
  branchName: z.string(),
});
export type Payee = z.infer<typeof Payee>;
export const PayeesResponse = z.object({ payees: z.array(Payee) });
export type PayeesResponse = z.infer<typeof PayeesResponse>;

/** GET /api/v1/transfer-fee?bankCode=&amount= : the fee the bank will charge, shown before review. */
export const TransferFeeQuery = z.strictObject({
  bankCode: BankCode,
  amount: z.coerce.number().pipe(Yen),
});
export const TransferFeeResponse = z.object({ fee: YenAmount.min(0), sameBank: z.boolean() });
export type TransferFeeResponse = z.infer<typeof TransferFeeResponse>;
