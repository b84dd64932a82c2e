/**
 * The tester controls as routes (BANK_TESTER_CONTROLS=1 only), on the bank API and, the same
 * declarations, on the mailbox server for its page. Every use is logged at warn, without secrets
 * (customers by their internal number): a control changes how the bank behaves, and a tester
 * build's bank runs at warn, so the line is kept there too.
 */
import {
  ClockRequest, ExpireOtpsRequest, ExpireOtpsResponse, FaultRequest, LockRequest, LockResponse, MailControlRequest, ResetRequest,
  TESTER_PATHS, TesterState,
} from '../../src-shared/bank-api/index.js';
import type { BankErrorCode } from '../../src-shared/domain/index.js';
import type { BankContext } from '../context.js';
import { defineRoute, type RouteSpec } from '../http.js';
import type { MailStore } from '../sink.js';
import { expireOtps, resetToSeed, setLock } from './actions.js';
import type { TesterControls } from './controls.js';

const GUARD_ERRORS: BankErrorCode[] = ['FORBIDDEN_ORIGIN', 'UNSUPPORTED_MEDIA_TYPE', 'VALIDATION_FAILED'];
const base = { tag: 'tester', auth: false, idempotent: false } as const;

export function testerRoutes(ctx: BankContext, tester: TesterControls, store: MailStore): RouteSpec[] {
  const used = (control: string, details: Record<string, unknown>) => ctx.log.warn({ tester: { control, ...details } }, 'tester control used');
  const state = () => ({ status: 200, body: TesterState.parse(tester.state()) });
  return [
    defineRoute({
      ...base, method: 'GET', url: TESTER_PATHS.state, summary: 'The tester controls in force (active: clock moved, mail delayed or held, or faults armed)',
      responses: { 200: TesterState }, errors: ['FORBIDDEN_ORIGIN'], handler: state,
    }),
    defineRoute<ClockRequest>({
      ...base, method: 'POST', url: TESTER_PATHS.clock, body: ClockRequest, responses: { 200: TesterState }, errors: GUARD_ERRORS,
      summary: "Move the bank's clock forward by N minutes or to just after the next midnight (Japan time), or back to real time",
      handler: ({ body }) => {
        if ('advanceMinutes' in body) tester.advance(body.advanceMinutes);
        else if ('toNextDay' in body) tester.toNextDay();
        else tester.resetClock();
        used('clock', { ...body, offsetMinutes: tester.state().clockOffsetMinutes });
        return state();
      },
    }),
    defineRoute<ExpireOtpsRequest>({
      ...base, method: 'POST', url: TESTER_PATHS.expireOtps, body: ExpireOtpsRequest, responses: { 200: ExpireOtpsResponse },
      errors: [...GUARD_ERRORS, 'NOT_FOUND'], summary: "Expire the customer's current one-time passwords now",
      handler: ({ body }) => {
        const r = expireOtps(ctx, body.loginId);
        used('expire-otps', { customer: r.customer, expired: r.expired });
        tester.changed();
        return { status: 200, body: { loginId: body.loginId, expired: r.expired } };
      },
    }),
    defineRoute<MailControlRequest>({
      ...base, method: 'POST', url: TESTER_PATHS.mail, body: MailControlRequest, responses: { 200: TesterState }, errors: GUARD_ERRORS,
      summary: 'Delay every outgoing mail by N seconds, or hold mail until released (hold:false sends the held mails in order)',
      handler: async ({ body }) => {
        const gate = tester.mail!;
        const released = gate.heldCount;
        if ('delaySeconds' in body) gate.setDelay(body.delaySeconds);
        else await gate.setHold(body.hold);
        used('mail', 'hold' in body && !body.hold ? { ...body, released } : body);
        return state();
      },
    }),
    defineRoute<FaultRequest>({
      ...base, method: 'POST', url: TESTER_PATHS.faults, body: FaultRequest, responses: { 200: TesterState }, errors: GUARD_ERRORS,
      summary: 'Fail the next N requests of a kind with 503, or drop their answers after the bank committed them (count 0 disarms)',
      handler: ({ body }) => {
        tester.arm(body.kind, body.mode, body.count);
        used('faults', body);
        return state();
      },
    }),
    defineRoute<LockRequest>({
      ...base, method: 'POST', url: TESTER_PATHS.lock, body: LockRequest, responses: { 200: LockResponse }, errors: [...GUARD_ERRORS, 'NOT_FOUND'],
      summary: 'Lock a customer (as after wrong passwords), or unlock: the login lock and the one-time-password lock are lifted',
      handler: ({ body }) => {
        const r = setLock(ctx, body.loginId, body.locked);
        used('lock', { customer: r.customer, locked: body.locked });
        tester.changed();
        return { status: 200, body: { loginId: body.loginId, locked: body.locked, otpLocked: r.otpLocked } };
      },
    }),
    defineRoute({
      ...base, method: 'POST', url: TESTER_PATHS.reset, body: ResetRequest, responses: { 200: TesterState }, errors: GUARD_ERRORS,
      summary: 'Reset everything to the seed data in place (as BANK_RESET=1): data, mailbox, clock, faults, mail delay and hold',
      handler: async () => {
        tester.clearAll();
        await resetToSeed(ctx);
        await store.settled(); // a mail still being filed would come in after the clear
        store.clear();
        used('reset', {});
        return state();
      },
    }),
  ];
}
