/**
 * Armed faults on the bank API. `503`: the request is refused before anything runs (503
 * SERVICE_UNAVAILABLE). `drop-after-commit`: the request runs and its answer is stored (an
 * idempotent replay gives it back), then the connection is closed without answering, as when a
 * network drops the answer; only a request that went through (status below 400) uses the fault.
 * Each fault that fires is logged at warn, as the controls are.
 */
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { API_PREFIX, BANK_PATHS, type FaultKind } from '../../src-shared/bank-api/index.js';
import { BankError } from '../errors.js';
import type { TesterControls } from './controls.js';
import { isTesterPath } from './guard.js';

/** Which kind a request is (null: one only `any` applies to); undefined: no fault applies at all. */
export function faultKindOf(method: string, route: string | undefined): FaultKind | null | undefined {
  if (route === undefined || isTesterPath(route) || route === BANK_PATHS.health || route === BANK_PATHS.openapi) return undefined;
  if (method !== 'POST') return null;
  if (route === BANK_PATHS.sessions) return 'login';
  if (route === BANK_PATHS.operations) return 'create-operation';
  if (route === `${API_PREFIX}/operations/:id/authorize`) return 'authorize';
  if (route === `${API_PREFIX}/operations/:id/otp`) return 'resend';
  return null;
}

export function installFaults(app: FastifyInstance, tester: TesterControls, log: Logger): void {
  app.addHook('onRequest', (request, _reply, done) => {
    const kind = faultKindOf(request.method, request.routeOptions.url);
    if (kind === undefined) {
      done();
      return;
    }
    if (tester.take(kind, '503')) {
      log.warn({ tester: { fault: '503', kind: kind ?? 'any', route: request.routeOptions.url } }, 'tester fault: request refused');
      done(new BankError('SERVICE_UNAVAILABLE', 'The bank is not available right now (a fault armed by a tester).'));
      return;
    }
    if (tester.peek(kind, 'drop-after-commit')) request.faultKind = kind;
    done();
  });
  app.addHook('onSend', (request, reply, payload, done) => {
    if (request.faultKind !== undefined && reply.statusCode < 400 && tester.take(request.faultKind, 'drop-after-commit')) {
      log.warn({ tester: { fault: 'drop-after-commit', kind: request.faultKind ?? 'any', route: request.routeOptions.url, status: reply.statusCode } }, 'tester fault: answer dropped after commit');
      request.raw.socket.destroy();
    }
    done(null, payload);
  });
}

declare module 'fastify' {
  interface FastifyRequest {
    /** A drop-after-commit fault may apply to this request (its kind, or null for `any` only). */
    faultKind?: FaultKind | null;
  }
}
