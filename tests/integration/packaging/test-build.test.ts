// `npm run dist:test` (scripts/package.mjs --test-build) with a stand-in Electron: the tester
// package holds the demo bank and its server packages, the tester code in main and renderer, and
// the same fuses as a customer build. The customer side of the same check is in dir-build.test.ts.
import { extractFile, listPackage } from '@electron/asar';
import { Ajv } from 'ajv';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFuses, root, runPackage, stubElectron } from './helpers.js';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };

describe('electron-builder.test.yml', () => {
  it('extends the customer config, is valid against app-builder-lib/scheme.json, and only adds the demo bank', () => {
    const config = yaml.load(readFileSync(path.join(root, 'electron-builder.test.yml'), 'utf8')) as Record<string, unknown>;
    const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(config.extends).toBe('./electron-builder.yml');
    expect(config.appId).toBe('jp.example.netbank.desktop.test');
    expect(config.files).toEqual(['dist/bank/**']);
    // Nothing that weakens the package is overridden here.
    for (const key of ['electronFuses', 'asar', 'publish', 'npmRebuild']) expect(config[key], key).toBeUndefined();
  });
});

describe('tester package (--test-build --dir, stand-in Electron, real build)', () => {
  let tmp: string;
  let out: string;
  let asarPath: string;
  let entries: string[];
  let packageLog = '';

  beforeAll(() => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'netbank-pkg-test-'));
    const b = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--test-build', 'electron', 'renderer', 'bank'], { cwd: root, encoding: 'utf8' });
    if (b.status !== 0) throw new Error(`tester build failed:\n${b.stdout}\n${b.stderr}`);
    // Packaged from a copy, so a parallel rebuild of dist/tester cannot change it half-way.
    const dist = path.join(tmp, 'dist');
    for (const part of ['electron', 'renderer', 'bank']) cpSync(path.join(root, 'dist/tester', part), path.join(dist, part), { recursive: true });
    const stub = path.join(tmp, 'electron-stub');
    stubElectron(stub);
    out = path.join(tmp, 'release');
    // The stand-in cannot run the bank anyway, and rebuilding SQLite for Electron needs its headers
    // from the network: the packaging step is proved with the module as it is, and says so.
    const r = runPackage(['--test-build', '--skip-native-rebuild', '--dir', '--dist', dist, '--out', out, '--', `-c.electronDist=${stub}`]);
    if (r.status !== 0) throw new Error(`package.mjs --test-build failed (${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
    packageLog = `${r.stdout}\n${r.stderr}`;
    asarPath = path.join(out, 'linux-unpacked/resources/app.asar');
    entries = listPackage(asarPath, { isPack: false }).map((e) => e.replaceAll('\\', '/'));
  }, 240_000);

  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  const text = (entry: string) => extractFile(asarPath, entry.replace(/^\//, '')).toString('utf8');
  const jsUnder = (dir: string) => entries.filter((e) => e.startsWith(dir) && /\.(c?js|mjs)$/.test(e)).map(text).join('\n');

  it('says when the SQLite module is not built for the Electron it ships (the bank would not start)', () => {
    expect(packageLog).toMatch(/SQLite module is built for Node ABI \d+, Electron [\d.]+ needs ABI \d+; packaged as it is \(--skip-native-rebuild\)/);
  });

  it('is named as a tester build, with its own executable and data folder', () => {
    expect(existsSync(path.join(out, 'linux-unpacked/netbank-desktop-test'))).toBe(true);
    const pkg = JSON.parse(text('/package.json')) as { netbankBuild?: string; productName?: string };
    expect(pkg).toMatchObject({ netbankBuild: 'tester', productName: 'Netbank Desktop TEST' });
  });

  it('holds the demo bank and its server packages, with the SQLite binding outside the asar', () => {
    expect(entries).toContain('/dist/bank/main.mjs');
    for (const name of ['fastify', 'smtp-server', 'mailparser', 'nodemailer', 'better-sqlite3', 'otpauth']) {
      expect(entries, name).toContain(`/node_modules/${name}/package.json`);
    }
    expect(existsSync(path.join(out, 'linux-unpacked/resources/app.asar.unpacked/node_modules/better-sqlite3/build/Release/better_sqlite3.node'))).toBe(true);
    expect(entries.filter((e) => e.endsWith('.map') || /^\/(tests|mock-bank|src-[a-z]+)(\/|$)/.test(e))).toEqual([]);
  });

  it('main starts the bank and opens the mailbox; the renderer has the banner and the seed list (from the bank, not hard-coded)', () => {
    const main = jsUnder('/dist/electron/');
    for (const s of ['utilityProcess', 'BANK_READY', 'seed-customers', 'netbank-test-mailbox', 'Open mailbox', 'Reset demo data', 'BANK_TESTER_CONTROLS', 'Open tester controls']) expect(main, s).toContain(s);
    const renderer = jsUnder('/dist/renderer/');
    for (const s of ['TEST BUILD', 'testbuild.seed.title', 'testbuild.active.title', 'Tester controls in force']) expect(renderer, s).toContain(s);
    // The seed customers' IDs and passwords are the bank's; the renderer only shows what it is sent.
    for (const s of ['demo-login-1', 'mail-user', 'token-user']) expect(renderer, s).not.toContain(s);
  });

  it('keeps the customer build\'s fuses', () => {
    expect(readFuses(path.join(out, 'linux-unpacked/netbank-desktop-test'))).toMatchObject({
      runAsNode: false, enableNodeOptionsEnvironmentVariable: false, enableNodeCliInspectArguments: false, onlyLoadAppFromAsar: true,
    });
  });
});
