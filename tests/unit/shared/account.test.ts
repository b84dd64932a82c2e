import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ACCOUNT_TYPES, ACCOUNT_TYPE_LABELS, PAYEE_NAME_MAX, isNormalizedPayeeName, maskAccountNumber, maskPayeeName,
  normalizePayeeName, parseAccountNumber, parseAccountType, parseBankCode, parseBranchCode,
} from '../../../src-shared/domain/account.js';
import { typedText } from './arbitraries.js';

describe('parseBankCode', () => {
  it.each([
    ['0001', '0001'],
    ['０００９', '0009'],
    [' 0 0 0 5 ', '0005'],
    ['9900', '9900'],
  ])('accepts %j as %j', (input, code) => {
    expect(parseBankCode(input)).toEqual({ ok: true, value: code });
  });

  it.each([[''], ['123'], ['12345'], ['12a4'], ['-123'], ['1.23'], ['12\u200B34'], ['١٢٣٤'], ['0x12']])('rejects %j', (input) => {
    expect(parseBankCode(input)).toEqual({ ok: false, error: { code: 'BANK_CODE_INVALID' } });
  });
});

describe('parseBranchCode', () => {
  it.each([
    ['001', '001'],
    ['１２３', '123'],
    ['12 3', '123'],
  ])('accepts %j as %j', (input, code) => {
    expect(parseBranchCode(input)).toEqual({ ok: true, value: code });
  });

  it.each([[''], ['12'], ['1234'], ['1２x'], ['1\uFEFF23']])('rejects %j', (input) => {
    expect(parseBranchCode(input)).toEqual({ ok: false, error: { code: 'BRANCH_CODE_INVALID' } });
  });
});

describe('parseAccountNumber', () => {
  it.each([
    ['1234567', '1234567'],
    ['1', '0000001'],
    ['00012', '0000012'],
    ['１２３', '0000123'],
    ['12 34', '0001234'],
    ['123\u3000456', '0123456'],
  ])('accepts %j and pads it to %j', (input, number) => {
    expect(parseAccountNumber(input)).toEqual({ ok: true, value: number });
  });

  it.each([[''], ['0'], ['0000000'], ['12345678'], ['-1'], ['+1'], ['12a'], ['1\u200D2'], ['1.5']])('rejects %j', (input) => {
    expect(parseAccountNumber(input)).toEqual({ ok: false, error: { code: 'ACCOUNT_NUMBER_INVALID' } });
  });

  it('only ever returns seven digits', () => {
    fc.assert(
      fc.property(typedText(12), (s) => {
        const r = parseAccountNumber(s);
        if (r.ok) expect(r.value).toMatch(/^\d{7}$/);
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9_999_999 }), (n) => {
        expect(parseAccountNumber(String(n))).toEqual({ ok: true, value: String(n).padStart(7, '0') });
      }),
    );
  });
});

describe('parseAccountType', () => {
  it.each([
    ['ordinary', 'ordinary'],
    ['current', 'current'],
    ['savings', 'savings'],
    ['普通', 'ordinary'],
    ['当座', 'current'],
    ['貯蓄', 'savings'],
    [' 普通 ', 'ordinary'],
  ])('accepts %j as %s', (input, type) => {
    expect(parseAccountType(input)).toEqual({ ok: true, value: type });
  });

  it.each([[''], ['Ordinary'], ['checking'], ['普通預金'], ['toString'], ['constructor']])('rejects %j', (input) => {
    expect(parseAccountType(input)).toEqual({ ok: false, error: { code: 'ACCOUNT_TYPE_INVALID' } });
  });

  it('has a passbook label in both languages for every type', () => {
    expect(ACCOUNT_TYPES).toEqual(['ordinary', 'current', 'savings']);
    expect(ACCOUNT_TYPE_LABELS).toEqual({
      ordinary: { ja: '普通', en: 'Ordinary' },
      current: { ja: '当座', en: 'Current' },
      savings: { ja: '貯蓄', en: 'Savings' },
    });
  });
});

