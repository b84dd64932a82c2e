/** The OpenAPI 3.1 document, built from the same route declarations and zod schemas the bank runs. */
import * as z from 'zod';
import { BANK_ERROR_STATUS } from '../src-shared/domain/index.js';
import { ErrorBody } from '../src-shared/bank-api/index.js';
import { DEFAULT_BANK_PROFILE } from '../src-shared/bank-profile/index.js';
import type { RouteSpec } from './http.js';

type Json = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Json {
  const s = z.toJSONSchema(schema, { unrepresentable: 'any', io, target: 'draft-2020-12' }) as Json;
  delete s.$schema;
  return s;
}

export const toOpenApiPath = (url: string): string => url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

function operation(spec: RouteSpec): Json {
  const parameters: Json[] = [];
  for (const m of spec.url.matchAll(/:([A-Za-z0-9_]+)/g)) parameters.push({ name: m[1], in: 'path', required: true, schema: { type: 'string' } });
  if (spec.query) {
    const q = jsonSchema(spec.query, 'input');
    const required = new Set((q.required as string[] | undefined) ?? []);
    for (const [name, schema] of Object.entries((q.properties as Record<string, Json> | undefined) ?? {})) {
      parameters.push({ name, in: 'query', required: required.has(name), schema });
    }
  }
  if (spec.idempotent) {
    parameters.push({ name: 'Idempotency-Key', in: 'header', required: true, schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{8,128}$' } });
  }
  const responses: Json = {};
  for (const [status, schema] of Object.entries(spec.responses)) {
    responses[status] = schema === null || status === '204'
      ? { description: 'No content' }
      : { description: 'Success', content: { 'application/json': { schema: jsonSchema(schema, 'output') } } };
  }
  const byStatus = new Map<number, string[]>();
  // Every route may also meet the schema check and the Host check (host-check.ts).
  for (const code of new Set([...spec.errors, 'VALIDATION_FAILED' as const, 'MISDIRECTED_REQUEST' as const])) {
    const status = BANK_ERROR_STATUS[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  for (const [status, codes] of byStatus) {
    responses[String(status)] = { description: codes.join(', '), content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } } };
  }
  const op: Json = {
    operationId: `${spec.method.toLowerCase()}${spec.url.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
    summary: spec.summary,
    tags: [spec.tag],
    parameters,
    responses,
  };
  if (spec.body) op.requestBody = { required: true, content: { 'application/json': { schema: jsonSchema(spec.body, 'input') } } };
  op.security = spec.auth ? [{ bearer: [] }] : []; // public operations say so explicitly
  return op;
}

const TAG_NOTES: Record<string, string> = {
  system: 'Liveness and this document.',
  sessions: 'Log in and out (bearer tokens).',
  customer: 'The logged-in customer: name, addresses, token state, policies.',
  accounts: 'Accounts, their history, registered payees and fees.',
  directory: 'Banks and branches by code or name.',
  limits: 'The daily transfer limit (changed with the limit-change operation: lowering at once, raising from the next day in Japan time).',
  'start-of-use': 'The first-login procedure: new passwords and the registered address, proved by a mailed password.',
  operations: 'Transfers, bill payments and setting changes: create, authorize (step by step), resend the password, status.',
  tester:
    'Demo bank only, with BANK_TESTER_CONTROLS=1 (otherwise every path answers 404). No login: like the rest, they answer only on loopback '
    + '(Host 127.0.0.1 or localhost with the port, else 421); a request with an Origin other than the mailbox page\'s is refused (403 '
    + 'FORBIDDEN_ORIGIN) and a POST must be application/json (415). The mailbox server offers the same paths to its page.',
};

export function openApiDocument(specs: RouteSpec[]): Json {
  const tags = [...new Set(specs.map((s) => s.tag))].map((name) => (TAG_NOTES[name] ? { name, description: TAG_NOTES[name] } : { name }));
  const paths: Record<string, Json> = {};
  for (const spec of specs) {
    const p = toOpenApiPath(spec.url);
    paths[p] = { ...(paths[p] ?? {}), [spec.method.toLowerCase()]: operation(spec) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: `${DEFAULT_BANK_PROFILE.bankName.en} API (demo)`,
      version: '1.0.0',
      description: 'The demo bank of Netbank Desktop. Every error is {"error":{"code","message",...}}.',
    },
    servers: [{ url: '/' }],
    tags,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: { ErrorBody: jsonSchema(ErrorBody, 'output') },
    },
    paths,
  };
}
