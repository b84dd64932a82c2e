import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CARRIER_MOBILE_DOMAINS, CLOUD_MAIL_DOMAINS, FREE_MAIL_DOMAINS, classifyEmail, maskEmail,
  type EmailClassification,
} from '../../../src-shared/domain/email-policy.js';
import { typedText } from './arbitraries.js';

function valid(c: EmailClassification) {
  if (!c.valid) throw new Error(`expected a valid address, got ${c.error}`);
  return c;
}

describe('classifyEmail: kinds and advice', () => {
  it.each([
    ['mail-user@docomo.ne.jp', 'carrier-mobile'],
    ['a@ezweb.ne.jp', 'carrier-mobile'],
    ['a@au.com', 'carrier-mobile'],
    ['a@biz.ezweb.ne.jp', 'carrier-mobile'],
    ['a@softbank.ne.jp', 'carrier-mobile'],
    ['a@i.softbank.jp', 'carrier-mobile'],
    ['a@ymobile.ne.jp', 'carrier-mobile'],
    ['a@rakuten.jp', 'carrier-mobile'],
    ['a@gmail.com', 'free-mail'],
    ['a@yahoo.co.jp', 'free-mail'],
    ['a@outlook.jp', 'free-mail'],
    ['a@outlook.com', 'free-mail'],
    ['a@hotmail.com', 'free-mail'],
    ['a@icloud.com', 'cloud-mail'],
    ['a@me.com', 'cloud-mail'],
    ['a@example.co.jp', 'other'],
    ['a@am-bk.co.jp', 'other'],
  ])('%s is %s', (address, kind) => {
    expect(valid(classifyEmail(address)).kind).toBe(kind);
  });

  it('matches subdomains of a listed domain, never look-alike names', () => {
    expect(valid(classifyEmail('a@sub.docomo.ne.jp')).kind).toBe('carrier-mobile');
    expect(valid(classifyEmail('a@mail.gmail.com')).kind).toBe('free-mail');
    expect(valid(classifyEmail('a@x.icloud.com')).kind).toBe('cloud-mail');
    expect(valid(classifyEmail('a@notgmail.com')).kind).toBe('other');
    expect(valid(classifyEmail('a@gmail.com.example.jp')).kind).toBe('other');
    expect(valid(classifyEmail('a@xdocomo.ne.jp')).kind).toBe('other');
    expect(valid(classifyEmail('a@docomo.ne.jp.evil.com')).kind).toBe('other');
  });

  it('classifies every listed domain as its own kind', () => {
    for (const d of CARRIER_MOBILE_DOMAINS) expect(valid(classifyEmail(`u@${d}`)).kind, d).toBe('carrier-mobile');
    for (const d of FREE_MAIL_DOMAINS) expect(valid(classifyEmail(`u@${d}`)).kind, d).toBe('free-mail');
    for (const d of CLOUD_MAIL_DOMAINS) expect(valid(classifyEmail(`u@${d}`)).kind, d).toBe('cloud-mail');
    const all = [...CARRIER_MOBILE_DOMAINS, ...FREE_MAIL_DOMAINS, ...CLOUD_MAIL_DOMAINS];
    expect(new Set(all).size).toBe(all.length);
  });

  it('gives the advice DOMAIN.md asks for, and asks acknowledgement for free and cloud mail only', () => {
    expect(valid(classifyEmail('a@docomo.ne.jp'))).toMatchObject({
      advice: ['separate-device-good', 'receive-where-you-bank'],
      requiresAcknowledgement: false,
    });
    expect(valid(classifyEmail('a@gmail.com'))).toMatchObject({
      advice: ['free-mail-warning', 'check-receiving-device', 'receive-where-you-bank'],
      requiresAcknowledgement: true,
    });
    expect(valid(classifyEmail('a@icloud.com'))).toMatchObject({
      advice: ['cloud-mail-warning', 'check-receiving-device', 'receive-where-you-bank'],
      requiresAcknowledgement: true,
    });
    expect(valid(classifyEmail('a@example.co.jp'))).toMatchObject({
      advice: ['check-receiving-device', 'receive-where-you-bank'],
      requiresAcknowledgement: false,
    });
  });
});

describe('classifyEmail: normalization', () => {
  it.each([
    ['  a@docomo.ne.jp  ', 'a@docomo.ne.jp'],
    ['A@EZWEB.NE.JP', 'A@ezweb.ne.jp'],
    ['Taro.Yamada@Example.CO.JP', 'Taro.Yamada@example.co.jp'],
    ['\u3000a@example.com\n', 'a@example.com'],
  ])('%j becomes %j (local part kept as typed, domain lower case)', (input, normalized) => {
    const c = valid(classifyEmail(input));
    expect(c.normalized).toBe(normalized);
    expect(c.domain).toBe(normalized.slice(normalized.indexOf('@') + 1));
  });
});

