import { describe, expect, it } from 'vitest';
import { loginNoticeMail } from '../../../mock-bank/login-notice-mail.js';
import { noticeSender } from '../../../mock-bank/mail-templates.js';

describe('the login notice mail', () => {
  const at = Date.UTC(2025, 0, 2, 15, 4, 5); // 2025-01-03 00:04:05 in Japan
  it('states the Japan time and the channel, Japanese first then English, and what to do if it was not you', () => {
    const m = loginNoticeMail({ at, channel: 'pc' });
    expect(m.subject).toBe('【デモ銀行】ログインのお知らせ / Demo Bank: login notice');
    expect(m.text).toContain('ログイン日時: 2025/01/03 00:04:05（日本時間）');
    expect(m.text).toContain('ご利用環境: パソコン');
    expect(m.text).toContain('Logged in: 2025/01/03 00:04:05 (JST)');
    expect(m.text).toContain('Channel: PC');
    expect(m.text.indexOf('ログイン日時')).toBeLessThan(m.text.indexOf('Logged in'));
    expect(m.text).toContain('0120-000-999');
    expect(m.text).toMatch(/ログインパスワードと確認用パスワードを変更/);
    expect(m.text).toMatch(/change your login password and your confirmation password/);
    expect(m.html).toContain('<section lang="en">');
    expect(m.headers).toEqual({}); // no reference: the mailbox never takes it for a password mail
    expect(loginNoticeMail({ at, channel: 'smartphone' }).text).toContain('Channel: Smartphone');
  });

  it('comes from the notice domain', () => {
    expect(noticeSender()).toMatch(/@am-bk\.co\.jp>$/);
  });
});
