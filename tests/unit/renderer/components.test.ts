// Renders the shared pieces to HTML (no browser) and checks what the customer and assistive
// technology get. Behaviour in a real browser is covered by the E2E suite.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_BANK_PROFILE } from '../../../src-shared/bank-profile/profile.js';
import { AddressAdvice, EmailAdviceField } from '../../../src-renderer/components/EmailAdviceField.js';
import { translate } from '../../../src-renderer/i18n/i18n.js';
import { OtpPrompt } from '../../../src-renderer/components/OtpPrompt.js';
import { DecisionDiagram } from '../../../src-renderer/screens/DecisionDiagram.js';
import { useApp } from '../../../src-renderer/state/app-store.js';

const now = Date.now();
const otp = {
  reference: '4821',
  sentAt: new Date(now).toISOString(),
  expiresAt: new Date(now + 600_000).toISOString(),
  destinations: ['m***@docomo.ne.jp'],
};
const noop = () => {};

// Server rendering reads the store's initial snapshot (not the current state), so the tests set
// the language and host info on that snapshot.
function setStore(patch: Partial<ReturnType<typeof useApp.getState>>): void {
  Object.assign(useApp.getInitialState(), patch);
}

beforeEach(() => {
  setStore({ language: 'ja', info: { version: '0', profile: DEFAULT_BANK_PROFILE, kiosk: false, testBuild: false, host: 'browser' } });
});

describe('OTP prompt', () => {
  const render = (extra: object) =>
    renderToStaticMarkup(createElement(OtpPrompt, { id: 'otp', mode: 'mail', otp, value: '', onValue: noop, problem: null, resend: async () => ({ ok: true as const, value: { otp } }), ...extra }));

  it('shows where it went, the reference, send time, a countdown bar, resend and help', () => {
    const html = render({});
    expect(html).toContain('autoComplete="one-time-code"');
    expect(html).toContain('m***@docomo.ne.jp');
    expect(html).toContain('>4821<');
    expect(html).toMatch(/role="progressbar"[^>]*aria-valuenow="100"/);
    expect(html).toContain('有効期限まで残り 10:00');
    expect(html).toContain('新しいパスワードを送る');
    expect(html).toContain('メールが届かないときは');
    expect(html).toContain('otp-auth.net');
    expect(html).toContain('am-bk.co.jp');
    expect(html).toContain('このお取引はできません');
    expect(html).toMatch(/<input[^>]*id="otp"[^>]*aria-describedby="otp-hint"/);
  });

  it('ties a wrong-code message with attempts left to the input', () => {
    const html = render({ problem: { kind: 'invalid', attemptsLeft: 2 } });
    expect(html).toMatch(/<input[^>]*aria-invalid="true"[^>]*aria-describedby="otp-hint otp-error"/);
    expect(html).toMatch(/id="otp-error"[^>]*aria-live="polite"[^>]*>パスワードが正しくありません。あと2回入力できます。/);
  });

  it('blocks input and says what to do when expired or after too many attempts', () => {
    for (const [problem, title] of [[{ kind: 'expired' }, '有効期限が切れました'], [{ kind: 'exceeded' }, '入力できる回数を超えました']] as const) {
      const html = render({ problem });
      expect(html).toContain(title);
      expect(html).toContain('「新しいパスワードを送る」を押して');
      expect(html).toMatch(/<input[^>]*id="otp"[^>]*disabled=""/);
    }
  });

  it('keeps input open when superseded and names the newest reference', () => {
    const html = render({ problem: { kind: 'superseded' } });
    expect(html).toContain('照合番号 4821');
    expect(html).not.toMatch(/<input[^>]*id="otp"[^>]*disabled=""/);
  });

  it('asks for the app digits in token mode, without mail details or resend', () => {
    setStore({ language: 'en' });
    const html = renderToStaticMarkup(createElement(OtpPrompt, { id: 'tok', mode: 'token', value: '', onValue: noop, problem: null }));
    expect(html).toContain(translate('en', 'otp.tokenCode'));
    expect(html).toContain('No mail is sent');
    expect(html).not.toContain('Send a new password');
    expect(html).not.toContain('progressbar');
  });
});

describe('e-mail advice field', () => {
  const render = (value: string) =>
    renderToStaticMarkup(createElement(EmailAdviceField, { id: 'em', label: 'メール', value, onValue: noop, acknowledged: false, onAcknowledged: noop }));

  it('praises a carrier address and asks for no acknowledgement', () => {
    const html = render('taro@docomo.ne.jp');
    expect(html).toContain('data-advice="separate-device-good"');
    expect(html).not.toContain('type="checkbox"');
  });

  it('warns about free mail and asks for the checkbox, labelled', () => {
    const html = render('taro@gmail.com');
    expect(html).toContain('data-advice="free-mail-warning"');
    expect(html).toMatch(/<input type="checkbox" id="em-ack"/);
    expect(html).toMatch(/<label for="em-ack">/);
  });

  it('says nothing while the address is not yet an address', () => {
    expect(render('taro@')).not.toContain('data-advice');
  });
});

describe('address advice before typing', () => {
  it.each(['ja', 'en'] as const)('gives the guide\'s three points and a labelled way to the guidance (%s)', (language) => {
    setStore({ language });
    const html = renderToStaticMarkup(createElement(AddressAdvice, { id: 'adv', onGuide: noop }));
    for (const key of ['sou.advice.title', 'guide.address.where', 'guide.address.device', 'guide.address.free', 'sou.guideLink'] as const) {
      expect(html).toContain(translate(language, key).replace(/&/g, '&amp;').replace(/"/g, '&quot;'));
    }
    expect(html).toMatch(/<button type="button" id="adv-guide"[^>]*aria-describedby="adv-guide-note"/);
  });

  it('offers no guidance button when there is nowhere to go', () => {
    expect(renderToStaticMarkup(createElement(AddressAdvice, { id: 'adv' }))).not.toContain('<button');
  });
});

describe('decision diagram', () => {
  const draw = (policy?: boolean | null) => renderToStaticMarkup(createElement(DecisionDiagram, policy === undefined ? {} : { policy }));
  const text = (html: string) => html.replace(/<[^>]+>/g, '');

  it('is one labelled image with every outcome in it', () => {
    for (const policy of [true, false, null]) {
      const html = draw(policy);
      expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="diagram-title diagram-desc"/);
      for (const label of ['追加の入力なし', 'スマートフォンアプリ独自の認証', 'メール通知パスワード']) expect(text(html)).toContain(label);
    }
  });

  it("draws the bank's policy for registered payees: with the second factor, confirmation password only, or not known before login", () => {
    const guide = text(draw(true));
    expect(guide).toContain(translate('ja', 'trd.guide.allTransfers'));
    expect(guide).not.toContain(translate('ja', 'guide.a.registered'));
    expect(guide).not.toContain(translate('ja', 'guide.r.confirmOnly'));
    const peer = text(draw(false));
    expect(peer).toContain(translate('ja', 'guide.a.registered'));
    expect(peer).toContain(translate('ja', 'guide.r.confirmOnly'));
    expect(peer).not.toContain(translate('ja', 'trd.guide.allTransfers'));
    const unknown = draw();
    expect(unknown).toContain('data-policy="unknown"');
    expect(text(unknown)).toContain(translate('ja', 'trd.guide.policyUnknown'));
    expect(text(unknown)).not.toContain(translate('ja', 'guide.r.confirmOnly'));
  });
});
