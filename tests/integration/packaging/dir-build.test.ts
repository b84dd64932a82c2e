// `scripts/package.mjs --dir` with a stand-in Electron: proves the packaging step on machines
// without the Electron binary. electron-builder copies the stand-in, writes app.asar from the staged
// app and flips the fuses in the stand-in's fuse wire (which is all @electron/fuses reads).
// What only a real binary shows (the app starting, asar integrity on macOS/Windows) is for
// tests/electron/ and for the release machines.
import { listPackage, extractFile } from '@electron/asar';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFuses, runPackage, stubElectron, TESTER_ONLY_STRINGS } from './helpers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const sourcesExist = existsSync(path.join(root, 'src-main/electron/main.ts')) && existsSync(path.join(root, 'src-main/electron/preload.ts'))
  && existsSync(path.join(root, 'src-renderer/index.html'));

/** The app to package: the real build when its sources exist, otherwise small stand-ins in a temp dir. */
function prepareDist(tmp: string): { dist: string; real: boolean } {
  if (sourcesExist) {
    const r = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), 'electron', 'renderer'], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
    // Packaged from a copy, so a parallel rebuild of ./dist cannot change it half-way.
    const dist = path.join(tmp, 'dist');
    for (const part of ['electron', 'renderer']) cpSync(path.join(root, 'dist', part), path.join(dist, part), { recursive: true });
    return { dist, real: true };
  }
  const dist = path.join(tmp, 'dist');
  mkdirSync(path.join(dist, 'electron'), { recursive: true });
  mkdirSync(path.join(dist, 'renderer/assets'), { recursive: true });
  writeFileSync(path.join(dist, 'electron/main.cjs'),
    '"use strict";\nconst { app } = require("electron");\nconst { z } = require("zod");\nconst axios = require("axios");\n'
    + 'const { Entry } = require("@napi-rs/keyring");\nrequire("node:path");\n//# sourceMappingURL=main.cjs.map\n');
  writeFileSync(path.join(dist, 'electron/main.cjs.map'), '{"version":3,"sources":["../../src-main/electron/main.ts"]}');
  writeFileSync(path.join(dist, 'electron/preload.cjs'), '"use strict";\nrequire("electron");\n');
  writeFileSync(path.join(dist, 'renderer/index.html'), '<!doctype html><html lang="ja"><title>Netbank Desktop</title><script type="module" src="./assets/index.js"></script></html>');
  writeFileSync(path.join(dist, 'renderer/assets/index.js'), 'console.log(1);\n//# sourceMappingURL=index.js.map\n');
  writeFileSync(path.join(dist, 'renderer/assets/index.js.map'), '{}');
  return { dist, real: false };
}

