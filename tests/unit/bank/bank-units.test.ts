import { describe, expect, it } from 'vitest';
import { parseBankEnv } from '../../../mock-bank/config.js';
import { escapeHtml } from '../../../mock-bank/html.js';
import { stableJson } from '../../../mock-bank/idempotency.js';
import { acceptanceMail, describeOperation, otpMail } from '../../../mock-bank/mail-templates.js';
import { planFor } from '../../../mock-bank/operations/create.js';
import { jstDayStart } from '../../../mock-bank/operations/money.js';
import { matchTotp } from '../../../mock-bank/operations/token.js';
import { SEED_CUSTOMERS, TOKEN_USER_TOTP_SECRET } from '../../../mock-bank/seed.js';
import { isNormalizedPayeeName, requiredFactors } from '../../../src-shared/domain/index.js';
import { Secret, TOTP } from 'otpauth';

describe('settings from the environment', () => {
  it('has the documented defaults', () => {
    const r = parseBankEnv({});
    expect(r.ok && r.config).toMatchObject({
      apiPort: 4010, smtpPort: 2525, mailboxPort: 4025, dbPath: '.data/bank.sqlite', reset: false, otpTtlSeconds: 600,
      otpMaxAttempts: 5, otpResendCooldownSeconds: 30, lockAfter: 5, dailyLimitYen: 2_000_000, dailyLimitMaxYen: 10_000_000,
      registeredPayeeNeedsOtp: true,
    });
  });
  it('BANK_REGISTERED_PAYEE_OTP=0 gives the peer rule; 1 and unset the guide\'s', () => {
    const policy = (v: string | undefined) => {
      const r = parseBankEnv({ BANK_REGISTERED_PAYEE_OTP: v });
      return r.ok ? r.config.registeredPayeeNeedsOtp : 'refused';
    };
    expect([policy('0'), policy('1'), policy(undefined), policy(''), policy('false'), policy('yes')]).toEqual([false, true, true, true, false, 'refused']);
  });
  it('accepts port 0, :memory: and BANK_RESET=1', () => {
    const r = parseBankEnv({ BANK_PORT: '0', BANK_DB: ':memory:', BANK_RESET: '1' });
    expect(r.ok && r.config).toMatchObject({ apiPort: 0, dbPath: ':memory:', reset: true });
  });
  it('names every bad variable', () => {
    const r = parseBankEnv({ BANK_PORT: '70000', BANK_LOCK_AFTER: 'x', BANK_RESET: 'maybe' });
    expect(r.ok).toBe(false);
    const text = r.ok ? '' : r.problems.join('\n');
    for (const name of ['BANK_PORT', 'BANK_LOCK_AFTER', 'BANK_RESET']) expect(text).toContain(name);
  });
});

describe('mails', () => {
  const words = describeOperation('transfer', { amount: 10_000, fee: 165, payeeName: 'ﾔﾏﾀﾞ ｻﾁｺ', payeeBankName: 'サンプル銀行 101支店', payeeAccountMasked: '普通 ****321' });
  it('the OTP mail names the operation, reference and code, ja before en, HTML escaped', () => {
    const m = otpMail({ code: '123456', reference: '0042', sentAt: Date.UTC(2025, 0, 2, 3, 4, 5), expiresAt: Date.UTC(2025, 0, 2, 3, 14, 5), operation: { ja: '<b>振込</b>', en: 'x' } });
    expect(m.subject).toContain('0042');
    expect(m.text).toContain('2025/01/02 12:04:05');
    expect(m.text.indexOf('メール通知パスワード: 123456')).toBeLessThan(m.text.indexOf('Mail-notified password: 123456'));
    // One name for the mailed password in English, and the bank named as the sender domains' owner.
    expect(m.subject).toContain('Demo Bank: mail-notified password');
    expect(m.text).not.toMatch(/one-time password/i);
    expect(m.html).toContain('&lt;b&gt;振込&lt;/b&gt;');
    expect(m.headers['X-Bank-Reference']).toBe('0042');
  });
  it('masks the payee, and the acceptance mail holds no password field', () => {
    expect(words.ja).toContain('ﾔﾏ******');
    expect(words.en).toContain('¥10,000');
    // The English part in English: the account type too.
    expect(words.en).toContain('account Ordinary ****321');
    expect(words.en).not.toContain('普通');
    const a = acceptanceMail({ receiptNumber: '1234567890', completedAt: 0, operation: words });
    expect(a.text).not.toMatch(/パスワード: |password: /i);
    expect(a.text).toContain('1234567890');
  });
  it('escapes the five HTML specials', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

describe('helpers', () => {
  it('stableJson ignores key order but not values', () => {
    expect(stableJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe(stableJson({ a: [{ c: 3, d: 2 }], b: 1 }));
    expect(stableJson({ a: 1 })).not.toBe(stableJson({ a: 2 }));
    expect(stableJson(undefined)).toBe('null');
  });
  it('planFor keeps requiredFactors for one-step types', () => {
    const guide = { registeredPayeeNeedsOtp: true };
    const base = requiredFactors('pc', 'not-used', 'bill-payment', false, guide);
    expect(planFor('bill-payment', base, false)).toEqual([base]);
    expect(planFor('email-change', requiredFactors('pc', 'active', 'email-change', false, guide), true)).toEqual([['token-otp'], ['mail-otp', 'confirmation-password']]);
    expect(planFor('otp-destination-change', ['mail-otp', 'confirmation-password'], false)).toEqual([['mail-otp', 'confirmation-password']]);
  });
  it('a Japanese day starts at 15:00 UTC', () => {
    expect(new Date(jstDayStart(Date.UTC(2025, 0, 2, 14, 59))).toISOString()).toBe('2025-01-01T15:00:00.000Z');
    expect(new Date(jstDayStart(Date.UTC(2025, 0, 2, 15, 0))).toISOString()).toBe('2025-01-02T15:00:00.000Z');
  });
  it('TOTP codes match once per time step', () => {
    const now = Date.UTC(2025, 0, 1, 0, 0, 10);
    const code = new TOTP({ secret: Secret.fromBase32(TOKEN_USER_TOTP_SECRET) }).generate({ timestamp: now });
    const step = matchTotp(TOKEN_USER_TOTP_SECRET, code, now, 0);
    expect(step).toBe(Math.floor(now / 30_000));
    expect(matchTotp(TOKEN_USER_TOTP_SECRET, code, now, step!)).toBeNull();
    expect(matchTotp(TOKEN_USER_TOTP_SECRET, code, now + 120_000, 0)).toBeNull();
  });
  it('seed payees carry normalized transfer names', () => {
    for (const c of SEED_CUSTOMERS) expect(isNormalizedPayeeName(c.payee.name), c.payee.name).toBe(true);
  });
});
