// The settings screens' pure parts: reading the provisioning URI for manual entry, the locally
// drawn QR code, list joining; and the menu as rendered markup.
import * as OTPAuth from 'otpauth';
import QRCode from 'qrcode';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_BANK_PROFILE } from '../../../../src-shared/bank-profile/profile.js';
import { QrCode, qrPath } from '../../../../src-renderer/components/QrCode.js';
import { listOf } from '../../../../src-renderer/screens/settings/list.js';
import { groupSecret, parseProvisioningUri } from '../../../../src-renderer/screens/settings/provisioning.js';
import { SettingsMenu } from '../../../../src-renderer/screens/settings/SettingsMenu.js';
import { useApp } from '../../../../src-renderer/state/app-store.js';

const secret = new OTPAuth.Secret({ size: 20 });
const uri = new OTPAuth.TOTP({ issuer: 'Demo Bank', label: 'mail-user', secret }).toString();

describe('provisioning URI', () => {
  it('gives the secret, account and settings of a URI made the way the bank makes it', () => {
    const p = parseProvisioningUri(uri);
    expect(p).toEqual({ secret: secret.base32, issuer: 'Demo Bank', account: 'mail-user', algorithm: 'SHA1', digits: 6, period: 30 });
  });

  it('reads a label without issuer, lower-case secrets and other digits/periods', () => {
    expect(parseProvisioningUri('otpauth://totp/taro?secret=jbswy3dpehpk3pxp&digits=8&period=60')).toMatchObject({
      secret: 'JBSWY3DPEHPK3PXP', issuer: null, account: 'taro', digits: 8, period: 60,
    });
    expect(parseProvisioningUri('otpauth://totp/Bank%3Ahanako%40example.jp?secret=JBSWY3DPEHPK3PXP')).toMatchObject({ issuer: 'Bank', account: 'hanako@example.jp' });
  });

  it('refuses what is not a TOTP URI with a base32 secret, without throwing', () => {
    for (const bad of ['', 'not a uri', 'https://example.jp/?secret=JBSWY3DP', 'otpauth://hotp/x?secret=JBSWY3DP&counter=1',
      'otpauth://totp/x', 'otpauth://totp/x?secret=0189', 'otpauth://totp/x?secret=AB%20CD']) {
      expect(parseProvisioningUri(bad), bad).toBeNull();
    }
  });

  it('groups the secret in fours for typing by hand', () => {
    expect(groupSecret('JBSWY3DPEHPK3PXP')).toBe('JBSW Y3DP EHPK 3PXP');
    expect(groupSecret('ABCDEF')).toBe('ABCD EF');
    expect(groupSecret('')).toBe('');
  });
});

describe('QR code', () => {
  it('draws exactly the dark modules of the code, inside a quiet zone of four', () => {
    const { modules } = QRCode.create(uri, { errorCorrectionLevel: 'M' });
    const dark = Array.from(modules.data).filter(Boolean).length;
    const { size, d } = qrPath(uri);
    expect(size).toBe(modules.size + 8);
    expect(d.match(/M/g)).toHaveLength(dark);
    const coords = [...d.matchAll(/M(\d+) (\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(Math.min(...coords.flat())).toBe(4);
    expect(Math.max(...coords.flat())).toBe(modules.size + 3);
    expect(qrPath(uri)).toEqual({ size, d });
  });

  it('is an SVG image with a label and nothing to fetch', () => {
    const html = renderToStaticMarkup(createElement(QrCode, { text: uri, label: 'QR' }));
    expect(html).toMatch(/^<svg[^>]*role="img"[^>]*aria-label="QR"/);
    expect(html).not.toMatch(/href|<image|url\(/);
  });
});

describe('lists', () => {
  it('joins as each language does', () => {
    expect(listOf(['A', 'B'], 'ja')).toBe('A、B');
    expect(listOf(['A', 'B'], 'en')).toBe('A and B');
    expect(listOf(['A'], 'en')).toBe('A');
  });
});

describe('settings menu', () => {
  beforeEach(() => {
    Object.assign(useApp.getInitialState(), {
      language: 'ja', rememberedLoginId: 'mail-user', keychain: 'available',
      info: { version: '1.2.3', profile: DEFAULT_BANK_PROFILE, kiosk: false, testBuild: false, host: 'browser' },
    });
  });

  it('lists every setting, the token start while /me is not known, and the app version', () => {
    const html = renderToStaticMarkup(createElement(SettingsMenu, { onOpen: () => {} }));
    for (const page of ['email', 'select', 'destinations', 'token-start', 'language', 'remembered', 'about']) expect(html).toContain(`data-page="${page}"`);
    expect(html).toContain('セレクトEメールサービス');
    expect(html).toContain('バージョン 1.2.3');
    expect(html).toContain('現在：ログインIDを記憶しています');
  });

  it('offers no remembered ID on a shared terminal', () => {
    Object.assign(useApp.getInitialState(), { info: { version: '1', profile: DEFAULT_BANK_PROFILE, kiosk: true, testBuild: false, host: 'browser' } });
    expect(renderToStaticMarkup(createElement(SettingsMenu, { onOpen: () => {} }))).not.toContain('data-page="remembered"');
  });
});
