import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type CoreWithServices } from '../../../src-main/core/create-core.js';
import { defaultConfig } from '../../../src-main/core/config.js';
import { MemoryPreferenceStore } from '../../../src-main/core/preferences/store.js';
import { silentLogger } from '../../../src-main/core/logger.js';
import { applyStartLanguage, restrictLanguages } from '../../../src-main/core/kiosk/index.js';
import { parseIpcAnswer } from '../../../src-shared/ipc/index.js';

let core: CoreWithServices | null = null;
afterEach(async () => { await core?.close(); core = null; });

async function kioskCore() {
  core = await createCore(defaultConfig({ kiosk: true, bankUrl: 'http://127.0.0.1:9' }), { store: new MemoryPreferenceStore(), log: silentLogger() });
  return core;
}

describe('kiosk languages (through the real core)', () => {
  it('refuses a language the terminal does not offer and passes the allowed one through', async () => {
    const guarded = restrictLanguages(await kioskCore(), ['en']);
    expect(await guarded.dispatch('preferences.set', { language: 'ja' })).toMatchObject({ ok: false, error: { code: 'NOT_AVAILABLE_IN_KIOSK' } });
    expect(await guarded.dispatch('preferences.set', { language: 'en' })).toMatchObject({ ok: true, value: { language: 'en' } });
    expect(await guarded.dispatch('preferences.get', {})).toMatchObject({ ok: true, value: { language: 'en' } });
    const info = await guarded.dispatch('app.info', {});
    expect(info).toMatchObject({ ok: true, value: { kiosk: true, languages: ['en'] } });
    expect(parseIpcAnswer('app.info', info)).toMatchObject({ ok: true, value: { languages: ['en'] } });
  });

  it('a malformed language is the contract\'s INVALID_REQUEST, not a kiosk refusal', async () => {
    const guarded = restrictLanguages(await kioskCore(), ['ja', 'en']);
    for (const language of ['12\u200b3456', 'EN', '', 'fr']) {
      expect(await guarded.dispatch('preferences.set', { language })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    }
    expect(await guarded.dispatch('preferences.set', { language: 'en', extra: 1 })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
  });

  it('the start language is the first allowed one', async () => {
    const c = await kioskCore();
    expect(await applyStartLanguage(c, ['en', 'ja'])).toBe(true);
    expect(await c.dispatch('preferences.get', {})).toMatchObject({ ok: true, value: { language: 'en' } });
  });
});
