import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PASSWORD_MAX, PASSWORD_MIN, passwordProblems } from '../../../src-shared/domain/passwords.js';
import {
  hasInvisibleCharacters, normalizeOtpInput, toHalfWidthDigits, withoutSpaces,
} from '../../../src-shared/domain/text.js';
import {
  APP_ERROR_CODES, BANK_ERROR_CODES, BANK_ERROR_STATUS, ERROR_CODES, isBankErrorCode,
} from '../../../src-shared/domain/errors.js';
import { typedText } from './arbitraries.js';

describe('passwordProblems (8–32 characters, letters and digits both, printable ASCII)', () => {
  it.each([
    ['demo-login-1', []],
    ['abcd1234', []],
    ['A1b2C3d4', []],
    ['a1'.repeat(16), []],
    ['abc!1234', []],
    ['~!@#$%^&*()_+a1', []],
    ['abc1234', ['length']],
    ['a1'.repeat(16) + 'x', ['length']],
    ['abcdefgh', ['digit']],
    ['12345678', ['letter']],
    ['!!!!!!!!', ['letter', 'digit']],
    ['', ['length', 'letter', 'digit']],
    ['abc 12345', ['charset']],
    ['ａbc12345', ['charset']],
    ['パスワード1234a', ['charset']],
    ['abcd1234\u200B', ['charset']],
    ['abcd\t1234', ['charset']],
    ['１２３４５６７８', ['letter', 'digit', 'charset']],
  ])('%j → %j', (password, problems) => {
    expect(passwordProblems(password)).toEqual(problems);
  });

  it('uses the limits of BANK-API.md', () => {
    expect([PASSWORD_MIN, PASSWORD_MAX]).toEqual([8, 32]);
  });

  it('never throws and accepts only what the rules allow', () => {
    fc.assert(
      fc.property(typedText(40), (s) => {
        const ok = passwordProblems(s).length === 0;
        expect(ok).toBe(/^(?=.*[A-Za-z])(?=.*\d)[\x21-\x7E]{8,32}$/.test(s));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('normalizeOtpInput', () => {
  it.each([
    ['123456', '123456'],
    ['０１２３４５', '012345'],
    ['12345６', '123456'],
    ['123 456', '123456'],
    [' 123456\n', '123456'],
    ['123\u3000456', '123456'],
    ['123-456', '123456'],
    ['123－456', '123456'],
    ['１２３ー４５６', '123456'],
    ['123\u2010456', '123456'],
    ['12-34-56', '123456'],
  ])('%j → %j', (input, code) => {
    expect(normalizeOtpInput(input)).toBe(code);
  });

  it.each([
    [''],
    ['12345'],
    ['1234567'],
    ['１２３４５'],
    ['12345a'],
    ['abcdef'],
    ['123.456'],
    ['123\u200B456'],
    ['123\u200D456'],
    ['123\u2060456'],
    ['123\uFEFF456'],
    ['123\u00AD456'],
    ['١٢٣٤٥٦'], // Arabic-Indic digits are digits, but not ones the bank sent
    ['+123456'],
  ])('rejects %j', (input) => {
    expect(normalizeOtpInput(input)).toBeNull();
  });

  it('never throws; an answer is always six ASCII digits', () => {
    fc.assert(
      fc.property(typedText(16), (s) => {
        const r = normalizeOtpInput(s);
        if (r !== null) expect(r).toMatch(/^\d{6}$/);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('text helpers', () => {
  it('converts only full-width digits', () => {
    expect(toHalfWidthDigits('０１２３４５６７８９ａ１')).toBe('0123456789ａ1');
  });

  it('removes ordinary and full-width spaces', () => {
    expect(withoutSpaces(' 1\t2\u30003\n')).toBe('123');
  });

  it.each([['\u200B'], ['\u200C'], ['\u200D'], ['\u2060'], ['\uFEFF'], ['\u00AD']])('finds invisible %j', (c) => {
    expect(hasInvisibleCharacters(`a${c}b`)).toBe(true);
  });

  it('finds nothing invisible in ordinary text', () => {
    expect(hasInvisibleCharacters('ヤマダ 123 abc　')).toBe(false);
  });
});

describe('error codes', () => {
  // The statuses BANK-API.md states for each code it names.
  it.each([
    ['VALIDATION_FAILED', 400],
    ['IDEMPOTENCY_KEY_REQUIRED', 400],
    ['IDEMPOTENCY_KEY_REUSED', 422],
    ['IDEMPOTENCY_IN_PROGRESS', 409],
    ['INVALID_CREDENTIALS', 401],
    ['ACCOUNT_LOCKED', 423],
    ['START_OF_USE_REQUIRED', 403],
    ['FREE_MAIL_NOT_ACKNOWLEDGED', 422],
    ['OTP_RESEND_TOO_SOON', 429],
    ['CONFIRMATION_PASSWORD_INVALID', 401],
    ['OTP_INVALID', 401],
    ['OTP_EXPIRED', 410],
    ['OTP_SUPERSEDED', 410],
    ['OTP_ATTEMPTS_EXCEEDED', 409],
    ['OTP_LOCKED', 423],
    ['OTP_ISSUE_LIMIT', 429],
    ['UNKNOWN_BANK', 422],
    ['UNKNOWN_BRANCH', 422],
    ['MISDIRECTED_REQUEST', 421],
    ['INSUFFICIENT_FUNDS', 422],
    ['OPERATION_ALREADY_COMPLETED', 409],
  ] as const)('%s answers %d', (code, status) => {
    expect(BANK_ERROR_STATUS[code]).toBe(status);
  });

  it('gives every bank code a status and keeps bank and app codes apart', () => {
    expect(Object.keys(BANK_ERROR_STATUS).sort()).toEqual([...BANK_ERROR_CODES].sort());
    for (const s of Object.values(BANK_ERROR_STATUS)) expect(s >= 400 && s < 600).toBe(true);
    expect(BANK_ERROR_CODES.filter((c) => (APP_ERROR_CODES as readonly string[]).includes(c))).toEqual([]);
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
    expect(isBankErrorCode('OTP_EXPIRED')).toBe(true);
    expect(isBankErrorCode('INVALID_RESPONSE')).toBe(false);
    expect(isBankErrorCode('toString')).toBe(false);
  });
});
