/**
 * Idempotency keys (BANK-API.md): the first response per key is kept 24 h in SQLite and returned
 * again with `Idempotent-Replayed: true`; the same key with another body is refused (422), and
 * while the first request runs, a second one gets 409. A bank fault (5xx) frees the key again,
 * unless the request had made its operation: then the repeat finishes that operation (a stopped
 * bank's too: clearStaleIdempotency).
 * Nothing secret is kept: the fingerprint is an HMAC under a key outside the database file (a copy
 * of the database cannot be tried against a dictionary of bodies), and an answer that carries a
 * secret shown once is replaced by 410 SECRET_SHOWN_ONCE.
 */
import type { FastifyRequest } from 'fastify';
import { IDEMPOTENCY_KEY_PATTERN, REPLAYED_HEADER } from '../src-shared/bank-api/index.js';
import type { BankContext } from './context.js';
import { hmac } from './crypto.js';
import { BankError } from './errors.js';
import type { Reply } from './reply.js';

export const IDEMPOTENCY_TTL_MS = 24 * 3600 * 1000;

export interface IdempotencyTicket {
  /**
   * Notes the operation this request made; call it in the transaction that inserts the operation,
   * so a bank stopped before the answer went out still knows which operation the key made.
   */
  madeOperation(operationId: string): void;
  finish(reply: Reply): void;
  fail(error: unknown): void;
}

/** JSON with object keys sorted, so the same body always gives the same fingerprint. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

const shownOnce = new BankError('SECRET_SHOWN_ONCE', 'The set-up details were shown once and are not shown again. Start the token set-up again.');

/**
 * At start: keys past their 24 hours go, and so do requests the last run left unfinished, so that
 * they run again when repeated, except one that had already made its operation: that key is
 * marked interrupted, and its repeat finishes the same operation instead of making a second one.
 */
export function clearStaleIdempotency(ctx: BankContext): void {
  ctx.db.transaction(() => {
    ctx.db.prepare(`DELETE FROM idempotency WHERE (state = 'running' AND operation_id IS NULL) OR created_at < ?`).run(ctx.now() - IDEMPOTENCY_TTL_MS);
    ctx.db.prepare(`UPDATE idempotency SET state = 'interrupted' WHERE state = 'running'`).run();
  })();
}

export function beginIdempotent(
  ctx: BankContext,
  header: string | string[] | undefined,
  scope: string,
  request: FastifyRequest,
): { kind: 'replay'; reply: Reply } | { kind: 'new'; ticket: IdempotencyTicket; resumeOperationId: string | null } {
  if (header === undefined || header === '') throw new BankError('IDEMPOTENCY_KEY_REQUIRED', 'This request needs an Idempotency-Key header.');
  if (typeof header !== 'string' || !IDEMPOTENCY_KEY_PATTERN.test(header)) {
    throw new BankError('VALIDATION_FAILED', 'The Idempotency-Key header is malformed.', {
      issues: [{ path: ['headers', 'idempotency-key'], message: 'idempotency key: 8–128 characters A-Z a-z 0-9 _ -' }],
    });
  }
  const key = header;
  const path = request.url.split('?')[0] ?? request.url;
  const fingerprint = hmac(ctx.keys.idempotency, `${scope}\n${request.method} ${path}\n${stableJson(request.body)}`).toString('hex');
  const now = ctx.now();
  const row = ctx.db.prepare(`SELECT fingerprint, state, status_code, body, created_at, operation_id FROM idempotency WHERE scope = ? AND key = ?`).get(scope, key) as
    | { fingerprint: string; state: string; status_code: number | null; body: string | null; created_at: number; operation_id: string | null }
    | undefined;
  const live = row && row.created_at >= now - IDEMPOTENCY_TTL_MS ? row : undefined;
  if (live && live.fingerprint !== fingerprint) throw new BankError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used for a different request.');
  if (live?.state === 'running') throw new BankError('IDEMPOTENCY_IN_PROGRESS', 'A request with this Idempotency-Key is still being processed.');
  const resumeOperationId = live?.state === 'interrupted' ? live.operation_id : null;
  if (live && resumeOperationId === null) {
    return {
      kind: 'replay',
      reply: { status: live.status_code ?? 200, body: live.body === null ? undefined : (JSON.parse(live.body) as unknown), headers: { [REPLAYED_HEADER]: 'true' } },
    };
  }
  ctx.db.prepare(`DELETE FROM idempotency WHERE created_at < ?`).run(now - IDEMPOTENCY_TTL_MS);
  if (resumeOperationId !== null) {
    ctx.db.prepare(`UPDATE idempotency SET state = 'running' WHERE scope = ? AND key = ?`).run(scope, key);
  } else {
    ctx.db.prepare(`INSERT OR REPLACE INTO idempotency (scope, key, fingerprint, state, created_at) VALUES (?, ?, ?, 'running', ?)`).run(scope, key, fingerprint, now);
  }
  const store = (status: number, body: unknown) =>
    ctx.db.prepare(`UPDATE idempotency SET state = 'done', status_code = ?, body = ? WHERE scope = ? AND key = ?`)
      .run(status, body === undefined ? null : JSON.stringify(body), scope, key);
  // Once the request has made its operation, a fault (5xx) leaves the key to finish that one.
  let made = resumeOperationId;
  return {
    kind: 'new',
    resumeOperationId,
    ticket: {
      madeOperation: (operationId) => {
        ctx.db.prepare(`UPDATE idempotency SET operation_id = ? WHERE scope = ? AND key = ?`).run(operationId, scope, key);
        made = operationId;
      },
      finish: (reply) => {
        if (reply.secret) store(shownOnce.status, shownOnce.body());
        else store(reply.status, reply.body);
      },
      fail: (error) => {
        if (error instanceof BankError && error.status < 500) store(error.status, error.body());
        else if (made !== null) ctx.db.prepare(`UPDATE idempotency SET state = 'interrupted' WHERE scope = ? AND key = ?`).run(scope, key);
        else ctx.db.prepare(`DELETE FROM idempotency WHERE scope = ? AND key = ?`).run(scope, key);
      },
    },
  };
}
