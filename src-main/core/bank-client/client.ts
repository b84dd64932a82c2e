/**
 * The bank client: one method per bank path of BANK-API.md, each parsed with the shared schemas.
 * `authorize` never sends an authorization twice and never loses one silently: when its answer is
 * lost it asks GET /operations/{id} first, and only then repeats the call with the same key (which
 * the bank answers from its store).
 */
import {
  AccountsResponse, AuthorizeResponse, BANK_PATHS, CreateOperationResponse, LoginResponse, Me, OperationState,
  PayeesResponse, ResendOtpResponse, StartOfUseResponse, StartOfUseVerifyResponse, TransactionsResponse,
  TransferFeeResponse, BanksResponse, BranchesResponse, ReceiptsResponse, type AuthorizeRequest, type BanksQuery, type BranchLookup, type CreateOperationRequest, type StartOfUseRequest,
} from '../../../src-shared/bank-api/index.js';
import { LoginHistoryResponse, LoginNoticeResponse } from '../../../src-shared/bank-api/logins.js';
import { TransferLimits } from '../../../src-shared/bank-api/limits.js';
import { CoreError } from '../errors.js';
import type { Logger } from '../logger.js';
import { BankCaller, NoAnswer, type RetryPolicy } from './call.js';
import { freshKey, keyForIntent } from './idempotency.js';
import { createTransport, type Transport } from './transport.js';

/** A query without the fields left out (axios would send "undefined"). */
const given = (q: Record<string, string | undefined>): Record<string, string> =>
  Object.fromEntries(Object.entries(q).filter((e): e is [string, string] => e[1] !== undefined));

const keyFor = (purpose: string, intentId: string | undefined) => (intentId ? keyForIntent(purpose, intentId) : freshKey());

export interface BankClientOptions {
  baseUrl: string;
  connectMs: number;
  requestMs: number;
  retry: RetryPolicy;
  log: Logger;
}

export class BankClient {
  private readonly transport: Transport;
  private readonly caller: BankCaller;
  private readonly log: Logger;

  constructor(options: BankClientOptions) {
    this.transport = createTransport(options.baseUrl, options.connectMs, options.requestMs);
    this.caller = new BankCaller(this.transport, options.retry, options.log);
    this.log = options.log;
  }

  close(): void {
    this.transport.close();
  }

  login(loginId: string, password: string) {
    return this.caller.call({
      method: 'POST', path: BANK_PATHS.sessions, name: 'login', body: { loginId, password, channel: 'pc' },
      idempotencyKey: freshKey(), schema: LoginResponse,
    });
  }

  logout(token: string) {
    return this.caller.call({ method: 'DELETE', path: BANK_PATHS.currentSession, name: 'logout', token, schema: null });
  }

  me(token: string) {
    return this.caller.call({ method: 'GET', path: BANK_PATHS.me, name: 'me', token, schema: Me });
  }

  loginHistory(token: string) {
    return this.caller.call({ method: 'GET', path: BANK_PATHS.loginHistory, name: 'login-history', token, schema: LoginHistoryResponse });
  }

  /** Login notices back on (switching them off is an operation). Safe to repeat: on is on. */
  loginNoticeOn(token: string, intentId?: string) {
    return this.caller.call({
      method: 'POST', path: BANK_PATHS.loginNotice, name: 'login-notice-on', token, body: { enabled: true },
      idempotencyKey: keyFor('login-notice-on', intentId), schema: LoginNoticeResponse,
    });
  }

  accounts(token: string) {
    return this.caller.call({ method: 'GET', path: BANK_PATHS.accounts, name: 'accounts', token, schema: AccountsResponse });
  }

  transactions(token: string, accountId: string, cursor?: string, period: { from?: string; to?: string; limit?: number } = {}) {
    const query = given({ cursor, from: period.from, to: period.to, limit: period.limit === undefined ? undefined : String(period.limit) });
    return this.caller.call({
      method: 'GET', path: BANK_PATHS.transactions(accountId), name: 'transactions', token, schema: TransactionsResponse,
      ...(Object.keys(query).length ? { query } : {}),
    });
  }

  receipts(token: string) {
    return this.caller.call({ method: 'GET', path: BANK_PATHS.receipts, name: 'receipts', token, schema: ReceiptsResponse });
  }

  payees(token: string) {
    return this.caller.call({ method: 'GET', path: BANK_PATHS.payees, name: 'payees', token, schema: PayeesResponse });
  }

  limits(token: string) {
    return this.caller.call({ method: 'GET', path: BANK_PATHS.limits, name: 'limits', token, schema: TransferLimits });
  }

