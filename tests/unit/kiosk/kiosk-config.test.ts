import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src-main/core/config.js';
import { DEFAULT_BANK_PROFILE } from '../../../src-shared/bank-profile/index.js';
import { KIOSK_IDLE_DEFAULT_S, loadKiosk, parseKioskFile } from '../../../src-main/core/kiosk/index.js';

const files = (map: Record<string, string>) => (p: string) => {
  const text = map[p];
  if (text === undefined) throw Object.assign(new Error(`ENOENT ${p}`), { code: 'ENOENT' });
  return text;
};

describe('kiosk.json and --kiosk', () => {
  it('without a flag, variable or file, nothing changes', () => {
    const base = defaultConfig();
    const r = loadKiosk({ argv: [], env: {}, readFile: files({}), defaultFile: '/etc/x/kiosk.json', exists: () => false }, base);
    expect(r).toEqual({ ok: true, kiosk: null, config: base });
  });

  it('--kiosk alone: kiosk on with the default idle time and both languages', () => {
    const r = loadKiosk({ argv: ['--kiosk'], env: {}, readFile: files({}) }, defaultConfig());
    if (!r.ok) throw new Error(r.problems.join());
    expect(r.config.kiosk).toBe(true);
    expect(r.kiosk).toEqual({ idleTimeoutSeconds: KIOSK_IDLE_DEFAULT_S, languages: ['ja', 'en'], allowPrinting: false, source: 'flag' });
    expect(r.config.allowPrinting).toBe(false);
    expect(r.config.timeouts.idleSeconds).toBe(KIOSK_IDLE_DEFAULT_S);
    expect(r.config.timeouts.idleWarningSeconds).toBeLessThan(KIOSK_IDLE_DEFAULT_S);
  });

  it('--kiosk with idle times set in the environment keeps them, and still caps the session at 30 minutes', () => {
    const base = defaultConfig();
    const config = { ...base, timeouts: { ...base.timeouts, idleSeconds: 3, idleWarningSeconds: 2, absoluteSeconds: 3600 } };
    const r = loadKiosk({ argv: [], env: { NETBANK_KIOSK: '1', NETBANK_IDLE_TIMEOUT_S: '3' }, readFile: files({}) }, config);
    if (!r.ok) throw new Error(r.problems.join());
    expect(r.config.kiosk).toBe(true);
    expect(r.config.timeouts).toMatchObject({ idleSeconds: 3, idleWarningSeconds: 2, absoluteSeconds: 1800 });
    expect(r.kiosk?.idleTimeoutSeconds).toBe(3);
  });

  it('a file (flag, variable or the default location) turns kiosk mode on and applies profile, idle time and languages', () => {
    // A profile of another name relabels its help links too: each must name the bank it belongs to.
    const profile = {
      ...DEFAULT_BANK_PROFILE,
      bankName: { ja: '支店テスト銀行', en: 'Branch Test Bank' },
      externalLinks: DEFAULT_BANK_PROFILE.externalLinks.map((l, i) => ({ ...l, label: { ja: `支店テスト銀行 案内${i + 1}`, en: `Branch Test Bank guide ${i + 1}` } })),
    };
    const text = JSON.stringify({ bankProfile: profile, idleTimeoutSeconds: 90, languages: ['en'] });
    for (const src of [
      { argv: ['--kiosk-config', '/k.json'], env: {} },
      { argv: [], env: { NETBANK_KIOSK_CONFIG: '/k.json' } },
      { argv: [], env: {}, defaultFile: '/k.json', exists: (p: string) => p === '/k.json' },
    ]) {
      const r = loadKiosk({ ...src, readFile: files({ '/k.json': text }) }, defaultConfig());
      if (!r.ok) throw new Error(r.problems.join());
      expect(r.config.kiosk).toBe(true);
      expect(r.config.profile.bankName.en).toBe('Branch Test Bank');
      expect(r.config.timeouts).toMatchObject({ idleSeconds: 90, idleWarningSeconds: 45 });
      expect(r.kiosk).toEqual({ idleTimeoutSeconds: 90, languages: ['en'], allowPrinting: false, source: '/k.json' });
    }
  });

  it('allowPrinting: off unless the file says true; a value that is not a boolean is a problem', () => {
    const load = (body: unknown) => loadKiosk({ argv: ['--kiosk-config', '/k.json'], env: {}, readFile: files({ '/k.json': JSON.stringify(body) }) }, defaultConfig());
    const on = load({ allowPrinting: true });
    if (!on.ok) throw new Error(on.problems.join());
    expect(on.kiosk?.allowPrinting).toBe(true);
    expect(on.config.allowPrinting).toBe(true);
    const off = load({});
    expect(off.ok && off.config.allowPrinting).toBe(false);
    const bad = load({ allowPrinting: 'yes' });
    expect(bad.ok ? [] : bad.problems.join()).toContain('allowPrinting');
  });

  it('a bad file is a list of plain problems naming the field, never an exception', () => {
    const bad = (text: string) => parseKioskFile(text, 'kiosk.json');
    expect(bad('{not json')).toEqual({ ok: false, problems: ['kiosk file kiosk.json is not JSON'] });
    const r = bad(JSON.stringify({ idleTimeoutSeconds: 5, languages: ['ja', 'ja'], colour: 'red' }));
    expect(r.ok).toBe(false);
    const text = r.ok ? '' : r.problems.join('\n');
    expect(text).toContain('idleTimeoutSeconds');
    expect(text).toContain('languages');
    expect(text).toContain('colour');
    expect(bad(JSON.stringify({ languages: ['fr'] })).ok).toBe(false);
    expect(bad(JSON.stringify({ bankProfile: { bankName: 'x' } })).ok).toBe(false);
    expect(bad('[]').ok).toBe(false);
  });

  it('a missing file named explicitly is a problem, not a silent fallback', () => {
    const r = loadKiosk({ argv: ['--kiosk-config', '/nope.json'], env: {}, readFile: files({}) }, defaultConfig());
    expect(r).toEqual({ ok: false, problems: ['kiosk file cannot be read: /nope.json'] });
  });
});
