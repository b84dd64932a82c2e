/**
 * The glossary of src-renderer/README.md held in the catalogs (and in the demo bank's Japanese
 * mails): words it rules out stay out, one spelling per term, and every screen, button or field a
 * message quotes by name is one the customer can actually find.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogs } from '../../../src-renderer/i18n/i18n.js';
import { testbuildJa } from '../../../src-renderer/i18n/testbuild.ja.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Japanese the glossary rules out, each with the reason a customer would trip over it. */
const RULED_OUT: [RegExp, string][] = [
  [/承認/, '承認 reads as a corporate approver\'s sign-off: 内容確認 / お取引の確定 / 実行する'],
  [/いま一度/, 'reads as "once more": 一度だけ'],
  [/思いがけない/, 'say what happened, or 予期しない'],
  [/おすすめされない|お勧めされない/, 'the guide\'s tone: ご登録はお控えください'],
  [/いまの|今の/, 'casual: 現在の'],
  [/ブラウザ(?!ー)/, 'one spelling: ブラウザー'],
  [/利用停止中/, 'a released token app is 利用解除中'],
  [/セレクトアドレス/, 'the guide\'s name: セレクトメールアドレス'],
  [/受け取る端末/, 'the device is the one that receives the mail: 受信する端末'],
  [/ワンタイムパスワード（メール/, 'the mailed password is メール通知パスワード, not a kind of ワンタイムパスワード'],
];

function ruledOut(texts: Record<string, string>): string[] {
  return Object.entries(texts).flatMap(([k, v]) => RULED_OUT.filter(([re]) => re.test(v)).map(([, why]) => `${k}: ${why}`));
}

describe('Japanese wording', () => {
  it('finds each ruled-out word in a sample', () => {
    expect(ruledOut({ a: '内容を承認する', b: 'ブラウザで開く', c: 'ブラウザーで開く', d: 'いまのパスワード', e: 'セレクトアドレス１' })).toHaveLength(4);
  });

  it('the catalogs use none of the words the glossary rules out', () => {
    expect(ruledOut({ ...catalogs.ja, ...testbuildJa })).toEqual([]);
  });

  it("the demo bank's Japanese mails use none of them either", () => {
    const mails = ['mock-bank/mail-templates.ts', 'mock-bank/login-notice-mail.ts'];
    expect(ruledOut(Object.fromEntries(mails.map((f) => [f, readFileSync(path.join(root, f), 'utf8')])))).toEqual([]);
  });
});

/**
 * Quoted text that names no control of ours: symbols in input hints, the authenticator app's own
 * menu item, and glossary terms quoted as terms rather than as a button.
 */
const NOT_A_CONTROL = new Set(['@', '.', '{file}', 'キーを入力', 'enter a setup key', '利用解除', 'mail-notified password']);

/** The quoted names in one message: 「…」 in Japanese, "…" or “…” in English. */
function quoted(lang: 'ja' | 'en', text: string): string[] {
  const re = lang === 'ja' ? /「([^」]+)」/g : /[“"]([^”"]+)[”"]/g;
  return [...text.matchAll(re)].map((m) => m[1]!);
}

/** A quote names a control when it is a message itself, a message without its bracketed note, or several joined by ／. */
function namesAControl(quote: string, values: Set<string>): boolean {
  if (NOT_A_CONTROL.has(quote) || values.has(quote)) return true;
  if ([...values].some((v) => v.startsWith(`${quote}（`) || v.startsWith(`${quote} (`))) return true;
  const parts = quote.split('／');
  return parts.length > 1 && parts.every((p) => values.has(p));
}

describe('names quoted in messages', () => {
  it('a quote that is no message is caught', () => {
    const values = new Set(['ログインIDをこのパソコンに保存する', '利用する', '利用しない', '新しい振込先（都度振込）']);
    expect(namesAControl('ログインIDを記憶する', values)).toBe(false);
    expect(namesAControl('利用する／利用しない', values)).toBe(true);
    expect(namesAControl('新しい振込先', values)).toBe(true);
  });

  for (const lang of ['ja', 'en'] as const) {
    it(`${lang}: each button, screen or field a message tells the customer to use exists under that name`, () => {
      const cat = catalogs[lang] as Record<string, string>;
      const values = new Set(Object.values(cat).map((v) => v.trim()));
      const missing = Object.entries(cat).flatMap(([k, v]) => quoted(lang, v).filter((q) => !namesAControl(q, values)).map((q) => `${k}: ${q}`));
      expect(missing).toEqual([]);
    });
  }
});
