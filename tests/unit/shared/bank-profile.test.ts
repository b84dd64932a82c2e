import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BankProfile, DEFAULT_BANK_PROFILE, parseBankProfile, senderDomains,
} from '../../../src-shared/bank-profile/index.js';
import { typedText } from './arbitraries.js';

const good = (): Record<string, unknown> => structuredClone(DEFAULT_BANK_PROFILE) as unknown as Record<string, unknown>;

function issuesOf(text: string): string[] {
  const r = parseBankProfile(text);
  if (r.ok) throw new Error('expected the profile to be refused');
  if (r.error.code !== 'PROFILE_INVALID') throw new Error(`expected PROFILE_INVALID, got ${r.error.code}`);
  return r.error.issues;
}

describe('the default bank profile', () => {
  it('is valid by its own schema and names the sender domains of DOMAIN.md in order', () => {
    expect(BankProfile.safeParse(DEFAULT_BANK_PROFILE).success).toBe(true);
    expect(senderDomains(DEFAULT_BANK_PROFILE)).toEqual(['otp-auth.net', 'am-bk.co.jp']);
    expect(DEFAULT_BANK_PROFILE.otpValiditySeconds).toBe(600);
    expect(DEFAULT_BANK_PROFILE.bankName.ja.length).toBeGreaterThan(0);
    expect(DEFAULT_BANK_PROFILE.support.hours.en.length).toBeGreaterThan(0);
  });

  it('round-trips through a JSON file', () => {
    expect(parseBankProfile(JSON.stringify(DEFAULT_BANK_PROFILE))).toEqual({ ok: true, value: DEFAULT_BANK_PROFILE });
  });

  it('names one bank throughout: every help link lies on a sender domain and names the bank in both languages', () => {
    const [otp, notice] = senderDomains(DEFAULT_BANK_PROFILE);
    expect(DEFAULT_BANK_PROFILE.externalLinks.length).toBeGreaterThan(0);
    for (const link of DEFAULT_BANK_PROFILE.externalLinks) {
      const host = new URL(link.url).hostname;
      expect([otp, notice].some((d) => host === d || host.endsWith(`.${d}`)), host).toBe(true);
      expect(link.label.ja).toContain(DEFAULT_BANK_PROFILE.bankName.ja);
      expect(link.label.en).toContain(DEFAULT_BANK_PROFILE.bankName.en);
    }
  });

  it('takes another bank from a file', () => {
    const other = {
      ...good(), id: 'other-bank', otpSenderDomain: 'otp.example.jp', noticeSenderDomain: 'mail.example.jp', bankName: { ja: 'れい銀行', en: 'Rei Bank' },
      externalLinks: [{ id: 'help', url: 'https://www.mail.example.jp/help/', label: { ja: 'れい銀行 ヘルプ', en: 'Rei Bank help' } }],
    };
    const r = parseBankProfile(JSON.stringify(other));
    expect(r.ok).toBe(true);
    if (r.ok) expect(senderDomains(r.value)).toEqual(['otp.example.jp', 'mail.example.jp']);
  });
});

