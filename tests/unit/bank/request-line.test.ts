// The bank's one line per request is put together by hand (logging.ts requestLine); it must be
// exactly what JSON.stringify writes for the same fields, whatever the path, id or code hold.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requestLine, type RequestFields } from '../../../mock-bank/logging.js';

const fields: fc.Arbitrary<RequestFields> = fc.record({
  req: fc.record({
    id: fc.string(),
    method: fc.constantFrom('GET', 'POST', 'DELETE', 'OPTIONS'),
    path: fc.string({ unit: 'binary' }),
    route: fc.option(fc.string(), { nil: null }),
  }),
  res: fc.record({ status: fc.integer({ min: 100, max: 599 }), code: fc.option(fc.string(), { nil: null }), replayed: fc.boolean() }),
  customer: fc.option(fc.nat(), { nil: null }),
  ms: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, 0.1, 12.3, 1e21)),
});

describe('request line', () => {
  it('is byte for byte the JSON of the same fields, one line, ending in a newline', () => {
    fc.assert(fc.property(fields, fc.nat(), (f, time) => {
      const line = requestLine(time, f);
      expect(line).toBe(`${JSON.stringify({ level: 30, time, svc: 'demo-bank', ...f, msg: 'request' })}\n`);
      expect(line.indexOf('\n')).toBe(line.length - 1);
    }), { numRuns: 2000 });
  });

  it('escapes what JSON escapes in any field: quotes, backslashes, control characters, lone surrogates', () => {
    for (const odd of ['"', '\\', '\u0000', '\u001f', '\u007f', '\ud800', '\udfff', 'é', '口座', '\u2028']) {
      const f: RequestFields = { req: { id: `r${odd}`, method: 'GET', path: `/a${odd}b`, route: odd }, res: { status: 400, code: `C${odd}`, replayed: false }, customer: null, ms: 1 };
      expect(requestLine(7, f)).toBe(`${JSON.stringify({ level: 30, time: 7, svc: 'demo-bank', ...f, msg: 'request' })}\n`);
    }
  });

  it('writes a duration that is not a number as null, so the line stays JSON', () => {
    const f: RequestFields = { req: { id: 'req-1', method: 'GET', path: '/x"\\\n', route: null }, res: { status: 200, code: null, replayed: false }, customer: 3, ms: Number.NaN };
    expect(JSON.parse(requestLine(5, f))).toEqual({ level: 30, time: 5, svc: 'demo-bank', ...f, ms: null, msg: 'request' });
  });
});
