/**
 * One bank call with its retries. A call is repeated only when that is safe: a GET, a keyed POST
 * (the bank answers a repeated key with the stored result) or any call that never left this machine.
 * Every answer body is parsed: 2xx with the call's schema, errors with the shared ErrorBody; what
 * does not fit is a typed BANK_PROTOCOL_ERROR.
 */
import type * as z from 'zod';
import { ErrorBody, IDEMPOTENCY_HEADER } from '../../../src-shared/bank-api/index.js';
import type { ErrorCode } from '../../../src-shared/domain/errors.js';
import { CoreError } from '../errors.js';
import type { Logger } from '../logger.js';
import { classifyFailure, type Failure, type Transport } from './transport.js';

export interface CallSpec<T> {
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  /** Name for the log (never the body: it may carry passwords). */
  name: string;
  body?: unknown;
  query?: Record<string, string | number>;
  token?: string | null;
  idempotencyKey?: string;
  /** Schema of the success body; null when the bank answers without one (204). */
  schema: z.ZodType<T> | null;
  /** The code for a keyed call whose outcome could not be learned (default BANK_TIMEOUT). */
  unknownOutcome?: ErrorCode;
}

export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

/** Raised (inside a CoreError's cause) when a call got no answer: callers may recover from it. */
export class NoAnswer extends Error {
  constructor(readonly failure: Failure) {
    super(`no answer from the bank (${failure})`);
  }
}

export function backoffMs(policy: RetryPolicy, attempt: number, random = Math.random): number {
  const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(exp / 2 + (random() * exp) / 2);
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

type Outcome<T> = { kind: 'value'; value: T } | { kind: 'retry'; error: CoreError; noAnswer: Failure | null } | { kind: 'final'; error: CoreError };

function parseJson(text: unknown): unknown {
  if (typeof text !== 'string' || text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function protocolError(what: string): CoreError {
  return new CoreError('BANK_PROTOCOL_ERROR', `The bank's answer did not match its published interface (${what}).`);
}

export class BankCaller {
  constructor(
    private readonly transport: Transport,
    private readonly policy: RetryPolicy,
    private readonly log: Logger,
  ) {}

  /**
   * Runs the call with retries where safe; throws CoreError. `retryLost: false` hands a lost answer
   * straight back (for calls whose caller first asks the bank what happened).
   */
  async call<T>(spec: CallSpec<T>, options: { retryLost?: boolean } = {}): Promise<T> {
    const keyed = spec.method === 'GET' || spec.method === 'DELETE' || spec.idempotencyKey !== undefined;
    let last: CoreError | null = null;
    for (let attempt = 1; attempt <= this.policy.attempts; attempt++) {
      if (attempt > 1) await sleep(backoffMs(this.policy, attempt - 1));
      const out = await this.once(spec);
      if (out.kind === 'value') return out.value;
      last = out.error;
      if (out.kind === 'final') throw out.error;
      const safe = keyed || out.noAnswer === 'not-sent';
      const lost = out.noAnswer === 'lost' || out.noAnswer === 'timeout';
      if (!safe || (lost && options.retryLost === false)) throw out.error;
      this.log.warn({ call: spec.name, attempt, code: out.error.code }, 'bank call will be repeated');
    }
    throw last ?? new CoreError('BANK_UNREACHABLE', 'The bank could not be reached.');
  }

  private async once<T>(spec: CallSpec<T>): Promise<Outcome<T>> {
    const headers: Record<string, string> = {};
    if (spec.token) headers.Authorization = `Bearer ${spec.token}`;
    if (spec.idempotencyKey) headers[IDEMPOTENCY_HEADER] = spec.idempotencyKey;
    if (spec.body !== undefined) headers['Content-Type'] = 'application/json';
    const started = Date.now();
    let res;
    try {
      res = await this.transport.request<string>({
        method: spec.method,
        url: spec.path,
        headers,
        ...(spec.query ? { params: spec.query } : {}),
        ...(spec.body !== undefined ? { data: JSON.stringify(spec.body) } : {}),
      });
    } catch (e) {
      const failure = classifyFailure(e);
      this.log.warn({ call: spec.name, failure, ms: Date.now() - started }, 'no answer from the bank');
      const code: ErrorCode =
        failure === 'not-sent' ? 'BANK_UNREACHABLE' : spec.idempotencyKey && spec.unknownOutcome ? spec.unknownOutcome : failure === 'timeout' ? 'BANK_TIMEOUT' : 'BANK_UNREACHABLE';
      const err = new CoreError(code, failure === 'not-sent' ? 'The bank could not be reached.' : 'The bank did not answer in time.');
      err.cause = new NoAnswer(failure);
      return { kind: 'retry', error: err, noAnswer: failure };
    }
    this.log.debug({ call: spec.name, status: res.status, ms: Date.now() - started }, 'bank answered');
    const contentType = String(res.headers['content-type'] ?? '');
    if (res.status >= 200 && res.status < 300) {
      if (spec.schema === null) return { kind: 'value', value: undefined as T };
      if (!contentType.startsWith('application/json')) return { kind: 'final', error: protocolError(`${spec.name}: not JSON`) };
      const parsed = spec.schema.safeParse(parseJson(res.data));
      if (!parsed.success) {
        this.log.error({ call: spec.name, issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), code: i.code })) }, 'bank answer failed its schema');
        return { kind: 'final', error: protocolError(spec.name) };
      }
      return { kind: 'value', value: parsed.data };
    }
    const body = ErrorBody.safeParse(parseJson(res.data));
    if (!body.success) {
      if (res.status === 502 || res.status === 503 || res.status === 504) {
        return { kind: 'retry', error: new CoreError('BANK_UNREACHABLE', `The bank is not available right now (HTTP ${res.status}).`), noAnswer: null };
      }
      return { kind: 'final', error: protocolError(`${spec.name}: HTTP ${res.status} without an error body`) };
    }
    const { code, message, ...extra } = body.data.error;
    const error = new CoreError(code, message, extra);
    if (code === 'IDEMPOTENCY_IN_PROGRESS' || code === 'INTERNAL_ERROR' && spec.method === 'GET') return { kind: 'retry', error, noAnswer: null };
    if (res.status === 503) return { kind: 'retry', error, noAnswer: null };
    return { kind: 'final', error };
  }
}
