// Every catalog (the main ja/en pair and each feature pair such as settings.ja/en) has the same
// keys in both languages and is merged into the main catalogs; every key the code names exists;
// and no component writes customer-visible text straight into JSX.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogs, placeholders } from '../../../src-renderer/i18n/i18n.js';
import { findHardCodedText, findJapaneseLiterals, findKeyUses } from './settings/source-scan.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../src-renderer');
const i18nDir = path.join(root, 'i18n');

function sources(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sources(p, ext));
    else if (ext.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

type Catalog = Record<string, string>;
const sorted = (o: object) => Object.keys(o).sort();

/** Each feature catalog pair in src-renderer/i18n: <name>.ja.ts and <name>.en.ts, one object each. */
async function featurePairs(): Promise<{ name: string; ja: Catalog; en: Catalog }[]> {
  const names = readdirSync(i18nDir).filter((f) => /^[\w-]+\.ja\.ts$/.test(f)).map((f) => f.replace(/\.ja\.ts$/, ''));
  const load = async (file: string): Promise<Catalog> => {
    const mod = (await import(path.join(i18nDir, file))) as Record<string, unknown>;
    const objects = Object.values(mod).filter((v): v is Catalog => typeof v === 'object' && v !== null);
    expect(objects, `${file} exports one catalog object`).toHaveLength(1);
    return objects[0]!;
  };
  return Promise.all(names.map(async (name) => ({ name, ja: await load(`${name}.ja.ts`), en: await load(`${name}.en.ts`) })));
}

describe('catalogs', () => {
  it('have the same keys and placeholders in every language', () => {
    const langs = Object.keys(catalogs) as (keyof typeof catalogs)[];
    expect(langs.sort()).toEqual(['en', 'ja']);
    for (const lang of langs) expect(sorted(catalogs[lang]), lang).toEqual(sorted(catalogs.ja));
    const differing = Object.keys(catalogs.ja).filter((k) => placeholders((catalogs.ja as Catalog)[k]!).join() !== placeholders((catalogs.en as Catalog)[k]!).join());
    expect(differing).toEqual([]);
  });

  it('feature catalogs come in pairs with equal keys; merged ones unchanged in the main catalogs, separate ones apart', async () => {
    const files = readdirSync(i18nDir).filter((f) => /^[\w-]+\.(ja|en)\.ts$/.test(f));
    for (const f of files) expect(files, `${f} needs its other language`).toContain(f.replace(/\.(ja|en)\.ts$/, (_, l: string) => (l === 'ja' ? '.en.ts' : '.ja.ts')));
    // A pair the main catalogs import is merged; one they do not is looked up on its own (e.g. only
    // in tester builds) and must not reuse a main key.
    const importedBy = (lang: string) => [...readFileSync(path.join(i18nDir, `${lang}.ts`), 'utf8').matchAll(/from '\.\/([\w-]+)\.(?:ja|en)\.js'/g)].map((m) => m[1]!);
    const merged = new Set([...importedBy('ja'), ...importedBy('en')]);
    const pairs = await featurePairs();
    expect(pairs.map((p) => p.name)).toContain('settings');
    expect(merged.has('settings')).toBe(true);
    for (const { name, ja, en } of pairs) {
      expect(sorted(en), `${name}: en keys`).toEqual(sorted(ja));
      for (const [lang, cat] of [['ja', ja], ['en', en]] as const) {
        const main = catalogs[lang] as Catalog;
        expect(Object.entries(cat).filter(([, v]) => v.trim() === '').map(([k]) => k), `${name}.${lang}: empty`).toEqual([]);
        if (merged.has(name)) {
          const notMerged = Object.entries(cat).filter(([k, v]) => main[k] !== v).map(([k]) => k);
          expect(notMerged, `${name}.${lang} keys missing or overridden in the main catalog`).toEqual([]);
        } else {
          expect(Object.keys(cat).filter((k) => k in main), `${name}.${lang} keys that shadow main keys`).toEqual([]);
        }
      }
    }
  });

  it('hold every key the code names', () => {
    const keys = Object.keys(catalogs.ja);
    const missing: string[] = [];
    for (const file of sources(root, /\.tsx?$/)) {
      if (file.startsWith(i18nDir)) continue;
      for (const use of findKeyUses(file, readFileSync(file, 'utf8'))) {
        const ok = use.prefix ? keys.some((k) => k.startsWith(use.key)) : keys.includes(use.key);
        if (!ok) missing.push(`${path.relative(root, file)}:${use.line} ${use.key}${use.prefix ? '…' : ''}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('components', () => {
  it('hold no hard-coded text: JSX text, literal children, or labelling attributes', () => {
    const files = sources(root, /\.tsx$/);
    expect(files.length).toBeGreaterThan(20);
    const found = files.flatMap((f) => findHardCodedText(path.relative(root, f), readFileSync(f, 'utf8'))).map((x) => `${x.file}:${x.line} ${x.text}`);
    expect(found).toEqual([]);
  });

  it('no renderer source outside the catalogs holds Japanese text, in JSX or anywhere else (.ts included)', () => {
    const files = sources(root, /\.tsx?$/).filter((f) => !f.startsWith(i18nDir + path.sep));
    expect(files.length).toBeGreaterThan(40);
    const found = files.flatMap((f) => findJapaneseLiterals(path.relative(root, f), readFileSync(f, 'utf8'))).map((x) => `${x.file}:${x.line} ${x.text}`);
    expect(found).toEqual([]);
    // The scan bites on literals in arrays, props and plain .ts, and passes comments over.
    expect(findJapaneseLiterals('s.ts', "// 振込\nconst rows = [['金額', n]]; f({ label: `残高${x}` });").map((x) => x.text)).toEqual(['金額', '残高']);
  });

  it('the scan itself finds such text (so the check above can fail)', () => {
    const sample = [
      'export const A = () => (<div aria-label="Close">',
      '  <p>Hello</p><p>{ok ? \'はい\' : t(\'x.y\')}</p>',
      '  <span aria-hidden="true">i</span>',
      '  <input placeholder={`例：${n}`} />',
      '  <p>{t(\'x.y\')}（{n}）</p>',
      '</div>);',
    ].join('\n');
    expect(findHardCodedText('sample.tsx', sample).map((f) => f.text)).toEqual(['aria-label=Close', 'Hello', 'はい', 'placeholder=例：']);
    expect(findKeyUses('s.tsx', "t('a.b'); t(`error.${c}`); translate('ja', 'c.d'); const e = { key: 'e.f' };").map((u) => u.key)).toEqual(['a.b', 'error.', 'c.d', 'e.f']);
  });
});
