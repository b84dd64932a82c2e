/**
 * Idempotency keys (BANK-API.md): the first response per key is kept 24 h in SQLite and returned
 * again with `Idempotent-Replayed: true`; the same key with another body is refused (422), and
 * while the first request runs, a second one gets 409. A bank fault (5xx) frees the key again.
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

export function clearStaleIdempotency(ctx: BankContext): void {
  ctx.db.prepare(`DELETE FROM idempotency WHERE state = 'running' OR created_at < ?`).run(ctx.now() - IDEMPOTENCY_TTL_MS);
}

export function beginIdempotent(
  ctx: BankContext,
  header: string | string[] | undefined,
  scope: string,
  request: FastifyRequest,
): { kind: 'replay'; reply: Reply } | { kind: 'new'; ticket: IdempotencyTicket } {
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
  const row = ctx.db.prepare(`SELECT fingerprint, state, status_code, body, created_at FROM idempotency WHERE scope = ? AND key = ?`).get(scope, key) as
    | { fingerprint: string; state: string; status_code: number | null; body: string | null; created_at: number }
    | undefined;
  if (row && row.created_at >= now - IDEMPOTENCY_TTL_MS) {
    if (row.fingerprint !== fingerprint) throw new BankError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used for a different request.');
    if (row.state === 'running') throw new BankError('IDEMPOTENCY_IN_PROGRESS', 'A request with this Idempotency-Key is still being processed.');
    return {
      kind: 'replay',
      reply: { status: row.status_code ?? 200, body: row.body === null ? undefined : (JSON.parse(row.body) as unknown), headers: { [REPLAYED_HEADER]: 'true' } },
    };
  }
  ctx.db.prepare(`DELETE FROM idempotency WHERE created_at < ?`).run(now - IDEMPOTENCY_TTL_MS);
  ctx.db.prepare(`INSERT OR REPLACE INTO idempotency (scope, key, fingerprint, state, created_at) VALUES (?, ?, ?, 'running', ?)`).run(scope, key, fingerprint, now);
  const store = (status: number, body: unknown) =>
    ctx.db.prepare(`UPDATE idempotency SET state = 'done', status_code = ?, body = ? WHERE scope = ? AND key = ?`)
      .run(status, body === undefined ? null : JSON.stringify(body), scope, key);
  return {
    kind: 'new',
    ticket: {
      finish: (reply) => {
        if (reply.secret) store(shownOnce.status, shownOnce.body());
        else store(reply.status, reply.body);
      },
      fail: (error) => {
        if (error instanceof BankError && error.status < 500) store(error.status, error.body());
        else ctx.db.prepare(`DELETE FROM idempotency WHERE scope = ? AND key = ?`).run(scope, key);
      },
    },
  };
}
