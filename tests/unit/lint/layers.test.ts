/**
 * Proves the layer rules of DESIGN.md bite: each fixture under tests/unit/fixtures/layers is linted
 * with the repository's own eslint.config.js as if it lived in a given layer.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ESLint, type Linter } from 'eslint';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixtures = join(root, 'tests/unit/fixtures/layers');

// The first lint loads the TypeScript parser and the whole config: seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** Lints a fixture's text as the file `asPath` (relative to the repository root). */
async function lintAs(fixture: string, asPath: string): Promise<Linter.LintMessage[]> {
  const code = readFileSync(join(fixtures, fixture), 'utf8');
  const [result] = await eslint.lintText(code, { filePath: join(root, asPath) });
  if (!result) throw new Error('eslint returned no result');
  return result.messages;
}

const LAYER_RULES = new Set(['no-restricted-imports', 'layers/dynamic-imports']);
const layering = (messages: Linter.LintMessage[]) =>
  messages.filter((m) => m.ruleId !== null && LAYER_RULES.has(m.ruleId) && m.message.includes('Bad layering'));

describe('layer rules: forbidden imports fail with "Bad layering"', () => {
  it.each([
    ['electron-app.ts', 'src-main/core/__layer_fixture__.ts', 'electron'],
    ['electron-subpath.ts', 'src-main/core/__layer_fixture__.ts', 'electron/main'],
    ['electron-reexport.ts', 'src-main/core/__layer_fixture__.ts', 'electron'],
    ['electron-layer-from-core.ts', 'src-main/core/__layer_fixture__.ts', 'src-main/electron'],
    ['electron-app.ts', 'src-main/browser-host/__layer_fixture__.ts', 'electron'],
    ['node-fs-default.ts', 'src-renderer/__layer_fixture__.ts', 'node:fs'],
    ['fs-side-effect.ts', 'src-renderer/__layer_fixture__.ts', 'fs'],
    ['fs-side-effect.ts', 'src-renderer/screens/__layer_fixture__.tsx', 'fs'],
    ['main-core-from-root.ts', 'src-renderer/__layer_fixture__.ts', 'src-main'],
    ['mock-bank-from-root.ts', 'src-renderer/__layer_fixture__.ts', 'mock-bank'],
    ['electron-app.ts', 'src-renderer/__layer_fixture__.ts', 'electron'],
    ['react-hook.ts', 'src-shared/domain/__layer_fixture__.ts', 'react'],
    ['node-crypto.ts', 'src-shared/domain/__layer_fixture__.ts', 'node:crypto'],
    ['node-fs-default.ts', 'src-shared/domain/__layer_fixture__.ts', 'node:fs'],
    ['electron-app.ts', 'src-shared/ipc/__layer_fixture__.ts', 'electron'],
    ['main-core-from-shared.ts', 'src-shared/domain/__layer_fixture__.ts', 'src-main'],
    ['main-core-from-root.ts', 'mock-bank/__layer_fixture__.ts', 'src-main'],
    ['electron-app.ts', 'mock-bank/__layer_fixture__.ts', 'electron'],
    ['mock-bank-from-root.ts', 'src-main/core/__layer_fixture__.ts', 'mock-bank'],
    ['mock-bank-from-root.ts', 'src-main/electron/__layer_fixture__.ts', 'mock-bank'],
  ])('%s in %s fails (%s)', async (fixture, asPath) => {
    const messages = await lintAs(fixture, asPath);
    const bad = layering(messages);
    expect(bad.length, JSON.stringify(messages)).toBeGreaterThan(0);
    expect(bad.every((m) => m.severity === 2)).toBe(true);
  });
});

describe('layer rules: the same imports pass where they belong', () => {
  it.each([
    ['electron-app.ts', 'src-main/electron/__layer_fixture__.ts'],
    ['electron-subpath.ts', 'src-main/electron/__layer_fixture__.ts'],
    ['node-fs-default.ts', 'src-main/core/__layer_fixture__.ts'],
    ['fs-side-effect.ts', 'src-main/core/__layer_fixture__.ts'],
    ['node-crypto.ts', 'mock-bank/__layer_fixture__.ts'],
    ['shared-from-root.ts', 'src-renderer/__layer_fixture__.ts'],
    ['shared-from-root.ts', 'mock-bank/__layer_fixture__.ts'],
    ['shared-from-main.ts', 'src-main/core/__layer_fixture__.ts'],
    ['shared-from-main.ts', 'src-main/electron/__layer_fixture__.ts'],
    ['react-hook.ts', 'src-renderer/__layer_fixture__.ts'],
  ])('%s in %s passes', async (fixture, asPath) => {
    const messages = await lintAs(fixture, asPath);
    expect(messages.filter((m) => m.severity === 2), JSON.stringify(messages)).toEqual([]);
  });
});

describe('layer rules: dynamic import(), require() and import.meta.resolve() are held to the same rules', () => {
  it.each([
    ['dynamic-electron.ts', 'src-main/core/__layer_fixture__.ts'],
    ['dynamic-electron.ts', 'src-renderer/__layer_fixture__.ts'],
    ['dynamic-electron.ts', 'src-shared/domain/__layer_fixture__.ts'],
    ['require-fs.ts', 'src-renderer/__layer_fixture__.ts'],
    ['require-fs.ts', 'src-shared/ipc/__layer_fixture__.ts'],
    ['dynamic-main-core.ts', 'src-renderer/__layer_fixture__.ts'],
    ['dynamic-main-core.ts', 'mock-bank/__layer_fixture__.ts'],
    ['meta-resolve-electron.ts', 'src-main/browser-host/__layer_fixture__.ts'],
  ])('%s in %s fails', async (fixture, asPath) => {
    const bad = layering(await lintAs(fixture, asPath));
    expect(bad.length).toBeGreaterThan(0);
    expect(bad.every((m) => m.ruleId === 'layers/dynamic-imports' && m.severity === 2)).toBe(true);
  });

  it.each([
    ['dynamic-electron.ts', 'src-main/electron/__layer_fixture__.ts'],
    ['require-fs.ts', 'src-main/core/__layer_fixture__.ts'],
    ['dynamic-main-core.ts', 'src-main/electron/__layer_fixture__.ts'],
    ['dynamic-computed.ts', 'src-renderer/__layer_fixture__.ts'],
  ])('%s in %s passes', async (fixture, asPath) => {
    const messages = await lintAs(fixture, asPath);
    expect(messages.filter((m) => m.severity === 2), JSON.stringify(messages)).toEqual([]);
  });
});