describe('account field parsers never throw', () => {
  it('answer a value or their own typed error for any text', () => {
    fc.assert(
      fc.property(typedText(12), (s) => {
        const bank = parseBankCode(s);
        expect(bank.ok ? /^\d{4}$/.test(bank.value) : bank.error.code === 'BANK_CODE_INVALID').toBe(true);
        const branch = parseBranchCode(s);
        expect(branch.ok ? /^\d{3}$/.test(branch.value) : branch.error.code === 'BRANCH_CODE_INVALID').toBe(true);
        const type = parseAccountType(s);
        expect(type.ok ? ACCOUNT_TYPES.includes(type.value) : type.error.code === 'ACCOUNT_TYPE_INVALID').toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('normalizePayeeName', () => {
  it.each([
    ['ヤマダ　タロウ', 'ﾔﾏﾀﾞ ﾀﾛｳ'],
    ['ﾔﾏﾀﾞ ﾀﾛｳ', 'ﾔﾏﾀﾞ ﾀﾛｳ'],
    ['ガギグゲゴ', 'ｶﾞｷﾞｸﾞｹﾞｺﾞ'],
    ['ザジズゼゾダヂヅデドバビブベボ', 'ｻﾞｼﾞｽﾞｾﾞｿﾞﾀﾞﾁﾞﾂﾞﾃﾞﾄﾞﾊﾞﾋﾞﾌﾞﾍﾞﾎﾞ'],
    ['パピプペポ', 'ﾊﾟﾋﾟﾌﾟﾍﾟﾎﾟ'],
    ['ヴ', 'ｳﾞ'],
    ['ヴァイオリン', 'ｳﾞｱｲｵﾘﾝ'],
    ['カ\u3099', 'ｶﾞ'], // combining voiced mark
    ['カ゛', 'ｶﾞ'], // stand-alone voiced mark typed after the kana
    ['ハ゜', 'ﾊﾟ'],
    ['ｶﾞｯｺｳ', 'ｶﾞﾂｺｳ'],
    ['ァィゥェォッャュョヮ', 'ｱｲｳｴｵﾂﾔﾕﾖﾜ'],
    ['ｧｨｩｪｫｯｬｭｮ', 'ｱｲｳｴｵﾂﾔﾕﾖ'],
    ['キャッシュ', 'ｷﾔﾂｼﾕ'],
    ['コーヒー', 'ｺ-ﾋ-'],
    ['ｺｰﾋｰ', 'ｺ-ﾋ-'],
    ['ヲン', 'ｦﾝ'],
    ['ｙａｍａｄａ　１２３', 'YAMADA 123'],
    ['Yamada Taro', 'YAMADA TARO'],
    ['ＡＢＣ（カ', 'ABC(ｶ'],
    ['カ）ヤマダショウジ', 'ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞ'],
    ['Ａ．Ｂ，Ｃ－Ｄ／Ｅ', 'A.B,C-D/E'],
    ['「カ」', '｢ｶ｣'],
    ['  ﾔﾏﾀﾞ   ﾀﾛｳ  ', 'ﾔﾏﾀﾞ ﾀﾛｳ'],
    ['ヤマダ 　 タロウ', 'ﾔﾏﾀﾞ ﾀﾛｳ'],
    ['\tﾔﾏﾀﾞ\n', 'ﾔﾏﾀﾞ'],
  ])('normalizes %j to %j', (input, expected) => {
    expect(normalizePayeeName(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['山田太郎', ['山', '田', '太', '郎']],
    ['やまだ', ['や', 'ま', 'だ']],
    ['ゔ', ['ゔ']],
    ['ヤマダ😀', ['😀']],
    ['ヤマ\u200Bダ', ['\u200B']],
    ['ヤマ\u200Dダ', ['\u200D']],
    ['ヤマ\u2060ダ', ['\u2060']],
    ['ヤマダ・タロウ', ['・']],
    ['A&B', ['&']],
    ['café', ['é']],
    ['㈱ヤマダ', ['㈱']],
    ['ヰヱ', ['ヰ', 'ヱ']],
    ['ヵヶ', ['ヵ', 'ヶ']],
    ['ヤ\tマ', ['\t']],
    ['ヤマダ山山', ['山']],
    ['a_b', ['_']],
    ['\uD800', ['\uD800']],
  ])('rejects %j listing the characters to change', (input, chars) => {
    expect(normalizePayeeName(input)).toEqual({ ok: false, error: { code: 'PAYEE_NAME_INVALID_CHARS', chars } });
  });

  it.each([[''], ['   '], ['\u3000\u3000'], ['\n']])('rejects %j as empty', (input) => {
    expect(normalizePayeeName(input)).toEqual({ ok: false, error: { code: 'PAYEE_NAME_EMPTY' } });
  });

  it('limits the normalized length, where a voiced kana counts as two', () => {
    expect(normalizePayeeName('ｱ'.repeat(PAYEE_NAME_MAX))).toEqual({ ok: true, value: 'ｱ'.repeat(30) });
    expect(normalizePayeeName('ア'.repeat(31))).toEqual({ ok: false, error: { code: 'PAYEE_NAME_TOO_LONG', max: 30 } });
    expect(normalizePayeeName('ガ'.repeat(15)).ok).toBe(true);
    expect(normalizePayeeName('ガ'.repeat(16))).toEqual({ ok: false, error: { code: 'PAYEE_NAME_TOO_LONG', max: 30 } });
    // Spaces collapse before the length is counted.
    expect(normalizePayeeName(`${'ｱ'.repeat(15)}     ${'ｲ'.repeat(14)}`).ok).toBe(true);
  });

  it('never throws, and what it returns is already normalized', () => {
    fc.assert(
      fc.property(typedText(), (s) => {
        const r = normalizePayeeName(s);
        if (r.ok) {
          expect(r.value).toMatch(/^[ｦ-ﾟ0-9A-Z ().,\-/\\｢｣]{1,30}$/);
          expect(isNormalizedPayeeName(r.value)).toBe(true);
        } else if (r.error.code === 'PAYEE_NAME_INVALID_CHARS') {
          expect(r.error.chars.length).toBeGreaterThan(0);
          for (const c of r.error.chars) expect([...c]).toHaveLength(1);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('is idempotent over katakana names', () => {
    const kana = fc.constantFrom(...'アイウエオカガキギサザシジタダチヂツッテデトドナハバパヒビピフブプマミムメモヤャユュヨョラリルレロワヲンヴー　'.split(''));
    fc.assert(
      fc.property(fc.array(kana, { minLength: 1, maxLength: 15 }), (chars) => {
        const r = normalizePayeeName(chars.join(''));
        if (r.ok) expect(normalizePayeeName(r.value)).toEqual(r);
        else expect(r.error.code).toBe('PAYEE_NAME_EMPTY');
      }),
    );
  });
});

describe('isNormalizedPayeeName', () => {
  it.each([
    ['ﾔﾏﾀﾞ ﾀﾛｳ', true],
    ['ABC(ｶ', true],
    ['ヤマダ', false],
    ['yamada', false],
    ['ﾔﾏﾀﾞ  ﾀﾛｳ', false],
    [' ﾔﾏﾀﾞ', false],
    ['', false],
    ['山田', false],
  ])('%j → %s', (name, expected) => {
    expect(isNormalizedPayeeName(name)).toBe(expected);
  });
});

describe('masks', () => {
  it('shows only the last three digits of an account number', () => {
    expect(maskAccountNumber('1234567')).toBe('****567');
    expect(maskAccountNumber('0000001')).toBe('****001');
    expect(maskAccountNumber('12')).toBe('12');
    expect(maskAccountNumber('')).toBe('');
  });

  it('shows the first two characters of a payee name and at most six asterisks', () => {
    expect(maskPayeeName('ﾔﾏﾀﾞ ﾀﾛｳ')).toBe('ﾔﾏ******');
    expect(maskPayeeName('ﾔﾏﾀﾞ')).toBe('ﾔﾏ**');
    expect(maskPayeeName('ｱ')).toBe('ｱ*');
    expect(maskPayeeName('ABCDEFGHIJKLMNOPQRSTUVWXYZ')).toBe('AB******');
  });

  it('never reveals more than two characters of a name', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 3, maxLength: 30 }), (name) => {
        const masked = maskPayeeName(name);
        expect([...masked].slice(2).every((c) => c === '*')).toBe(true);
      }),
    );
  });
});
