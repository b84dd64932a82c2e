/**
 * The customer's logins as the bank records them (前回ログイン日時, the login history) and the login
 * notice mail setting (ログイン通知メール). Switching notices on is a plain request; switching them off
 * is an operation with the second factor (`login-notice-change`), since a stranger holding both
 * passwords would turn them off first.
 */
import * as z from 'zod';
import { Channel, IsoDateTime } from './common.js';

/** How many logins the bank serves, newest first (the current one included). */
export const LOGIN_HISTORY_LIMIT = 10;

export const LoginEntry = z.object({
  at: IsoDateTime,
  channel: Channel,
});
export type LoginEntry = z.infer<typeof LoginEntry>;

export const LoginRecord = LoginEntry.extend({
  /** This session's own login. */
  current: z.boolean(),
});
export type LoginRecord = z.infer<typeof LoginRecord>;

export const LoginHistoryResponse = z.object({
  /** Newest first, at most LOGIN_HISTORY_LIMIT, this session's login included and marked `current`. */
  logins: z.array(LoginRecord).max(LOGIN_HISTORY_LIMIT),
  /** The login before this session's: what Home shows as 前回ログイン日時; null on the very first login. */
  previous: LoginEntry.nullable(),
});
export type LoginHistoryResponse = z.infer<typeof LoginHistoryResponse>;

/** Switching notices on needs nothing extra; switching them off is the operation below. */
export const LoginNoticeOnRequest = z.strictObject({
  enabled: z.literal(true, {
    error: 'enabled: only true here; switching login notices off is an operation (POST /operations {type:"login-notice-change", enabled:false}) with the second factor',
  }),
});
export type LoginNoticeOnRequest = z.infer<typeof LoginNoticeOnRequest>;

export const LoginNoticeResponse = z.object({ enabled: z.boolean() });
export type LoginNoticeResponse = z.infer<typeof LoginNoticeResponse>;

export const LoginNoticeChangeRequest = z.strictObject({
  type: z.literal('login-notice-change'),
  enabled: z.literal(false, { error: 'enabled: false (switching notices on needs no operation: POST /me/login-notice)' }),
});
export type LoginNoticeChangeRequest = z.infer<typeof LoginNoticeChangeRequest>;
