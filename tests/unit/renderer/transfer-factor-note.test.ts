// What the transfer screens say confirming will take (from /me before the operation exists) and
// how they name the payee's bank and branch: pure helpers and server-rendered notes, both languages.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Me } from '../../../src-shared/bank-api/customer.js';
import { DEFAULT_BANK_PROFILE } from '../../../src-shared/bank-profile/profile.js';
import { translate, type Lang } from '../../../src-renderer/i18n/i18n.js';
import { bankNames } from '../../../src-renderer/lib/bank-name.js';
import { bankAndBranch } from '../../../src-renderer/screens/transfer/directory.js';
import { AuthorizeFactorNote, destinationLines, expectedFactor, ReviewFactorNote } from '../../../src-renderer/screens/transfer/FactorNote.js';
import { useApp } from '../../../src-renderer/state/app-store.js';

const me = (patch: Partial<Me> = {}): Me => ({
  loginId: 'mail-user', name: '目黒 太郎', email: 'mail-user@docomo.ne.jp', tokenState: 'not-used',
  selectEmail: [
    { slot: 1, use: true, address: 'sel1@au.com', otpDestination: true },
    { slot: 2, use: true, address: 'sel2@i.softbank.jp', otpDestination: false },
  ],
  secondFactor: 'mail-otp', startOfUseRequired: false, policy: { registeredPayeeNeedsOtp: true }, ...patch,
});
const t = (lang: Lang) => (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate(lang, key, vars);

function setLang(language: Lang): void {
  Object.assign(useApp.getInitialState(), { language, info: { version: '0', profile: DEFAULT_BANK_PROFILE, kiosk: false, testBuild: false, host: 'browser' } });
}
beforeEach(() => setLang('ja'));

describe('expectedFactor follows what the bank reported', () => {
  it.each([
    ['mail, guide policy, registered payee', me(), true, 'mail'],
    ['mail, peer rule, registered payee', me({ policy: { registeredPayeeNeedsOtp: false } }), true, 'confirm-only'],
    ['mail, peer rule, new payee', me({ policy: { registeredPayeeNeedsOtp: false } }), false, 'mail'],
    ['token, guide policy', me({ secondFactor: 'token', tokenState: 'active' }), true, 'token'],
    ['token, new payee', me({ secondFactor: 'token', tokenState: 'active' }), false, 'token'],
    ['no one-time factor on this channel', me({ secondFactor: 'none' }), false, 'confirm-only'],
    ['nothing known', null, false, 'unknown'],
  ] as const)('%s', (_name, m, registered, expected) => {
    expect(expectedFactor(m, registered)).toBe(expected);
  });
});

describe('destinations named before the password is sent', () => {
  it('the registered address and each Select address marked as a destination, masked; not one only in use', () => {
    expect(destinationLines(t('ja'), me())).toEqual(['登録メールアドレス：m***@docomo.ne.jp', 'セレクトメールアドレス１：s***@au.com']);
    expect(destinationLines(t('en'), me())).toEqual(['Registered address: m***@docomo.ne.jp', 'Select e-mail address 1: s***@au.com']);
  });

  it('a token user is told no mail is sent, in both languages', () => {
    for (const lang of ['ja', 'en'] as const) {
      setLang(lang);
      const html = renderToStaticMarkup(createElement(ReviewFactorNote, { me: me({ secondFactor: 'token', tokenState: 'active' }), registeredPayee: false }));
      expect(html).toContain(translate(lang, 'trd.review.token'));
      expect(html).not.toContain('docomo');
    }
  });

  it('after creation the operation says it: its factors and its destinations', () => {
    const otp = { reference: '0042', sentAt: '2025-01-01T00:00:00Z', expiresAt: '2025-01-01T00:10:00Z', destinations: ['m***@docomo.ne.jp', 's***@au.com'] };
    const mail = renderToStaticMarkup(createElement(AuthorizeFactorNote, { factors: ['mail-otp', 'confirmation-password'], otp }));
    expect(mail).toContain(translate('ja', 'trd.auth.mail'));
    expect(mail).toContain('<li>s***@au.com</li>');
    expect(renderToStaticMarkup(createElement(AuthorizeFactorNote, { factors: ['token-otp', 'confirmation-password'] }))).toContain(translate('ja', 'trd.auth.token'));
    expect(renderToStaticMarkup(createElement(AuthorizeFactorNote, { factors: ['confirmation-password'] }))).toContain(translate('ja', 'trd.auth.confirmOnly'));
  });
});

describe('bank and branch on review, authorize and receipt', () => {
  const p = { bankCode: '0005', branchCode: '101', bankName: 'サンプル銀行', branchName: '青山支店' };
  it('names with the codes beside them', () => {
    expect(bankAndBranch(t('ja'), bankNames(DEFAULT_BANK_PROFILE, 'ja'), p)).toBe('サンプル銀行（0005） 青山支店（101）');
    expect(bankAndBranch(t('en'), bankNames(DEFAULT_BANK_PROFILE, 'en'), p)).toBe('サンプル銀行 (0005) 青山支店 (101)');
  });
  it('the codes alone when the directory could not be asked', () => {
    expect(bankAndBranch(t('ja'), bankNames(DEFAULT_BANK_PROFILE, 'ja'), { ...p, bankName: null })).toBe('金融機関コード 0005・支店コード 101');
  });
});