const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Package names a CommonJS bundle loads with a literal require("...") or import("..."), without electron and Node's own. */
function requiredNames(code: string): string[] {
  const names = new Set<string>();
  for (const m of code.matchAll(/\b(?:require|import)\(\s*["']([^"'./][^"']*)["']\s*\)/g)) {
    const spec = m[1] ?? '';
    const parts = spec.split('/');
    const name = spec.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? '');
    if (builtins.has(spec) || builtins.has(name) || name === 'electron') continue;
    names.add(name);
  }
  return [...names];
}

describe(`customer package (--dir, stand-in Electron, ${sourcesExist ? 'real build' : 'stand-in app files'})`, () => {
  let tmp: string;
  let out: string;
  let entries: string[];
  let asarPath: string;
  let log = '';
  let real = false;

  beforeAll(() => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'netbank-pkg-'));
    const prepared = prepareDist(tmp);
    real = prepared.real;
    const stub = path.join(tmp, 'electron-stub');
    stubElectron(stub);
    out = path.join(tmp, 'release');
    const r = runPackage(['--dir', '--dist', prepared.dist, '--out', out, '--', `-c.electronDist=${stub}`]);
    log = `${r.stdout}\n${r.stderr}`;
    if (r.status !== 0) throw new Error(`package.mjs failed (${r.status ?? r.signal}):\n${log}`);
    asarPath = path.join(out, 'linux-unpacked/resources/app.asar');
    entries = listPackage(asarPath, { isPack: false }).map((e) => e.replaceAll('\\', '/'));
  }, 120_000);

  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('writes the unpacked app with our executable name and an app.asar (no loose app folder)', () => {
    expect(statSync(path.join(out, 'linux-unpacked/netbank-desktop')).isFile()).toBe(true);
    expect(statSync(asarPath).size).toBeGreaterThan(0);
    expect(existsSync(path.join(out, 'linux-unpacked/resources/app')), 'resources/app must not exist').toBe(false);
  });

  it('contains main, preload, renderer index.html and a package.json pointing at main', () => {
    for (const f of ['/dist/electron/main.cjs', '/dist/electron/preload.cjs', '/dist/renderer/index.html', '/package.json']) {
      expect(entries, f).toContain(f);
    }
    const pkg = JSON.parse(extractFile(asarPath, 'package.json').toString('utf8')) as { main: string; devDependencies?: unknown };
    expect(pkg.main).toBe('dist/electron/main.cjs');
    expect(pkg.devDependencies).toBeUndefined();
  });

  it('holds no tests, demo bank, sources, benchmarks, local data or source maps', () => {
    const bad = entries.filter((e) => /^\/(tests|mock-bank|bench|src-[a-z]+|\.data|scripts)(\/|$)/.test(e)
      || e.endsWith('.map') || /\/dist\/(bank|host)(\/|$)/.test(e) || (/\.tsx?$/.test(e) && !e.startsWith('/node_modules/')));
    expect(bad).toEqual([]);
    expect(entries.filter((e) => e.endsWith('.map'))).toEqual([]);
  });

  it('holds no tester code: no demo bank start, no mailbox window, no seed list, no banner', () => {
    expect(entries.filter((e) => e.startsWith('/dist/bank'))).toEqual([]);
    const appFiles = entries.filter((e) => e.startsWith('/dist/') && /\.(c?js|mjs|html|css)$/.test(e));
    expect(appFiles.length).toBeGreaterThan(2);
    const found = appFiles.flatMap((f) => {
      const text = extractFile(asarPath, f.slice(1)).toString('utf8');
      return TESTER_ONLY_STRINGS.filter((s) => text.includes(s)).map((s) => `${f}: ${s}`);
    });
    expect(found).toEqual([]);
    const pkg = JSON.parse(extractFile(asarPath, 'package.json').toString('utf8')) as { netbankBuild?: string };
    expect(pkg.netbankBuild).toBeUndefined();
  });

  it('node_modules holds exactly what the main bundle requires, and what those packages depend on', () => {
    const main = extractFile(asarPath, 'dist/electron/main.cjs').toString('utf8');
    const preload = extractFile(asarPath, 'dist/electron/preload.cjs').toString('utf8');
    const wanted = [...new Set([...requiredNames(main), ...requiredNames(preload)])];
    if (!real) expect(wanted.sort()).toEqual(['@napi-rs/keyring', 'axios', 'zod']);
    // Top-level folders present in the package (a scoped name counts as one).
    const present = new Set(entries.map((e) => /^\/node_modules\/((?:@[^/]+\/)?[^/]+)\/package\.json$/.exec(e)?.[1]).filter((n): n is string => !!n));
    // Walk the dependency graph inside the asar itself.
    const reached = new Set<string>();
    const queue = [...wanted];
    while (queue.length) {
      const name = queue.shift() as string;
      if (reached.has(name)) continue;
      reached.add(name);
      expect(present.has(name), `${name} is needed but missing`).toBe(true);
      const pkg = JSON.parse(extractFile(asarPath, `node_modules/${name}/package.json`).toString('utf8')) as {
        dependencies?: Record<string, string>; optionalDependencies?: Record<string, string>;
      };
      queue.push(...Object.keys(pkg.dependencies ?? {}));
      for (const opt of Object.keys(pkg.optionalDependencies ?? {})) if (present.has(opt)) queue.push(opt);
    }
    expect([...present].filter((n) => !reached.has(n)).sort(), 'packages nobody needs').toEqual([]);
    for (const serverOnly of ['fastify', 'smtp-server', 'mailparser', 'nodemailer', 'react', 'react-dom', 'zustand', 'vite', 'electron']) {
      expect(present.has(serverOnly), `${serverOnly} must not ship`).toBe(false);
    }
  });

  it('keeps the native keychain binding outside the asar so it can be loaded', () => {
    const unpacked = path.join(out, 'linux-unpacked/resources/app.asar.unpacked/node_modules/@napi-rs');
    if (!entries.includes('/node_modules/@napi-rs/keyring/package.json')) return; // the app does not use the keychain binding
    expect(existsSync(path.join(unpacked, `keyring-${process.platform}-${process.arch}-gnu`)) || existsSync(path.join(unpacked, `keyring-${process.platform}-${process.arch}`))).toBe(true);
  });

  it('flipped the fuses in the executable exactly as electron-builder.yml says', () => {
    expect(log).toContain('executing @electron/fuses');
    expect(readFuses(path.join(out, 'linux-unpacked/netbank-desktop'))).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false, // not configured: stays at Electron's default
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('the stand-in really started with Electron\'s default fuses (so the check above can fail)', () => {
    const fresh = path.join(tmp, 'fresh-stub');
    stubElectron(fresh);
    const fuses = readFuses(path.join(fresh, 'electron'));
    expect(fuses.runAsNode).toBe(true);
    expect(fuses.onlyLoadAppFromAsar).toBe(false);
  });
});

