/**
 * package.json `allowScripts`: every installed dependency with an install script has been reviewed
 * (allowed or denied by name), so a new one cannot run its script unseen, and cannot be skipped
 * unseen either (npm skips the scripts of dependencies it has no entry for, and better-sqlite3
 * without its build would fail only when the bank opens its database). Read from node_modules the
 * way npm decides it: a preinstall, install or postinstall script, or a binding.gyp with no
 * install script (npm then runs node-gyp rebuild).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

interface Manifest { name?: string; scripts?: Record<string, string>; allowScripts?: Record<string, boolean> }

const readManifest = (dir: string): Manifest => JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as Manifest;

function runsInstallScript(dir: string, m: Manifest): boolean {
  const s = m.scripts ?? {};
  return s.preinstall !== undefined || s.install !== undefined || s.postinstall !== undefined || existsSync(path.join(dir, 'binding.gyp'));
}

/** Every package folder under `modules` (scoped ones included), and those nested in them. */
function packageDirs(modules: string): string[] {
  if (!existsSync(modules)) return [];
  const found: string[] = [];
  for (const entry of readdirSync(modules, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    const dirs = entry.name.startsWith('@')
      ? readdirSync(path.join(modules, entry.name), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => path.join(modules, entry.name, e.name))
      : [path.join(modules, entry.name)];
    for (const dir of dirs) {
      if (existsSync(path.join(dir, 'package.json'))) found.push(dir);
      found.push(...packageDirs(path.join(dir, 'node_modules')));
    }
  }
  return found;
}

/** The names of the installed packages that have an install script. */
function withInstallScripts(): Set<string> {
  return new Set(packageDirs(path.join(root, 'node_modules')).flatMap((dir) => {
    const m = readManifest(dir);
    return m.name !== undefined && runsInstallScript(dir, m) ? [m.name] : [];
  }));
}

describe('install scripts of dependencies', () => {
  const allow = readManifest(root).allowScripts ?? {};
  const installed = withInstallScripts();

  it('are each allowed or denied by name in package.json', () => {
    const unreviewed = [...installed].filter((name) => !(name in allow));
    expect(unreviewed, 'review these install scripts, then `npm install-scripts approve|deny <name>`').toEqual([]);
  });

  it('run for the native SQLite module the bank needs, and for esbuild', () => {
    expect(allow['better-sqlite3']).toBe(true);
    expect(allow.esbuild).toBe(true);
  });

  it('name only packages that are installed with an install script (no stale entries)', () => {
    expect(Object.keys(allow).filter((name) => !installed.has(name))).toEqual([]);
  });
});
