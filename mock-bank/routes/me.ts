import { BANK_PATHS, Me } from '../../src-shared/bank-api/index.js';
import { secondFactorFor } from '../../src-shared/domain/index.js';
import type { BankContext } from '../context.js';
import { customerById } from '../customers.js';
import { BankError } from '../errors.js';
import { defineRoute, type RouteSpec } from '../http.js';
import { loginNoticeEnabled } from '../logins.js';
import { isOtpLocked } from '../otp-limits.js';

export function meRoutes(ctx: BankContext): RouteSpec[] {
  return [
    defineRoute({
      method: 'GET', url: BANK_PATHS.me, tag: 'customer',
      summary: 'The customer of this session (reachable before start-of-use, so the screen can greet them)',
      auth: true, idempotent: false, beforeStartOfUse: true,
      responses: { 200: Me }, errors: ['UNAUTHENTICATED'],
      handler: ({ session }) => {
        const c = customerById(ctx, session!.customerId);
        if (!c) throw new BankError('UNAUTHENTICATED', 'The session has ended; log in again.');
        return {
          status: 200,
          body: Me.parse({
            loginId: c.loginId, name: c.name, email: c.email, tokenState: c.tokenState, selectEmail: c.select,
            secondFactor: secondFactorFor(session!.channel, c.tokenState), startOfUseRequired: !c.startOfUseDone,
            otpLocked: isOtpLocked(ctx, c.id),
            loginNotice: loginNoticeEnabled(ctx, c.id),
            policy: { registeredPayeeNeedsOtp: ctx.config.registeredPayeeNeedsOtp },
          }),
        };
      },
    }),
  ];
}
