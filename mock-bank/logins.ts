/**
 * Logins as the bank records them (every successful one: time and channel, no IP) and the login
 * notice mail (ログイン通知メール) with its per-customer setting. Notices go to the same addresses as
 * the acceptance mail (noticeRecipients: the registered address and every Select address in use).
 * A customer without a row in login_notices has notices on: the seed's state for everyone.
 */
import { LOGIN_HISTORY_LIMIT, type LoginHistoryResponse } from '../src-shared/bank-api/index.js';
import type { Channel } from '../src-shared/domain/index.js';
import { iso, type BankContext } from './context.js';
import { customerById, noticeRecipients } from './customers.js';
import { loginNoticeMail } from './login-notice-mail.js';
import { noticeSender } from './mail-templates.js';

/** Rows kept per customer: the served ten and a margin; older ones go at the next login. */
const KEEP = 50;

interface LoginRow { id: number; at: number; channel: Channel; session_hash: string }

/** Call in the transaction that creates the session (`sessionHash`: the token's hash, to mark "current"). */
export function recordLogin(ctx: BankContext, customerId: number, channel: Channel, sessionHash: string, at: number): void {
  ctx.db.prepare(`INSERT INTO logins (customer_id, at, channel, session_hash) VALUES (?, ?, ?, ?)`).run(customerId, at, channel, sessionHash);
  ctx.db.prepare(`DELETE FROM logins WHERE customer_id = ? AND id NOT IN (SELECT id FROM logins WHERE customer_id = ? ORDER BY id DESC LIMIT ?)`)
    .run(customerId, customerId, KEEP);
}

/** The last logins, newest first, this session's marked; `previous` is the one before this session's. */
export function loginHistory(ctx: BankContext, customerId: number, sessionHash: string): LoginHistoryResponse {
  const rows = ctx.db
    .prepare(`SELECT id, at, channel, session_hash FROM logins WHERE customer_id = ? ORDER BY id DESC LIMIT ?`)
    .all(customerId, LOGIN_HISTORY_LIMIT) as LoginRow[];
  const own = ctx.db.prepare(`SELECT id FROM logins WHERE customer_id = ? AND session_hash = ?`).get(customerId, sessionHash) as { id: number } | undefined;
  const before = ctx.db
    .prepare(`SELECT at, channel FROM logins WHERE customer_id = ? AND id < ? ORDER BY id DESC LIMIT 1`)
    .get(customerId, own?.id ?? Number.MAX_SAFE_INTEGER) as { at: number; channel: Channel } | undefined;
  return {
    logins: rows.map((r) => ({ at: iso(r.at), channel: r.channel, current: r.session_hash === sessionHash })),
    previous: before ? { at: iso(before.at), channel: before.channel } : null,
  };
}

export function loginNoticeEnabled(ctx: BankContext, customerId: number): boolean {
  const row = ctx.db.prepare(`SELECT enabled FROM login_notices WHERE customer_id = ?`).get(customerId) as { enabled: number } | undefined;
  return row?.enabled !== 0;
}

export function setLoginNotice(ctx: BankContext, customerId: number, enabled: boolean): void {
  ctx.db.prepare(`INSERT INTO login_notices (customer_id, enabled, updated_at) VALUES (?, ?, ?)
                  ON CONFLICT (customer_id) DO UPDATE SET enabled = excluded.enabled, updated_at = excluded.updated_at`)
    .run(customerId, enabled ? 1 : 0, ctx.now());
}

/**
 * Mails the login notice when the customer has notices on. Waited for by the login (the sink is
 * local and a held or delayed mail counts as sent at once), so the mail is there when the login
 * answers; a failure is logged and never fails the login.
 */
export async function mailLoginNotice(ctx: BankContext, customerId: number, channel: Channel, at: number): Promise<void> {
  if (!loginNoticeEnabled(ctx, customerId)) return;
  const c = customerById(ctx, customerId);
  const to = c ? noticeRecipients(c) : [];
  if (to.length === 0) return;
  try {
    await ctx.mailer.send(noticeSender(), to, loginNoticeMail({ at, channel }));
  } catch (error) {
    ctx.log.error({ mail: { error: error instanceof Error ? error.message : String(error) } }, 'login notice mail not sent');
  }
}
