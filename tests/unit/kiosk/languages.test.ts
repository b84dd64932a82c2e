import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type CoreWithServices } from '../../../src-main/core/create-core.js';
import { defaultConfig } from '../../../src-main/core/config.js';
import { MemoryPreferenceStore } from '../../../src-main/core/preferences/store.js';
import { silentLogger } from '../../../src-main/core/logger.js';
import type { Language } from '../../../src-shared/ipc/contract.js';
import { parseIpcAnswer } from '../../../src-shared/ipc/index.js';

let core: CoreWithServices | null = null;
afterEach(async () => { await core?.close(); core = null; });

/** The real core as loadKiosk configures it: the kiosk's languages are part of its config. */
async function kioskCore(kioskLanguages: Language[] | undefined, kiosk = true) {
  const config = defaultConfig({ kiosk, bankUrl: 'http://127.0.0.1:9', ...(kioskLanguages ? { kioskLanguages } : {}) });
  core = await createCore(config, { store: new MemoryPreferenceStore(), log: silentLogger() });
  return core;
}

describe('kiosk languages (the core applies its kiosk config itself)', () => {
  it('refuses a language the terminal does not offer and passes the allowed one through', async () => {
    const c = await kioskCore(['en']);
    expect(await c.dispatch('preferences.set', { language: 'ja' })).toMatchObject({ ok: false, error: { code: 'NOT_AVAILABLE_IN_KIOSK' } });
    expect(await c.dispatch('preferences.set', { language: 'en' })).toMatchObject({ ok: true, value: { language: 'en' } });
    expect(await c.dispatch('preferences.set', { lastAccountId: 'acc-1' })).toMatchObject({ ok: true, value: { language: 'en' } });
    expect(await c.dispatch('preferences.get', {})).toMatchObject({ ok: true, value: { language: 'en' } });
    const info = await c.dispatch('app.info', {});
    expect(info).toMatchObject({ ok: true, value: { kiosk: true, languages: ['en'] } });
    expect(parseIpcAnswer('app.info', info)).toMatchObject({ ok: true, value: { languages: ['en'] } });
  });

  it('a malformed language is the contract\'s INVALID_REQUEST, not a kiosk refusal', async () => {
    const c = await kioskCore(['ja', 'en']);
    for (const language of ['12\u200b3456', 'EN', '', 'fr']) {
      expect(await c.dispatch('preferences.set', { language })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    }
    expect(await c.dispatch('preferences.set', { language: 'en', extra: 1 })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
  });

  it('every fresh customer starts in the first allowed language, also after a logout with no session (a crashed page)', async () => {
    const c = await kioskCore(['en', 'ja']);
    expect(await c.dispatch('preferences.get', {})).toMatchObject({ ok: true, value: { language: 'en' } });
    expect(await c.dispatch('preferences.set', { language: 'ja' })).toMatchObject({ ok: true, value: { language: 'ja' } });
    expect(await c.dispatch('session.logout', {})).toMatchObject({ ok: true });
    expect(await c.dispatch('preferences.get', {})).toMatchObject({ ok: true, value: { language: 'en', lastAccountId: null } });
  });

  it('the customer\'s choices are forgotten before anyone hears that the session ended', async () => {
    const c = await kioskCore(['en', 'ja']);
    await c.dispatch('preferences.set', { language: 'ja', lastAccountId: 'acc-1' });
    c.services.session.begin('token-1', 'customer-1', false);
    const seen: unknown[] = [];
    c.onEvent((event) => {
      if (event === 'session.ended') seen.push(c.services.prefs.get());
    });
    c.services.session.end('idle');
    expect(seen).toHaveLength(1);
    await expect(seen[0]).resolves.toMatchObject({ language: 'en', lastAccountId: null });
  });

  it('outside a kiosk the languages setting is not applied: both languages, none listed in app.info', async () => {
    const c = await kioskCore(['en'], false);
    expect(await c.dispatch('preferences.get', {})).toMatchObject({ ok: true, value: { language: 'ja' } });
    expect(await c.dispatch('preferences.set', { language: 'ja' })).toMatchObject({ ok: true });
    const info = await c.dispatch('app.info', {});
    expect(info.ok && (info.value as { languages?: unknown }).languages).toBeUndefined();
  });
});
