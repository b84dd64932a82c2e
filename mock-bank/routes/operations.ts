import {
  API_PREFIX, AuthorizeRequest, AuthorizeResponse, BANK_PATHS, CreateOperationRequest, CreateOperationResponse, OperationState, ResendOtpResponse,
} from '../../src-shared/bank-api/index.js';
import type { BankErrorCode } from '../../src-shared/domain/index.js';
import type { BankContext } from '../context.js';
import { defineRoute, type RouteSpec } from '../http.js';
import { authorizeOperation, resendOperationOtp } from '../operations/authorize.js';
import { createOperation, resumeCreate } from '../operations/create.js';
import { loadOperation, toState } from '../operations/model.js';

const SESSION_ERRORS: BankErrorCode[] = ['UNAUTHENTICATED', 'START_OF_USE_REQUIRED'];
const KEY_ERRORS: BankErrorCode[] = ['IDEMPOTENCY_KEY_REQUIRED', 'IDEMPOTENCY_KEY_REUSED', 'IDEMPOTENCY_IN_PROGRESS'];
/** The per-customer one-time-password limits (otp-limits.ts). */
const LIMIT_ERRORS: BankErrorCode[] = ['OTP_LOCKED', 'OTP_ISSUE_LIMIT'];

export function operationRoutes(ctx: BankContext): RouteSpec[] {
  return [
    defineRoute<CreateOperationRequest>({
      method: 'POST', url: BANK_PATHS.operations, tag: 'operations',
      summary: 'Start an operation; the answer names the factors its authorization needs (and the mailed password, if any)',
      auth: true, idempotent: true, body: CreateOperationRequest, responses: { 201: CreateOperationResponse },
      errors: [...SESSION_ERRORS, ...KEY_ERRORS, ...LIMIT_ERRORS, 'VALIDATION_FAILED', 'ACCOUNT_NOT_FOUND', 'PAYEE_NOT_FOUND', 'COLLECTOR_NOT_FOUND', 'INSUFFICIENT_FUNDS',
        'DAILY_LIMIT_EXCEEDED', 'FREE_MAIL_NOT_ACKNOWLEDGED', 'NO_OTP_DESTINATION_ADDED', 'FACTOR_NOT_AVAILABLE'],
      handler: async ({ session, body, idempotency, resumeOperationId }) => ({
        status: 201,
        body: resumeOperationId === null ? await createOperation(ctx, session!, body, idempotency) : await resumeCreate(ctx, session!, resumeOperationId),
      }),
    }),
    defineRoute({
      method: 'GET', url: `${API_PREFIX}/operations/:id`, tag: 'operations', summary: 'The current status of an operation (to recover from a lost answer)',
      auth: true, idempotent: false, responses: { 200: OperationState }, errors: [...SESSION_ERRORS, 'OPERATION_NOT_FOUND'],
      handler: ({ session, params }) => ({ status: 200, body: OperationState.parse(toState(loadOperation(ctx, params.id ?? '', session!.customerId))) }),
    }),
    defineRoute({
      method: 'POST', url: `${API_PREFIX}/operations/:id/otp`, tag: 'operations',
      summary: 'Send a fresh mail-notified password for the current step; every earlier one of the customer becomes void',
      auth: true, idempotent: true, responses: { 201: ResendOtpResponse },
      errors: [...SESSION_ERRORS, ...KEY_ERRORS, ...LIMIT_ERRORS, 'OPERATION_NOT_FOUND', 'OTP_RESEND_TOO_SOON', 'FACTOR_NOT_AVAILABLE', 'OPERATION_ALREADY_COMPLETED'],
      handler: async ({ session, params }) => ({ status: 201, body: ResendOtpResponse.parse({ otp: await resendOperationOtp(ctx, session!, params.id ?? '') }) }),
    }),
    defineRoute<AuthorizeRequest>({
      method: 'POST', url: `${API_PREFIX}/operations/:id/authorize`, tag: 'operations',
      summary: 'Authorize the current step; completes the operation or names the next step',
      auth: true, idempotent: true, body: AuthorizeRequest, responses: { 200: AuthorizeResponse },
      errors: [...SESSION_ERRORS, ...KEY_ERRORS, ...LIMIT_ERRORS, 'SECRET_SHOWN_ONCE', 'VALIDATION_FAILED', 'OPERATION_NOT_FOUND', 'FACTOR_MISSING', 'FACTOR_NOT_AVAILABLE',
        'CONFIRMATION_PASSWORD_INVALID', 'OTP_INVALID', 'OTP_EXPIRED', 'OTP_SUPERSEDED', 'OTP_ATTEMPTS_EXCEEDED', 'TOKEN_OTP_INVALID',
        'ACCOUNT_LOCKED', 'INSUFFICIENT_FUNDS', 'DAILY_LIMIT_EXCEEDED', 'OPERATION_ALREADY_COMPLETED', 'OPERATION_VOIDED'],
      handler: async ({ session, params, body }) => {
        const answer = AuthorizeResponse.parse(await authorizeOperation(ctx, session!, params.id ?? '', body));
        // Token start's set-up details are shown once: never kept for an idempotent replay.
        return { status: 200, body: answer, secret: 'provisioningUri' in answer && answer.provisioningUri !== undefined };
      },
    }),
  ];
}
