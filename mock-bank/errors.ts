/** Bank errors: a code from the shared list, its HTTP status, and the JSON body every error has. */
import type { FastifyError, FastifyInstance } from 'fastify';
import type * as z from 'zod';
import type { ErrorExtras } from '../src-shared/bank-api/common.js';
import { BANK_ERROR_STATUS, type BankErrorCode } from '../src-shared/domain/index.js';
import { API_SECURITY_HEADERS } from './security-headers.js';

export class BankError extends Error {
  readonly status: number;
  constructor(readonly code: BankErrorCode, message: string, readonly extras: ErrorExtras = {}) {
    super(message);
    this.status = BANK_ERROR_STATUS[code];
  }
  body(): { error: { code: BankErrorCode; message: string } & ErrorExtras } {
    return { error: { code: this.code, message: this.message, ...this.extras } };
  }
}

export function validationError(error: z.ZodError, where: string): BankError {
  return new BankError('VALIDATION_FAILED', `The ${where} does not match the schema.`, {
    issues: error.issues.map((i) => ({
      path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
      message: i.message,
      code: i.code,
    })),
  });
}

/** Parses with a schema or throws VALIDATION_FAILED naming every issue. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, where: string): z.infer<S> {
  const r = schema.safeParse(value);
  if (!r.success) throw validationError(r.error, where);
  return r.data;
}

function fromFastify(error: FastifyError): BankError | null {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new BankError('PAYLOAD_TOO_LARGE', 'The request body is too large.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new BankError('UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json.');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new BankError('VALIDATION_FAILED', 'The JSON body is empty.', { issues: [{ path: [], message: 'body: empty' }] });
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new BankError('VALIDATION_FAILED', 'The Content-Length does not match the body.', { issues: [{ path: [], message: 'body: length mismatch' }] });
  }
  if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    return new BankError('VALIDATION_FAILED', 'The body is not valid JSON.', { issues: [{ path: [], message: 'body: not valid JSON' }] });
  }
  if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
    return new BankError('VALIDATION_FAILED', 'The request is malformed.', { issues: [{ path: [], message: 'request: malformed' }] });
  }
  return null;
}

/** Every error leaves as {"error":{...}}; never a stack trace; 500 only for the bank's own faults. */
export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    void reply.headers(API_SECURITY_HEADERS);
    const known = error instanceof BankError ? error : fromFastify(error);
    if (known) {
      request.errorCode = known.code;
      if (known.extras.retryAfter !== undefined) void reply.header('retry-after', String(known.extras.retryAfter));
      return reply.status(known.status).send(known.body());
    }
    request.log.error({ err: { type: error.name, message: error.message, code: error.code } }, 'internal error');
    request.errorCode = 'INTERNAL_ERROR';
    return reply.status(500).send(new BankError('INTERNAL_ERROR', 'The bank could not process the request.').body());
  });
  app.setNotFoundHandler((request, reply) => {
    void reply.headers(API_SECURITY_HEADERS);
    request.errorCode = 'NOT_FOUND';
    return reply.status(404).send(new BankError('NOT_FOUND', 'No such path.').body());
  });
}

declare module 'fastify' {
  interface FastifyRequest {
    errorCode?: string;
  }
}
