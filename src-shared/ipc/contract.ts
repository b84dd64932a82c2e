/**
 * The IPC contract: every action the renderer may ask of the main process, with the schema of its
 * request and of its response. The preload bridge, the browser host and the main handlers are all
 * generated from this one table; a channel not listed here does not exist.
 */
import * as z from 'zod';
import {
  AccountsResponse, AuthorizeResponse, CreateOperationRequest, CreateOperationResponse, EmailAddress, OtpDestinationChoice,
  Id, Me, OperationState, OtpCode, OtpInfo, PasswordInput, PayeesResponse, TransactionsResponse,
  TransferFeeResponse, BankCode, Yen, DemoCustomers, BanksQuery, BanksResponse, BranchLookup, BranchesResponse, TesterState, ReceiptsResponse, StatementDate,
} from '../bank-api/index.js';
import { LoginHistoryResponse, LoginNoticeResponse } from '../bank-api/logins.js';
import { TransferLimits } from '../bank-api/limits.js';
import { BankProfile } from '../bank-profile/profile.js';
import { PrintRequest, SaveOutcome, StatementPeriodRequest } from './statements.js';

export const Language = z.enum(['ja', 'en']);
export type Language = z.infer<typeof Language>;

/** Identifies one intention of the customer (one press of "confirm"); retries reuse it. */
export const IntentId = z.string().regex(/^[A-Za-z0-9_-]{8,128}$/);

export const SessionState = z.enum(['logged-out', 'start-of-use-required', 'ready']);
export type SessionState = z.infer<typeof SessionState>;

/** Which program serves the window: the Electron app or the browser host. */
export const HostKind = z.enum(['electron', 'browser']);
export type HostKind = z.infer<typeof HostKind>;

export const KeychainStatus = z.enum(['available', 'unavailable', 'disabled-kiosk']);
export type KeychainStatus = z.infer<typeof KeychainStatus>;

/** What a login did with the login ID: "unavailable" once when the keychain is missing. */
export const RememberOutcome = z.enum(['remembered', 'forgotten', 'unchanged', 'unavailable']);
export type RememberOutcome = z.infer<typeof RememberOutcome>;

export const Preferences = z.object({
  rememberedLoginId: z.string().nullable(),
  language: Language,
  lastAccountId: z.string().nullable(),
  keychain: KeychainStatus,
});
export type Preferences = z.infer<typeof Preferences>;

const Empty = z.strictObject({});
const Done = z.object({});