describe('classifyEmail: syntax', () => {
  const local64 = 'a'.repeat(64);
  // 63 + 1 + 63 + 1 + 63 + 1 + 57 + 4 = 253 characters of domain: 2 + 253 = 255 in all.
  const longDomain = `${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.${'e'.repeat(57)}.com`;

  it.each([
    [`${local64}@example.com`],
    ['a+tag@example.com'],
    ["o'brien@example.com"],
    ['first.last@example.com'],
    ['a_b-c@example.com'],
    ['a@123.example.com'],
    ['a@a-b.example.com'],
    [`a@${'x'.repeat(63)}.com`],
    [`${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(58)}.jp`], // 254 characters: the limit
  ])('accepts %s', (address) => {
    expect(classifyEmail(address).valid).toBe(true);
  });

  it.each([
    ['', 'EMAIL_EMPTY'],
    ['   ', 'EMAIL_EMPTY'],
    ['plainaddress', 'EMAIL_MISSING_AT'],
    ['a@b@example.com', 'EMAIL_MISSING_AT'],
    ['"a@b"@example.com', 'EMAIL_MISSING_AT'],
    [`${'a'.repeat(65)}@example.com`, 'EMAIL_LOCAL_PART_INVALID'],
    [`a@${longDomain}`, 'EMAIL_TOO_LONG'],
    [`${local64}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(59)}.jp`, 'EMAIL_TOO_LONG'],
    ['@example.com', 'EMAIL_LOCAL_PART_INVALID'],
    ['.a@example.com', 'EMAIL_LOCAL_PART_INVALID'],
    ['a.@example.com', 'EMAIL_LOCAL_PART_INVALID'],
    ['a..b@example.com', 'EMAIL_LOCAL_PART_INVALID'],
    ['"ab"@example.com', 'EMAIL_LOCAL_PART_INVALID'],
    ['"a b"@example.com', 'EMAIL_LOCAL_PART_INVALID'],
    ['a b@example.com', 'EMAIL_LOCAL_PART_INVALID'],
    ['a\tb@example.com', 'EMAIL_LOCAL_PART_INVALID'],
    ['a(b)@example.com', 'EMAIL_LOCAL_PART_INVALID'],
    ['a@', 'EMAIL_DOMAIN_INVALID'],
    ['a@example', 'EMAIL_DOMAIN_INVALID'],
    ['a@.example.com', 'EMAIL_DOMAIN_INVALID'],
    ['a@example.com.', 'EMAIL_DOMAIN_INVALID'],
    ['a@example..com', 'EMAIL_DOMAIN_INVALID'],
    ['a@-example.com', 'EMAIL_DOMAIN_INVALID'],
    ['a@example-.com', 'EMAIL_DOMAIN_INVALID'],
    ['a@exa_mple.com', 'EMAIL_DOMAIN_INVALID'],
    ['a@exa mple.com', 'EMAIL_DOMAIN_INVALID'],
    [`a@${'x'.repeat(64)}.com`, 'EMAIL_DOMAIN_INVALID'],
    ['a@example.c', 'EMAIL_DOMAIN_INVALID'],
    ['a@example.c0m', 'EMAIL_DOMAIN_INVALID'],
    ['a@example.123', 'EMAIL_DOMAIN_INVALID'],
    ['a@[127.0.0.1]', 'EMAIL_DOMAIN_INVALID'],
    ['a@127.0.0.1', 'EMAIL_DOMAIN_INVALID'],
    ['a@xn--80ak6aa92e.com', 'EMAIL_IDN_NOT_SUPPORTED'],
    ['a@XN--80AK6AA92E.COM', 'EMAIL_IDN_NOT_SUPPORTED'],
    ['a@mail.xn--wgv71a.jp', 'EMAIL_IDN_NOT_SUPPORTED'],
    ['a@example.xn--p1ai', 'EMAIL_IDN_NOT_SUPPORTED'],
    ['a@例え.jp', 'EMAIL_NON_ASCII'],
    ['たろう@example.com', 'EMAIL_NON_ASCII'],
    ['a@ex\u0430mple.com', 'EMAIL_NON_ASCII'], // Cyrillic а, a homoglyph of Latin a
    ['\u0430@example.com', 'EMAIL_NON_ASCII'],
    ['ａ@example.com', 'EMAIL_NON_ASCII'],
    ['a＠example.com', 'EMAIL_NON_ASCII'],
    ['a@example.com\u00A0x', 'EMAIL_NON_ASCII'],
    ['a@exa\u200Bmple.com', 'EMAIL_INVISIBLE_CHARACTERS'],
    ['a\u200D@example.com', 'EMAIL_INVISIBLE_CHARACTERS'],
    ['a@example.com\u2060', 'EMAIL_INVISIBLE_CHARACTERS'],
    ['a\u00AD@example.com', 'EMAIL_INVISIBLE_CHARACTERS'],
  ])('rejects %j with %s', (address, error) => {
    const c = classifyEmail(address);
    expect(c.valid).toBe(false);
    if (!c.valid) expect(c.error).toBe(error);
  });

  it('never throws; a valid answer is ASCII, within limits and normalized', () => {
    fc.assert(
      fc.property(fc.oneof(typedText(80), fc.emailAddress()), (s) => {
        const c = classifyEmail(s);
        if (!c.valid) return;
        expect(c.normalized).toMatch(/^[\x21-\x7E]{3,254}$/);
        const at = c.normalized.lastIndexOf('@');
        expect(at).toBeGreaterThan(0);
        expect(at).toBeLessThanOrEqual(64);
        expect(c.domain).toBe(c.domain.toLowerCase());
        expect(classifyEmail(c.normalized)).toEqual(c);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('maskEmail', () => {
  it.each([
    ['mail-user@docomo.ne.jp', 'm***@docomo.ne.jp'],
    ['a@gmail.com', 'a***@gmail.com'],
    ['a.b@c@example.com', 'a***@example.com'],
    ['@example.com', '***'],
    ['no-at-sign', '***'],
    ['', '***'],
    ['😀x@example.com', '😀***@example.com'],
  ])('%j → %j', (address, masked) => {
    expect(maskEmail(address)).toBe(masked);
  });

  it('never shows more than the first character of the local part', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (address) => {
        const masked = maskEmail(address);
        expect(masked).toBe(`${address[0]}***${address.slice(address.lastIndexOf('@'))}`);
      }),
    );
  });
});