describe('parseBankProfile refuses a broken file with a typed error', () => {
  it.each([[''], ['{'], ['not json'], ["{'id':'x'}"], ['{"id":"x",}']])('%j is not JSON', (text) => {
    expect(parseBankProfile(text)).toEqual({ ok: false, error: { code: 'PROFILE_NOT_JSON' } });
  });

  it.each([['null'], ['[]'], ['"demo"'], ['42']])('%s is not a profile', (text) => {
    expect(issuesOf(text)).toEqual([expect.stringMatching(/^\(root\): /)]);
  });

  it('names every missing field', () => {
    const issues = issuesOf('{}');
    for (const field of ['id', 'bankName', 'bankCode', 'otpSenderDomain', 'noticeSenderDomain', 'support', 'otpValiditySeconds', 'externalLinks']) {
      expect(issues.some((i) => i.startsWith(`${field}: `)), field).toBe(true);
    }
  });

  it.each([
    ['a link on another bank\'s domain', { externalLinks: [{ id: 'help', url: 'https://www.other-bank.jp/help/', label: { ja: 'デモ銀行 ヘルプ', en: 'Demo Bank help' } }] }, 'externalLinks.0.url'],
    ['a link on a look-alike domain', { externalLinks: [{ id: 'help', url: 'https://www.notam-bk.co.jp/help/', label: { ja: 'デモ銀行 ヘルプ', en: 'Demo Bank help' } }] }, 'externalLinks.0.url'],
    ['a link whose user part names the bank\'s domain', { externalLinks: [{ id: 'help', url: 'https://www.am-bk.co.jp@other-bank.jp/help/', label: { ja: 'デモ銀行 ヘルプ', en: 'Demo Bank help' } }] }, 'externalLinks.0.url'],
    ['a Japanese link label without the bank\'s name', { externalLinks: [{ id: 'help', url: 'https://www.am-bk.co.jp/help/', label: { ja: 'ヘルプ', en: 'Demo Bank help' } }] }, 'externalLinks.0.label.ja'],
    ['an English link label naming another bank', { externalLinks: [{ id: 'help', url: 'https://www.am-bk.co.jp/help/', label: { ja: 'デモ銀行 ヘルプ', en: 'Other Bank help' } }] }, 'externalLinks.0.label.en'],
    ['an http link', { externalLinks: [{ id: 'help', url: 'http://www.am-bk.co.jp/help/', label: { ja: 'ヘルプ', en: 'Help' } }] }, 'externalLinks.0.url'],
    ['a javascript: link', { externalLinks: [{ id: 'x', url: 'javascript:alert(1)', label: { ja: 'x', en: 'x' } }] }, 'externalLinks.0.url'],
    ['a file: link', { externalLinks: [{ id: 'x', url: 'file:///etc/passwd', label: { ja: 'x', en: 'x' } }] }, 'externalLinks.0.url'],
    ['a link without a real host', { externalLinks: [{ id: 'x', url: 'https:help', label: { ja: 'x', en: 'x' } }] }, 'externalLinks.0.url'],
    ['a link to an IP address', { externalLinks: [{ id: 'x', url: 'https://127.0.0.1/', label: { ja: 'x', en: 'x' } }] }, 'externalLinks.0.url'],
    ['an upper-case sender domain', { otpSenderDomain: 'OTP-AUTH.NET' }, 'otpSenderDomain'],
    ['a sender domain with a scheme', { otpSenderDomain: 'https://otp-auth.net' }, 'otpSenderDomain'],
    ['a sender address instead of a domain', { noticeSenderDomain: 'info@am-bk.co.jp' }, 'noticeSenderDomain'],
    ['a one-label sender domain', { noticeSenderDomain: 'localhost' }, 'noticeSenderDomain'],
    ['an IDN sender domain', { noticeSenderDomain: 'ぎんこう.jp' }, 'noticeSenderDomain'],
    ['a 3-digit bank code', { bankCode: '999' }, 'bankCode'],
    ['a bad id', { id: 'Demo Bank' }, 'id'],
    ['an OTP validity under a minute', { otpValiditySeconds: 30 }, 'otpValiditySeconds'],
    ['an OTP validity over an hour', { otpValiditySeconds: 7200 }, 'otpValiditySeconds'],
    ['a fractional OTP validity', { otpValiditySeconds: 600.5 }, 'otpValiditySeconds'],
    ['an empty Japanese name', { bankName: { ja: '', en: 'Demo Bank' } }, 'bankName.ja'],
    ['a missing English name', { bankName: { ja: 'デモ銀行' } }, 'bankName.en'],
    ['an unknown field', { extra: true }, '(root)'],
    ['an unknown support field', { support: { phone: '0120', hours: { ja: 'a', en: 'b' }, email: 'x@y.jp' } }, 'support'],
    ['too many links', { externalLinks: Array.from({ length: 21 }, (_, i) => ({ id: `l${i}`, url: 'https://am-bk.co.jp/', label: { ja: 'デモ銀行', en: 'Demo Bank' } })) }, 'externalLinks'],
  ])('%s', (_what, patch, path) => {
    const issues = issuesOf(JSON.stringify({ ...good(), ...patch }));
    expect(issues.some((i) => i.startsWith(`${path}: `)), issues.join('; ')).toBe(true);
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.oneof(typedText(60), fc.json()), (text) => {
        const r = parseBankProfile(text);
        expect(r.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
