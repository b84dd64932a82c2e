import { describe, expect, it } from 'vitest';
import { clock, dateTime, mailTime, yen } from '../../../src-renderer/i18n/i18n.js';
import { textUnits, wrapLabel } from '../../../src-renderer/lib/wrap.js';
import { ALLOWED_ROUTES, routeFor } from '../../../src-renderer/state/app-store.js';

describe('formatting', () => {
  it('prints send times in Japan time the way the mails do', () => {
    expect(mailTime('2025-01-02T01:02:03Z')).toBe('2025/01/02 10:02:03');
    expect(mailTime('2025-12-31T15:00:00Z')).toBe('2026/01/01 00:00:00');
  });
  it('prints dates in Japan time for each language', () => {
    expect(dateTime('2025-01-02T15:30:00Z', 'ja')).toBe('2025/01/03 0:30');
    expect(dateTime('2025-01-02T15:30:00Z', 'en')).toBe('3 Jan 2025, 00:30');
  });
  it('formats yen and countdowns', () => {
    expect(yen(1_000_000, 'ja')).toBe('￥1,000,000');
    expect(yen(-50_000, 'en')).toBe('-¥50,000');
    expect(clock(600)).toBe('10:00');
    expect(clock(61.2)).toBe('1:02');
    expect(clock(-4)).toBe('0:00');
  });
});

describe('diagram labels', () => {
  it('wrap within the width and lose nothing', () => {
    for (const [text, max] of [
      ['新しい振込先への振込・料金払込み・登録情報の変更など', 20],
      ['Transfer to a new payee, bill payment, changing your details, …', 30],
      ['メール通知パスワード ＋ 確認用パスワード', 18],
      ['メール通知パスワード ＋ 確認用パスワード', 22],
    ] as const) {
      const lines = wrapLabel(text, max);
      expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      for (const line of lines) expect(textUnits(line)).toBeLessThanOrEqual(max + 2);
      for (const line of lines) expect(/^[、。・）]/.test(line)).toBe(false);
    }
    expect(wrapLabel('short', 20)).toEqual(['short']);
    expect(wrapLabel('メール通知パスワード ＋ 確認用パスワード', 22)).toEqual(['メール通知パスワード', '＋ 確認用パスワード']);
    expect(wrapLabel('新しい振込先への振込', 10)).toEqual(['新しい振込', '先への振込']);
  });
});

describe('screen guard', () => {
  it('shows only start-of-use until it is done, and no banking screen when logged out', () => {
    expect(ALLOWED_ROUTES['start-of-use-required']).toEqual(['start-of-use']);
    expect(routeFor('start-of-use-required', 'transfer')).toBe('start-of-use');
    expect(routeFor('start-of-use-required', 'guidance')).toBe('start-of-use');
    expect(routeFor('logged-out', 'home')).toBe('login');
    expect(routeFor('logged-out', 'guidance')).toBe('guidance');
    expect(routeFor('ready', 'login')).toBe('home');
    expect(routeFor('ready', 'bill')).toBe('bill');
  });
});
