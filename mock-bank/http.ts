/**
 * Routes are declared once (method, path, schemas, errors, handler); mounting a declaration wires
 * authentication, the start-of-use gate, idempotency and schema checks, and the same declarations
 * produce the OpenAPI document.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type * as z from 'zod';
import type { BankErrorCode } from '../src-shared/domain/index.js';
import { IDEMPOTENCY_HEADER } from '../src-shared/bank-api/index.js';
import { authenticate } from './auth.js';
import type { BankContext } from './context.js';
import type { Session } from './customers.js';
import { parseWith } from './errors.js';
import { beginIdempotent, type IdempotencyTicket } from './idempotency.js';
import type { Reply } from './reply.js';
import { API_SECURITY_HEADERS } from './security-headers.js';

export type { Reply };

export interface RouteInput<B, Q> {
  session: Session | null;
  body: B;
  query: Q;
  params: Record<string, string>;
  request: FastifyRequest;
  /** An idempotent route's key (null on the others). */
  idempotency: IdempotencyTicket | null;
  /** The operation this key made in a request that never answered; the handler finishes it. */
  resumeOperationId: string | null;
}

export interface RouteSpec<B = unknown, Q = unknown> {
  method: 'GET' | 'POST' | 'DELETE';
  /** Fastify form: /api/v1/operations/:id */
  url: string;
  summary: string;
  tag: string;
  auth: boolean;
  /** Requires an Idempotency-Key (every POST that changes state). */
  idempotent: boolean;
  /** Reachable before the start-of-use procedure is done. */
  beforeStartOfUse?: boolean;
  body?: z.ZodType<B>;
  query?: z.ZodType<Q>;
  responses: Record<number, z.ZodType | null>;
  errors: BankErrorCode[];
  /** Not JSON (the OpenAPI document itself is JSON too, so this is only for documentation). */
  handler: (input: RouteInput<B, Q>) => Promise<Reply> | Reply;
}

/** Keeps a spec's body/query types while storing it in a list of specs. */
export function defineRoute<B = undefined, Q = undefined>(spec: RouteSpec<B, Q>): RouteSpec {
  return spec as unknown as RouteSpec;
}

function send(reply: FastifyReply, r: Reply): void {
  void reply.headers(API_SECURITY_HEADERS);
  if (r.headers) for (const [k, v] of Object.entries(r.headers)) void reply.header(k, v);
  void reply.status(r.status);
  void (r.body === undefined ? reply.send() : reply.send(r.body));
}

/**
 * A 2xx answer against the route's declared schema. Input is checked at the edge on every request
 * (parseWith above); answers are built by the bank's own code, so the check runs where tests ask
 * for it (BankOptions.checkResponses) instead of on every request of a running bank.
 */
function checkResponse(spec: RouteSpec, r: Reply): void {
  const schema = spec.responses[r.status];
  if (!schema || r.body === undefined || r.status >= 300) return;
  const checked = schema.safeParse(r.body);
  if (!checked.success) throw new Error(`${spec.method} ${spec.url} answered ${r.status} outside its schema: ${checked.error.message}`);
}

/** A handler's result: checked where tests ask for it, stored under its key, sent. */
function answer(spec: RouteSpec, reply: FastifyReply, ticket: IdempotencyTicket | null, result: Reply, checkResponses: boolean): void {
  if (checkResponses) checkResponse(spec, result);
  ticket?.finish(result);
  send(reply, result);
}

/** A handler's error: its key learns of it (BankError kept, a fault freed), then Fastify's error handler answers. */
function failed(ticket: IdempotencyTicket | null, error: unknown): never {
  ticket?.fail(error);
  throw error;
}

export function mount(app: FastifyInstance, ctx: BankContext, spec: RouteSpec, checkResponses = false): void {
  app.route({
    method: spec.method,
    url: spec.url,
    // Not an async function: most handlers answer at once, and awaiting a value that is already
    // there costs every request a promise and an extra turn before the answer goes out.
    handler: (request, reply) => {
      request.routeUrl = spec.url;
      const session = spec.auth ? authenticate(ctx, request, spec.beforeStartOfUse === true) : null;
      let ticket: IdempotencyTicket | null = null;
      let resumeOperationId: string | null = null;
      if (spec.idempotent) {
        const begun = beginIdempotent(ctx, request.headers[IDEMPOTENCY_HEADER], session ? `c${session.customerId}` : 'anon', request);
        if (begun.kind === 'replay') {
          request.replayed = true;
          send(reply, begun.reply);
          return;
        }
        ticket = begun.ticket;
        resumeOperationId = begun.resumeOperationId;
      }
      try {
        const body = spec.body ? parseWith(spec.body, request.body ?? {}, 'body') : undefined;
        const query = spec.query ? parseWith(spec.query, request.query ?? {}, 'query') : undefined;
        const result = spec.handler({ session, body, query, params: request.params as Record<string, string>, request, idempotency: ticket, resumeOperationId });
        if (result instanceof Promise) {
          return result.then((r) => answer(spec, reply, ticket, r, checkResponses)).catch((error: unknown) => failed(ticket, error));
        }
        answer(spec, reply, ticket, result, checkResponses);
      } catch (error) {
        failed(ticket, error);
      }
      return undefined;
    },
  });
}

declare module 'fastify' {
  interface FastifyRequest {
    replayed?: boolean;
    customerId?: number;
    /** The route's URL pattern, noted by its handler for the request line. */
    routeUrl?: string;
  }
}
