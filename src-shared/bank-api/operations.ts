import * as z from 'zod';
import { isNormalizedPayeeName, PAYEE_NAME_MAX } from '../domain/account.js';
import {
  AccountNumber, AccountType, BankCode, BranchCode, EmailAddress, Factor, Id, IsoDateTime,
  OperationStatus, OperationType, OtpCode, OtpInfo, PasswordInput, Yen, YenAmount,
} from './common.js';
import { LoginNoticeChangeRequest } from './logins.js';
import { LimitChangeRequest } from './limits.js';

/** A payee name already normalized to transfer form (half-width kana, upper-case Latin). */
export const PayeeName = z
  .string()
  .min(1)
  .max(PAYEE_NAME_MAX)
  .refine(isNormalizedPayeeName, { message: 'payee name: half-width katakana, A-Z, 0-9 and ( ) . , - / only' });

export const AdHocPayee = z.strictObject({
  bankCode: BankCode,
  branchCode: BranchCode,
  accountType: AccountType,
  accountNumber: AccountNumber,
  name: PayeeName,
});
export type AdHocPayee = z.infer<typeof AdHocPayee>;

/**
 * A transfer names either a registered payee (`payeeId`, confirmation password only) or an ad-hoc
 * payee (`payee`, 都度振込: second factor too) — exactly one of the two.
 */
export const TransferRequest = z
  .strictObject({
    type: z.literal('transfer'),
    fromAccountId: Id,
    amount: Yen,
    payeeId: Id.optional(),
    payee: AdHocPayee.optional(),
  })
  .refine((t) => (t.payeeId === undefined) !== (t.payee === undefined), {
    message: 'transfer: give either payeeId (registered payee) or payee (new payee), not both',
    path: ['payeeId'],
  });
export type TransferRequest = z.infer<typeof TransferRequest>;
export const BillPaymentRequest = z.strictObject({
  type: z.literal('bill-payment'),
  fromAccountId: Id,
  amount: Yen,
  collectorNumber: z.string().regex(/^\d{5}$/, 'collector number (収納機関番号): 5 digits'),
  customerNumber: z.string().regex(/^\d{1,20}$/, 'customer number (お客様番号): up to 20 digits'),
  confirmationNumber: z.string().regex(/^\d{1,6}$/, 'confirmation number (確認番号): up to 6 digits'),
});
export const EmailChangeRequest = z.strictObject({
  type: z.literal('email-change'),
  newEmail: EmailAddress,
  acknowledgeFreeMail: z.boolean().optional(),
});
const SlotNo = z.union([z.literal(1), z.literal(2)]);
export const SelectEmailChangeRequest = z.strictObject({
  type: z.literal('select-email-change'),
  slots: z
    .array(z.strictObject({ slot: SlotNo, use: z.boolean(), address: EmailAddress.optional(), acknowledgeFreeMail: z.boolean().optional() }))
    .length(2)
    .refine((s) => s[0]?.slot === 1 && s[1]?.slot === 2, { message: 'slots: give slot 1 then slot 2' })
    .refine((s) => s.every((x) => !x.use || x.address !== undefined), { message: 'slots: an address is required for a slot in use' }),
});
/** For Select addresses 1 and 2: whether each is a destination of mail-notified passwords. */
export const OtpDestinationChoice = z
  .array(z.strictObject({ slot: SlotNo, use: z.boolean() }))
  .length(2)
  .refine((s) => s[0]?.slot === 1 && s[1]?.slot === 2, { message: 'destinations: give slot 1 then slot 2' });
export type OtpDestinationChoice = z.infer<typeof OtpDestinationChoice>;
/**
 * `destinations` may be left out: the operation is then created first (the current password goes
 * out at once) and the choice comes with step 1's authorize, as the bank's own screen takes the
 * choice and the current password together.
 */
export const OtpDestinationChangeRequest = z.strictObject({
  type: z.literal('otp-destination-change'),
  destinations: OtpDestinationChoice.optional(),
});
export const TokenStartRequest = z.strictObject({ type: z.literal('token-start') });
export const TokenReleaseRequest = z.strictObject({ type: z.literal('token-release') });

export const CreateOperationRequest = z.discriminatedUnion('type', [
  TransferRequest,
  BillPaymentRequest,
  EmailChangeRequest,
  SelectEmailChangeRequest,
  OtpDestinationChangeRequest,
  TokenStartRequest,
  TokenReleaseRequest,
  LoginNoticeChangeRequest,
  LimitChangeRequest,
]);
export type CreateOperationRequest = z.infer<typeof CreateOperationRequest>;

/** What the customer is about to authorize, in words the screens and mails can show. */
export const OperationSummary = z.object({
  amount: YenAmount.optional(),
  fee: YenAmount.optional(),
  payeeName: z.string().optional(),
  payeeBankName: z.string().optional(),
  /** The payee's bank code and branch name apart, so the bank's own name can be shown in each language. */
  payeeBankCode: BankCode.optional(),
  payeeBranchName: z.string().optional(),
  payeeAccountMasked: z.string().optional(),
  /** The same account without words, so a screen can name the type in its own language. */
  payeeAccountType: AccountType.optional(),
  payeeAccountNumberMasked: z.string().max(16).optional(),
  collectorName: z.string().optional(),
  newEmailMasked: z.string().optional(),
  /** limit-change: the new daily limit, and from when it applies (null: at once). */
  dailyLimit: YenAmount.optional(),
  limitEffectiveFrom: IsoDateTime.nullable().optional(),
});
export type OperationSummary = z.infer<typeof OperationSummary>;

export const CreateOperationResponse = z.object({
  id: Id,
  type: OperationType,
  status: z.literal('awaiting-authorization'),
  step: z.number().int().min(1),
  factors: z.array(Factor),
  otp: OtpInfo.optional(),
  summary: OperationSummary,
});
export type CreateOperationResponse = z.infer<typeof CreateOperationResponse>;

export const AuthorizeRequest = z.strictObject({
  confirmationPassword: PasswordInput.optional(),
  mailOtp: OtpCode.optional(),
  tokenOtp: OtpCode.optional(),
  /** Step 1 of an otp-destination-change created without destinations: the choice, checked there. */
  destinations: OtpDestinationChoice.optional(),
});
export type AuthorizeRequest = z.infer<typeof AuthorizeRequest>;

export const AuthorizeCompleted = z.object({
  status: z.literal('completed'),
  receiptNumber: z.string(),
  completedAt: IsoDateTime,
});
export const AuthorizeNextStep = z.object({
  status: z.literal('awaiting-authorization'),
  step: z.number().int().min(2),
  factors: z.array(Factor),
  otp: OtpInfo.optional(),
  /** token-start only: the otpauth:// URI, shown once so the customer can enroll the app. */
  provisioningUri: z.string().startsWith('otpauth://').optional(),
});
export const AuthorizeResponse = z.discriminatedUnion('status', [AuthorizeCompleted, AuthorizeNextStep]);
export type AuthorizeResponse = z.infer<typeof AuthorizeResponse>;

export const ResendOtpResponse = z.object({ otp: OtpInfo });
export type ResendOtpResponse = z.infer<typeof ResendOtpResponse>;

export const OperationState = z.object({
  id: Id,
  type: OperationType,
  status: OperationStatus,
  step: z.number().int().min(1),
  factors: z.array(Factor),
  summary: OperationSummary,
  createdAt: IsoDateTime,
  receiptNumber: z.string().nullable(),
  completedAt: IsoDateTime.nullable(),
});
export type OperationState = z.infer<typeof OperationState>;