export const contract = {
  'app.info': {
    request: Empty,
    response: z.object({
      version: z.string(),
      profile: BankProfile,
      kiosk: z.boolean(),
      testBuild: z.boolean(),
      host: HostKind,
      /** Tester builds only: the demo bank's seed customers for the login screen. */
      demoCustomers: DemoCustomers.optional(),
      /** Tester builds only: the demo bank's tester controls in force, as last read (absent until read). */
      testerState: TesterState.optional(),
      /** Kiosks only: whether the kiosk file allows printing to the branch printer (kiosk.json allowPrinting). */
      allowPrinting: z.boolean().optional(),
      /** Kiosks only: the languages this terminal offers (all of them when absent). */
      languages: z.array(Language).min(1).optional(),
    }),
  },
  'session.login': {
    request: z.strictObject({
      loginId: z.string().trim().min(1).max(64),
      password: PasswordInput,
      rememberId: z.boolean(),
    }),
    response: z.object({
      state: SessionState,
      /** Whether the login ID was remembered as asked. */
      remember: RememberOutcome,
    }),
  },
  'session.logout': { request: Empty, response: Done },
  'session.state': {
    request: Empty,
    response: z.object({
      state: SessionState,
      /** Seconds without activity until the automatic logout. */
      idleTimeoutSeconds: z.number().int().positive(),
      /** Seconds without activity until the warning (below the timeout); the warning counts down the rest. */
      idleWarningSeconds: z.number().int().positive(),
    }),
  },
  /** The customer did something: restarts the idle timer (the renderer calls it, throttled). */
  'session.activity': { request: Empty, response: Done },
  'startOfUse.submit': {
    request: z.strictObject({
      newLoginPassword: PasswordInput,
      confirmationPassword: PasswordInput,
      email: EmailAddress,
      acknowledgeFreeMail: z.boolean(),
      /** Optional: the intention this call belongs to; a retry with the same id is answered once. */
      intentId: IntentId.optional(),
    }),
    response: z.object({ otp: OtpInfo }),
  },
  'startOfUse.resendOtp': { request: z.strictObject({ intentId: IntentId.optional() }), response: z.object({ otp: OtpInfo }) },
  'startOfUse.verify': { request: z.strictObject({ mailOtp: OtpCode, intentId: IntentId.optional() }), response: z.object({ state: SessionState }) },
  'customer.me': { request: Empty, response: Me },
  /** The last logins (newest first, this one marked) and the one before this session's (前回ログイン日時). */
  'customer.logins': { request: Empty, response: LoginHistoryResponse },
  /** Login notice mails back on: needs nothing extra. (Switching them off is operations.create with login-notice-change.) */
  'customer.loginNoticeOn': { request: z.strictObject({ intentId: IntentId.optional() }), response: LoginNoticeResponse },
  'accounts.list': { request: Empty, response: AccountsResponse },
  'accounts.transactions': {
    request: z.strictObject({
      accountId: Id, cursor: z.string().max(64).regex(/^\d+$/).optional(),
      /** A period (Japan-time dates, both included); the bank refuses one outside its 13 months. */
      from: StatementDate.optional(), to: StatementDate.optional(),
    }),
    response: TransactionsResponse,
  },
  /** The period's statement as a CSV file: saved by main (Electron) or offered as a download (browser host). Never in a kiosk. */
  'statements.exportCsv': { request: StatementPeriodRequest, response: SaveOutcome },
  /** Print the page on screen to PDF (not in a kiosk) or to the printer (a kiosk only when its file allows printing). */
  'print.page': { request: PrintRequest, response: SaveOutcome },
  /** The receipts of the customer's recent completed operations, newest first. */
  'receipts.list': { request: Empty, response: ReceiptsResponse },
  'payees.list': { request: Empty, response: PayeesResponse },
  /** The daily transfer limit: in force, used and left today (Japan time), the bank's maximum, a raise waiting. */
  'limits.get': { request: Empty, response: TransferLimits },
  'transfers.fee': { request: z.strictObject({ bankCode: BankCode, amount: Yen }), response: TransferFeeResponse },
  /** The bank directory: a bank by code (`code`) or by name or reading (`q`), exactly one of the two. */
  'directory.banks': { request: BanksQuery, response: BanksResponse },
  /** One bank's branches by code or by name or reading; UNKNOWN_BANK for a bank the directory does not know. */
  'directory.branches': { request: BranchLookup, response: BranchesResponse },
  'operations.create': {
    request: z.strictObject({ intentId: IntentId, operation: CreateOperationRequest }),
    response: CreateOperationResponse,
  },
  'operations.resendOtp': { request: z.strictObject({ operationId: Id, intentId: IntentId.optional() }), response: z.object({ otp: OtpInfo }) },
  'operations.authorize': {
    request: z.strictObject({
      operationId: Id,
      intentId: IntentId,
      confirmationPassword: PasswordInput.optional(),
      mailOtp: OtpCode.optional(),
      tokenOtp: OtpCode.optional(),
      destinations: OtpDestinationChoice.optional(),
    }),
    response: AuthorizeResponse,
  },
  'operations.status': { request: z.strictObject({ operationId: Id }), response: OperationState },
  'preferences.get': { request: Empty, response: Preferences },
  'preferences.set': {
    request: z.strictObject({ language: Language.optional(), lastAccountId: Id.nullable().optional() }),
    response: Preferences,
  },
  'preferences.forgetLoginId': { request: Empty, response: Preferences },
} as const satisfies Record<string, { request: z.ZodType; response: z.ZodType }>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type RequestOf<C extends Channel> = z.infer<Contract[C]['request']>;
/** What a caller passes: the schema's input type (optional fields may be left out). */
export type RequestInputOf<C extends Channel> = z.input<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = z.infer<Contract[C]['response']>;
/** What main tells the window about the host: version, bank profile, kiosk rules, tester extras. */
export type HostInfo = ResponseOf<'app.info'>;

export const CHANNEL_NAMES = Object.keys(contract) as Channel[];

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
