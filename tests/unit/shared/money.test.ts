import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkYen, formatYen, formatYenPlain, parseYen } from '../../../src-shared/domain/money.js';

describe('parseYen', () => {
  it.each([
    ['10000', 10000],
    ['10,000', 10000],
    ['１０，０００', 10000],
    ['¥10,000', 10000],
    ['￥１０００', 1000],
    ['10,000円', 10000],
    [' 1 000 ', 1000],
    ['0001', 1],
    ['10000000', 10_000_000],
  ])('accepts %j as %d yen', (input, yen) => {
    expect(parseYen(input)).toEqual({ ok: true, value: yen });
  });

  it.each([
    ['', 'AMOUNT_EMPTY'],
    ['   ', 'AMOUNT_EMPTY'],
    ['abc', 'AMOUNT_NOT_A_NUMBER'],
    ['10.5', 'AMOUNT_NOT_WHOLE_YEN'],
    ['-100', 'AMOUNT_TOO_SMALL'],
    ['0', 'AMOUNT_TOO_SMALL'],
    ['10000001', 'AMOUNT_TOO_LARGE'],
    ['9'.repeat(400), 'AMOUNT_TOO_LARGE'],
    ['1e5', 'AMOUNT_NOT_A_NUMBER'],
    ['1\u200B000', 'AMOUNT_NOT_A_NUMBER'],
    ['0x10', 'AMOUNT_NOT_A_NUMBER'],
  ])('rejects %j with %s', (input, code) => {
    const r = parseYen(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe(code);
  });

  it('never throws and only ever returns whole yen within limits', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = parseYen(s);
        if (r.ok) expect(Number.isInteger(r.value) && r.value >= 1 && r.value <= 10_000_000).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips every valid amount through its formatted form', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (n) => {
        expect(parseYen(formatYenPlain(n, 'ja'))).toEqual({ ok: true, value: n });
        expect(parseYen(formatYenPlain(n, 'en'))).toEqual({ ok: true, value: n });
      }),
    );
  });
});

describe('checkYen', () => {
  it.each([[NaN], [Infinity], [1.5], [0], [10_000_001]])('rejects %d', (n) => {
    expect(checkYen(n).ok).toBe(false);
  });
});

describe('formatYen', () => {
  it('formats for ja and en', () => {
    expect(formatYen(1234567, 'ja')).toBe('￥1,234,567');
    expect(formatYen(1234567, 'en')).toBe('¥1,234,567');
    expect(formatYenPlain(10000, 'ja')).toBe('10,000円');
  });
});
