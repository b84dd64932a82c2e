import * as z from 'zod';
import { BANK_PATHS, Health } from '../../src-shared/bank-api/index.js';
import { defineRoute, type RouteSpec } from '../http.js';
import { openApiDocument } from '../openapi.js';

/** /health and /openapi.json; the document covers every declared route, itself included. */
export function systemRoutes(all: () => RouteSpec[]): RouteSpec[] {
  let cached: unknown = null;
  return [
    defineRoute({
      method: 'GET', url: BANK_PATHS.health, tag: 'system', summary: 'Liveness', auth: false, idempotent: false,
      responses: { 200: Health }, errors: [], handler: () => ({ status: 200, body: { status: 'ok' } }),
    }),
    defineRoute({
      method: 'GET', url: BANK_PATHS.openapi, tag: 'system', summary: 'This API as OpenAPI 3.1, generated from its zod schemas',
      auth: false, idempotent: false, responses: { 200: z.record(z.string(), z.unknown()) }, errors: [],
      handler: () => {
        cached ??= openApiDocument(all());
        return { status: 200, body: cached };
      },
    }),
  ];
}
