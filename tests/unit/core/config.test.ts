import { describe, expect, it } from 'vitest';
import { checkBankUrl, loadConfig } from '../../../src-main/core/config.js';
import { DEFAULT_BANK_PROFILE } from '../../../src-shared/bank-profile/index.js';

const noFile = (p: string): string => {
  throw new Error(`no file ${p}`);
};

describe('bank URL rules', () => {
  it.each([
    ['http://127.0.0.1:4010', 'http://127.0.0.1:4010'],
    ['http://localhost:4010/', 'http://localhost:4010'],
    ['http://[::1]:4010', 'http://[::1]:4010'],
    ['http://127.8.9.10', 'http://127.8.9.10'],
    ['https://bank.example.jp/api/', 'https://bank.example.jp/api'],
  ])('accepts %s', (raw, url) => {
    expect(checkBankUrl(raw)).toEqual({ ok: true, url });
  });

  it.each([
    ['http://bank.example.jp', /https/],
    ['http://192.168.1.5:4010', /https/],
    ['http://127.0.0.1.evil.example', /https/],
    ['ftp://127.0.0.1', /http\(s\)/],
    ['https://user:pw@bank.example.jp', /user name/],
    ['https://bank.example.jp/?x=1', /query/],
    ['not a url', /not a URL/],
  ])('refuses %s', (raw, why) => {
    const r = checkBankUrl(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatch(why);
  });
});

describe('loadConfig', () => {
  it('defaults: local demo bank, default profile, 10 min idle with the warning at 9', () => {
    const r = loadConfig({ argv: [], env: {}, readFile: noFile });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.config.bankUrl).toBe('http://127.0.0.1:4010');
    expect(r.config.profile).toEqual(DEFAULT_BANK_PROFILE);
    expect(r.config.timeouts.idleSeconds).toBe(600);
    expect(r.config.timeouts.idleWarningSeconds).toBe(540);
    expect(r.config.kiosk).toBe(false);
  });

  it('--bank wins over BANK_URL; kiosk from flag or env; short timeouts from env', () => {
    const r = loadConfig({
      argv: ['--bank', 'http://127.0.0.1:5999', '--kiosk'],
      env: { BANK_URL: 'http://127.0.0.1:4010', NETBANK_IDLE_TIMEOUT_S: '12', NETBANK_IDLE_WARNING_S: '8' },
      readFile: noFile,
    });
    expect(r.ok && r.config.bankUrl).toBe('http://127.0.0.1:5999');
    expect(r.ok && r.config.kiosk).toBe(true);
    expect(r.ok && r.config.timeouts.idleSeconds).toBe(12);
    expect(r.ok && r.config.timeouts.idleWarningSeconds).toBe(8);
    const env = loadConfig({ argv: ['--bank=https://bank.example.jp'], env: { NETBANK_KIOSK: '1' }, readFile: noFile });
    expect(env.ok && env.config.bankUrl).toBe('https://bank.example.jp');
    expect(env.ok && env.config.kiosk).toBe(true);
  });

  it('NETBANK_IDLE_WARNING_S is seconds without activity until the warning, so it must be below the timeout', () => {
    for (const warning of ['12', '13']) {
      const r = loadConfig({ argv: [], env: { NETBANK_IDLE_TIMEOUT_S: '12', NETBANK_IDLE_WARNING_S: warning }, readFile: noFile });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems.join('\n')).toMatch(/NETBANK_IDLE_WARNING_S .* must be less than NETBANK_IDLE_TIMEOUT_S/);
    }
    const ok = loadConfig({ argv: [], env: { NETBANK_IDLE_TIMEOUT_S: '12', NETBANK_IDLE_WARNING_S: '11' }, readFile: noFile });
    expect(ok.ok && ok.config.timeouts).toMatchObject({ idleSeconds: 12, idleWarningSeconds: 11 });
  });

  it('an idle timeout alone moves the warning to one minute before it', () => {
    const r = loadConfig({ argv: [], env: { NETBANK_IDLE_TIMEOUT_S: '300' }, readFile: noFile });
    expect(r.ok && r.config.timeouts.idleWarningSeconds).toBe(240);
  });

  it('takes a keychain account of its own from NETBANK_KEYCHAIN_ACCOUNT, and refuses a strange one', () => {
    const plain = loadConfig({ argv: [], env: {}, readFile: noFile });
    expect(plain.ok && plain.config.keychainAccount).toBe('preferences');
    const own = loadConfig({ argv: [], env: { NETBANK_KEYCHAIN_ACCOUNT: 'e2e-123-4' }, readFile: noFile });
    expect(own.ok && own.config.keychainAccount).toBe('e2e-123-4');
    for (const bad of ['a b', 'x'.repeat(65), '../other', 'ü']) {
      const r = loadConfig({ argv: [], env: { NETBANK_KEYCHAIN_ACCOUNT: bad }, readFile: noFile });
      expect(r.ok ? null : r.problems.join('\n'), bad).toMatch(/NETBANK_KEYCHAIN_ACCOUNT/);
    }
  });

  it('names every problem instead of throwing', () => {
    const r = loadConfig({
      argv: ['--bank', 'http://bank.example.jp', '--profile', '/nope.json'],
      env: { NETBANK_IDLE_TIMEOUT_S: 'ten', NETBANK_IDLE_WARNING_S: '700', NETBANK_LOG_LEVEL: 'loud' },
      readFile: noFile,
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.join('\n')).toMatch(/https/);
    expect(r.problems.join('\n')).toMatch(/cannot be read/);
    expect(r.problems.join('\n')).toMatch(/NETBANK_IDLE_TIMEOUT_S/);
    expect(r.problems.join('\n')).toMatch(/must come before/);
    expect(r.problems.join('\n')).toMatch(/NETBANK_LOG_LEVEL/);
  });

  it('reads a bank profile file with the shared parser', () => {
    const other = { ...DEFAULT_BANK_PROFILE, id: 'other-bank', bankCode: '0123' };
    const good = loadConfig({ argv: ['--profile', 'p.json'], env: {}, readFile: () => JSON.stringify(other) });
    expect(good.ok && good.config.profile.id).toBe('other-bank');
    const broken = loadConfig({ argv: [], env: { NETBANK_PROFILE: 'p.json' }, readFile: () => '{"id": 5}' });
    expect(broken.ok).toBe(false);
    const notJson = loadConfig({ argv: [], env: { NETBANK_PROFILE: 'p.json' }, readFile: () => 'id=5' });
    expect(!notJson.ok && notJson.problems[0]).toMatch(/not JSON/);
  });
});
