import * as z from 'zod';
import { BANK_PATHS, LoginRequest, LoginResponse } from '../../src-shared/bank-api/index.js';
import { createSession, revokeSession } from '../auth.js';
import { iso, type BankContext } from '../context.js';
import { DUMMY_HASH, sha256Hex } from '../crypto.js';
import { customerByLoginId } from '../customers.js';
import { BankError } from '../errors.js';
import { defineRoute, type RouteSpec } from '../http.js';
import { mailLoginNotice, recordLogin } from '../logins.js';
import { checkUnderLock } from '../password-checks.js';

/** The same answer whether the ID exists or not: attempts left before the ID is locked. */
const invalid = (attemptsLeft: number) => new BankError('INVALID_CREDENTIALS', 'The login ID or password is not correct.', { attemptsLeft });

export function sessionRoutes(ctx: BankContext): RouteSpec[] {
  return [
    defineRoute<LoginRequest>({
      method: 'POST', url: BANK_PATHS.sessions, tag: 'sessions', summary: 'Log in (an Idempotency-Key is accepted but not required here)',
      auth: false, idempotent: false, body: LoginRequest,
      responses: { 201: LoginResponse }, errors: ['VALIDATION_FAILED', 'INVALID_CREDENTIALS', 'ACCOUNT_LOCKED'],
      handler: async ({ body }) => {
        const c = customerByLoginId(ctx, body.loginId);
        // An unknown ID is checked against a dummy hash: the same work and the same answers as a customer's.
        const r = await checkUnderLock(ctx, c ? { customerId: c.id } : { unknownLoginId: body.loginId }, body.password, c?.loginPwHash ?? DUMMY_HASH,
          () => {
            const session = createSession(ctx, c!.id, body.channel);
            recordLogin(ctx, c!.id, body.channel, sha256Hex(session.token), ctx.now());
            return session;
          });
        if (!r.ok) throw invalid(r.attemptsLeft);
        const s = r.value; // only a customer's right password gets here
        await mailLoginNotice(ctx, c!.id, body.channel, ctx.now());
        return { status: 201, body: LoginResponse.parse({ token: s.token, expiresAt: iso(s.expiresAt), startOfUseRequired: !c!.startOfUseDone }) };
      },
    }),
    defineRoute({
      method: 'DELETE', url: BANK_PATHS.currentSession, tag: 'sessions', summary: 'Log out: the token stops working at once',
      auth: true, idempotent: false, beforeStartOfUse: true,
      responses: { 204: z.null() }, errors: ['UNAUTHENTICATED'],
      handler: ({ session }) => {
        revokeSession(ctx, session!.tokenHash);
        return { status: 204 };
      },
    }),
  ];
}
