/**
 * The login screen's page carries only its own messages (i18n/messages.ts): every key the modules
 * loaded before any lazy import name is in the first-screen catalogs, and the full catalogs are not
 * among those modules (they come with the first other screen).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogs } from '../../../src-renderer/i18n/i18n.js';
import { FIRST_SCREEN } from '../../../src-renderer/i18n/messages.js';
import { eagerModules, keysNamed } from './eager-modules.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const eager = eagerModules(path.join(root, 'src-renderer/main.tsx'));
const rel = (f: string) => path.relative(root, f);
const isCatalog = (f: string) => /src-renderer\/i18n\/([\w-]+\.)?(ja|en)\.ts$/.test(f);

describe('first-screen catalogs', () => {
  it('the page loads the login screen and not the full catalogs before any lazy import', () => {
    const names = eager.map(rel);
    expect(names).toContain('src-renderer/screens/Login.tsx');
    expect(names).toContain('src-renderer/i18n/messages.ts');
    expect(names.filter((f) => /i18n\/(i18n|ja|en)\.ts$/.test(f))).toEqual([]);
    expect(names.filter((f) => f.startsWith('src-renderer/screens/') && !f.endsWith('Login.tsx'))).toEqual([]);
  });

  it('hold every key the first screen\'s modules name, in both languages', () => {
    const named = keysNamed(eager.filter((f) => !isCatalog(f)), Object.keys(catalogs.ja));
    expect(named.length).toBeGreaterThan(50);
    expect(named.filter((k) => !(k in FIRST_SCREEN.ja))).toEqual([]);
    expect(named.filter((k) => !(k in FIRST_SCREEN.en))).toEqual([]);
  });

  it('say the same as the full catalogs', () => {
    for (const lang of ['ja', 'en'] as const) {
      for (const [key, text] of Object.entries(FIRST_SCREEN[lang])) expect(text, `${lang} ${key}`).toBe(catalogs[lang][key as keyof typeof catalogs.ja]);
    }
  });
});