  transferFee(token: string, bankCode: string, amount: number) {
    return this.caller.call({ method: 'GET', path: BANK_PATHS.transferFee, name: 'transfer-fee', token, query: { bankCode, amount }, schema: TransferFeeResponse });
  }

  banks(token: string, query: BanksQuery) {
    return this.caller.call({ method: 'GET', path: BANK_PATHS.banks, name: 'banks', token, query: given(query), schema: BanksResponse });
  }

  branches(token: string, { bankCode, ...query }: BranchLookup) {
    return this.caller.call({ method: 'GET', path: BANK_PATHS.branches(bankCode), name: 'branches', token, query: given(query), schema: BranchesResponse });
  }

  startOfUse(token: string, body: StartOfUseRequest, intentId?: string) {
    return this.caller.call({
      method: 'POST', path: BANK_PATHS.startOfUse, name: 'start-of-use', token, body, idempotencyKey: keyFor('start-of-use', intentId), schema: StartOfUseResponse,
    });
  }

  startOfUseResend(token: string, intentId?: string) {
    return this.caller.call({
      method: 'POST', path: BANK_PATHS.startOfUseOtp, name: 'start-of-use-otp', token, body: {}, idempotencyKey: keyFor('start-of-use-otp', intentId), schema: ResendOtpResponse,
    });
  }

  startOfUseVerify(token: string, mailOtp: string, intentId?: string) {
    return this.caller.call({
      method: 'POST', path: BANK_PATHS.startOfUseVerify, name: 'start-of-use-verify', token, body: { mailOtp },
      idempotencyKey: keyFor('start-of-use-verify', intentId), schema: StartOfUseVerifyResponse,
    });
  }

  createOperation(token: string, intentId: string, operation: CreateOperationRequest) {
    return this.caller.call({
      method: 'POST', path: BANK_PATHS.operations, name: 'create-operation', token, body: operation,
      idempotencyKey: keyForIntent('create-operation', intentId), schema: CreateOperationResponse, unknownOutcome: 'OPERATION_OUTCOME_UNKNOWN',
    });
  }

  resendOtp(token: string, operationId: string, intentId?: string) {
    return this.caller.call({
      method: 'POST', path: BANK_PATHS.operationOtp(operationId), name: 'resend-otp', token, body: {},
      idempotencyKey: keyFor(`resend-otp:${operationId}`, intentId), schema: ResendOtpResponse,
    });
  }

  operationStatus(token: string, operationId: string) {
    return this.caller.call({ method: 'GET', path: BANK_PATHS.operation(operationId), name: 'operation-status', token, schema: OperationState });
  }

  /** Authorizes the current step. Recovers from a lost answer as described above. */
  async authorize(token: string, operationId: string, intentId: string, body: AuthorizeRequest): Promise<AuthorizeResponse> {
    const spec = {
      method: 'POST' as const, path: BANK_PATHS.operationAuthorize(operationId), name: 'authorize', token, body,
      idempotencyKey: keyForIntent(`authorize:${operationId}`, intentId), schema: AuthorizeResponse, unknownOutcome: 'OPERATION_OUTCOME_UNKNOWN' as const,
    };
    for (let round = 1; ; round++) {
      try {
        return await this.caller.call(spec, { retryLost: false });
      } catch (e) {
        if (!(e instanceof CoreError) || !(e.cause instanceof NoAnswer) || e.cause.failure === 'not-sent') throw e;
        this.log.warn({ call: 'authorize', round }, 'authorize answer lost: asking the bank for the operation status');
        let state: OperationState;
        try {
          state = await this.operationStatus(token, operationId);
        } catch (statusError) {
          if (statusError instanceof CoreError && statusError.cause instanceof NoAnswer) {
            throw new CoreError('OPERATION_OUTCOME_UNKNOWN', 'The bank did not say whether the operation went through. Check its status before trying again.');
          }
          throw statusError;
        }
        if (state.status === 'completed' && state.receiptNumber && state.completedAt) {
          this.log.info({ call: 'authorize', operation: operationId }, 'lost answer recovered: the operation is completed');
          return { status: 'completed', receiptNumber: state.receiptNumber, completedAt: state.completedAt };
        }
        if (round >= 2) throw new CoreError('OPERATION_OUTCOME_UNKNOWN', 'The bank did not answer the authorization; its status shows it still pending.');
        // Still pending, or another outcome: the same key again gets the bank's stored answer, or runs once.
      }
    }
  }
}
