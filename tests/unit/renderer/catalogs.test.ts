import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_TYPES } from '../../../src-shared/domain/account.js';
import { ERROR_CODES } from '../../../src-shared/domain/errors.js';
import { OPERATION_TYPES } from '../../../src-shared/domain/operations.js';
import { catalogs, placeholders, translate, type MessageKey } from '../../../src-renderer/i18n/i18n.js';

const ja = catalogs.ja;
const en = catalogs.en;
const keys = (o: object) => Object.keys(o).sort();

describe('message catalogs', () => {
  it('have exactly the same keys in ja and en', () => {
    const jaKeys = keys(ja);
    const enKeys = keys(en);
    expect(jaKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
    expect(enKeys.filter((k) => !jaKeys.includes(k))).toEqual([]);
    expect(jaKeys.length).toBeGreaterThan(300);
  });

  it('use the same placeholders for each key in both languages', () => {
    const differing = (Object.keys(ja) as MessageKey[]).filter((k) => placeholders(ja[k]).join() !== placeholders(en[k]).join());
    expect(differing).toEqual([]);
  });

  it('have no empty message, and Japanese text in the Japanese catalog', () => {
    for (const lang of [ja, en]) expect(Object.entries(lang).filter(([, v]) => v.trim() === '')).toEqual([]);
    const notJapanese = Object.entries(ja).filter(([k, v]) => !/[\u3000-\u30ff\u4e00-\u9fff\uff01-\uff60]/.test(v) && !['app.language.en', 'home.accountLabel'].includes(k));
    expect(notJapanese).toEqual([]);
  });

  it('name every error code, account type and operation type the app can meet', () => {
    const needed = [
      ...ERROR_CODES.map((c) => `error.${c}`),
      ...ACCOUNT_TYPES.map((a) => `acct.${a}`),
      ...OPERATION_TYPES.map((o) => `op.${o}`),
      ...['EMAIL_EMPTY', 'EMAIL_TOO_LONG', 'EMAIL_INVISIBLE_CHARACTERS', 'EMAIL_NON_ASCII', 'EMAIL_MISSING_AT',
        'EMAIL_LOCAL_PART_INVALID', 'EMAIL_DOMAIN_INVALID', 'EMAIL_IDN_NOT_SUPPORTED'].map((c) => `email.err.${c}`),
      ...['separate-device-good', 'check-receiving-device', 'receive-where-you-bank', 'free-mail-warning', 'cloud-mail-warning'].map((a) => `email.advice.${a}`),
      ...['AMOUNT_EMPTY', 'AMOUNT_NOT_A_NUMBER', 'AMOUNT_NOT_WHOLE_YEN', 'AMOUNT_TOO_SMALL', 'AMOUNT_TOO_LARGE'].map((c) => `amount.err.${c}`),
    ];
    expect(needed.filter((k) => !(k in ja))).toEqual([]);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('ja', 'otp.err.invalid', { n: 3 })).toBe('パスワードが正しくありません。あと3回入力できます。');
    expect(translate('en', 'otp.err.invalid', { n: 3 })).toBe('That password is not correct. 3 attempts left.');
    expect(translate('en', 'otp.err.invalid')).toContain('{n}');
  });
});

// A component that writes text straight into JSX would show it untranslated in one language.
describe('components', () => {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../src-renderer');
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.tsx')) files.push(p);
    }
  };
  walk(root);
  const WORDY = /[A-Za-z\u3040-\u30ff\u4e00-\u9fff]/;

  it('hold no hard-coded text between tags or in labelling attributes', () => {
    expect(files.length).toBeGreaterThan(10);
    const found: string[] = [];
    for (const file of files) {
      const src = readFileSync(file, 'utf8');
      for (const m of src.matchAll(/>([^<>{}\n]+)<\//g)) if (WORDY.test(m[1]!)) found.push(`${path.basename(file)}: ${m[1]!.trim()}`);
      for (const m of src.matchAll(/\b(aria-label|title|placeholder|alt)="([^"]*)"/g)) if (WORDY.test(m[2]!)) found.push(`${path.basename(file)}: ${m[1]}="${m[2]}"`);
    }
    expect(found).toEqual([]);
  });
});
