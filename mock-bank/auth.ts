/**
 * Bearer sessions: tokens stored only as hashes, an idle timeout and an absolute lifetime
 * (BANK_SESSION_MAX_S, however busy the session), logout, the start-of-use gate.
 */
import type { FastifyRequest } from 'fastify';
import type { Channel } from '../src-shared/domain/index.js';
import type { BankContext } from './context.js';
import { randomToken, sha256Hex } from './crypto.js';
import type { Session } from './customers.js';
import { writeCount, type Db } from './db.js';
import { BankError } from './errors.js';

const BEARER = /^Bearer ([A-Za-z0-9_-]{16,256})$/;

/**
 * The idle expiry is written back only when it moves by at least this much. Writing it on every
 * request made each GET a write transaction (WAL append and locks), the largest cost of a simple
 * authenticated read. A session can therefore end up to this much sooner than "last request +
 * idle timeout", never later.
 */
const EXTEND_STEP_MS = 1000;

export function createSession(ctx: BankContext, customerId: number, channel: Channel): { token: string; expiresAt: number } {
  const token = randomToken();
  const now = ctx.now();
  const expiresAt = now + Math.min(ctx.config.sessionTtlSeconds, ctx.config.sessionMaxSeconds) * 1000;
  ctx.db.prepare(`DELETE FROM sessions WHERE expires_at < ? OR revoked = 1`).run(now - 86_400_000);
  ctx.db.prepare(`INSERT INTO sessions (token_hash, customer_id, channel, created_at, expires_at) VALUES (?, ?, ?, ?, ?)`)
    .run(sha256Hex(token), customerId, channel, now, expiresAt);
  return { token, expiresAt };
}

export function revokeSession(ctx: BankContext, tokenHash: string): void {
  ctx.db.prepare(`UPDATE sessions SET revoked = 1 WHERE token_hash = ?`).run(tokenHash);
}

interface SessionRow { customer_id: number; channel: Channel; created_at: number; expires_at: number; revoked: number; locked: number; start_of_use_done: number }

/**
 * Session rows read since the bank's last write to its database, by token hash. A row read while
 * nothing has been written since is what a new read would return, so an authenticated read
 * (GET /accounts and the like) skips the join most of the time; any write (a logout, a lock, a
 * session extended, a transfer) drops them all. Time checks are made on every request.
 */
const seen = new WeakMap<Db, { writes: number; rows: Map<string, SessionRow | undefined> }>();
const SEEN_MAX = 10_000;

function sessionRow(ctx: BankContext, tokenHash: string): SessionRow | undefined {
  const writes = writeCount(ctx.db);
  let cache = seen.get(ctx.db);
  if (cache?.writes !== writes || cache.rows.size >= SEEN_MAX) {
    cache = { writes, rows: new Map() };
    seen.set(ctx.db, cache);
  }
  if (cache.rows.has(tokenHash)) return cache.rows.get(tokenHash);
  const row = ctx.db
    .prepare(`SELECT s.customer_id, s.channel, s.created_at, s.expires_at, s.revoked, c.locked, c.start_of_use_done
              FROM sessions s JOIN customers c ON c.id = s.customer_id WHERE s.token_hash = ?`)
    .get(tokenHash) as SessionRow | undefined;
  if (Number.isFinite(writes)) cache.rows.set(tokenHash, row === undefined ? undefined : Object.freeze(row));
  return row;
}

/** The session of a request, extended by the idle timeout; 401 without one, 403 before start-of-use. */
export function authenticate(ctx: BankContext, request: FastifyRequest, beforeStartOfUse: boolean): Session {
  const header = request.headers.authorization;
  const m = typeof header === 'string' ? BEARER.exec(header) : null;
  if (!m) throw new BankError('UNAUTHENTICATED', 'Log in first (Authorization: Bearer <token>).');
  const tokenHash = sha256Hex(m[1]!);
  const row = sessionRow(ctx, tokenHash);
  const now = ctx.now();
  if (!row || row.revoked === 1 || row.locked === 1) throw new BankError('UNAUTHENTICATED', 'The session has ended; log in again.');
  const endsAt = row.created_at + ctx.config.sessionMaxSeconds * 1000;
  if (now >= row.expires_at || now >= endsAt) throw new BankError('UNAUTHENTICATED', 'The session has expired; log in again.');
  let expiresAt = Math.min(now + ctx.config.sessionTtlSeconds * 1000, endsAt);
  if (expiresAt - row.expires_at >= EXTEND_STEP_MS) {
    ctx.db.prepare(`UPDATE sessions SET expires_at = ? WHERE token_hash = ?`).run(expiresAt, tokenHash);
  } else {
    expiresAt = row.expires_at;
  }
  request.customerId = row.customer_id;
  if (row.start_of_use_done === 0 && !beforeStartOfUse) {
    throw new BankError('START_OF_USE_REQUIRED', 'Finish the start-of-use procedure first.');
  }
  return { tokenHash, customerId: row.customer_id, channel: row.channel, expiresAt };
}
