import { BANK_PATHS, LoginHistoryResponse, LoginNoticeOnRequest, LoginNoticeResponse } from '../../src-shared/bank-api/index.js';
import type { BankContext } from '../context.js';
import { defineRoute, type RouteSpec } from '../http.js';
import { loginHistory, setLoginNotice } from '../logins.js';

export function loginRoutes(ctx: BankContext): RouteSpec[] {
  return [
    defineRoute({
      method: 'GET', url: BANK_PATHS.loginHistory, tag: 'customer',
      summary: 'The last 10 logins (time, channel), newest first, this session\'s marked current; previous: the login before this one (null on the first)',
      auth: true, idempotent: false,
      responses: { 200: LoginHistoryResponse }, errors: ['UNAUTHENTICATED', 'START_OF_USE_REQUIRED'],
      handler: ({ session }) => ({ status: 200, body: LoginHistoryResponse.parse(loginHistory(ctx, session!.customerId, session!.tokenHash)) }),
    }),
    defineRoute<LoginNoticeOnRequest>({
      method: 'POST', url: BANK_PATHS.loginNotice, tag: 'customer',
      summary: 'Switch login notice mails on (needs nothing extra; already on is fine). Switching them off is the operation login-notice-change, with the second factor',
      auth: true, idempotent: true, body: LoginNoticeOnRequest,
      responses: { 200: LoginNoticeResponse }, errors: ['VALIDATION_FAILED', 'UNAUTHENTICATED', 'START_OF_USE_REQUIRED', 'IDEMPOTENCY_KEY_REQUIRED'],
      handler: ({ session }) => {
        setLoginNotice(ctx, session!.customerId, true);
        return { status: 200, body: { enabled: true } };
      },
    }),
  ];
}