describe('a second build kind extends the customer config (the shape kiosk and tester builds use)', () => {
  let tmp: string;
  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('inherits fuses and the file rules, and overrides the name and metadata', () => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'netbank-pkg-'));
    const { dist } = prepareDist(tmp);
    const stub = path.join(tmp, 'electron-stub');
    stubElectron(stub);
    const config = path.join(tmp, 'electron-builder.variant.yml');
    writeFileSync(config, [
      `extends: ${JSON.stringify(path.join(root, 'electron-builder.yml'))}`,
      'appId: jp.example.netbank.desktop.variant',
      'productName: Netbank Desktop Variant',
      'linux:',
      '  executableName: netbank-desktop-variant',
      'extraMetadata:',
      '  productName: Netbank Desktop Variant', // Electron's app name, so its own data folder
      '  netbankBuild: variant',
      '',
    ].join('\n'));
    const out = path.join(tmp, 'release');
    const r = runPackage(['--dir', '--config', config, '--dist', dist, '--out', out, '--', `-c.electronDist=${stub}`]);
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    const asar = path.join(out, 'linux-unpacked/resources/app.asar');
    const pkg = JSON.parse(extractFile(asar, 'package.json').toString('utf8')) as { netbankBuild?: string; productName?: string };
    expect(pkg.netbankBuild).toBe('variant');
    expect(pkg.productName).toBe('Netbank Desktop Variant');
    expect(listPackage(asar, { isPack: false }).filter((e) => e.endsWith('.map'))).toEqual([]);
    expect(readFuses(path.join(out, 'linux-unpacked/netbank-desktop-variant'))).toMatchObject({ runAsNode: false, onlyLoadAppFromAsar: true });
  }, 120_000);
});

describe('scripts/package.mjs refuses plainly', () => {
  it('when the app is not built', () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'netbank-pkg-'));
    try {
      const r = runPackage(['--dir', '--dist', path.join(tmp, 'nothing'), '--out', path.join(tmp, 'out')]);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('package: the app is not built');
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('when the main bundle requires a package that package.json does not list', () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'netbank-pkg-'));
    try {
      const dist = path.join(tmp, 'dist');
      mkdirSync(path.join(dist, 'electron'), { recursive: true });
      mkdirSync(path.join(dist, 'renderer'), { recursive: true });
      writeFileSync(path.join(dist, 'electron/main.cjs'), 'require("fastify-but-not-listed");\n');
      writeFileSync(path.join(dist, 'electron/preload.cjs'), '');
      writeFileSync(path.join(dist, 'renderer/index.html'), '<!doctype html>');
      const r = runPackage(['--dir', '--dist', dist, '--out', path.join(tmp, 'out')]);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('fastify-but-not-listed, which package.json does not list');
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
