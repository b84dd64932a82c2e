/**
 * scripts/start.mjs: finding Electron's executable (or knowing it is not there) without a throw,
 * the sandbox flag only for root, and the demo customers as terminal lines.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

type Found = { ok: true; executable: string } | { ok: false; reason: string };
interface StartModule {
  findElectron(o?: { env?: Record<string, string | undefined>; platform?: string; resolvePackage?: (name: string) => string }): Found;
  executableName(platform: string): string;
  fallbackNotice(reason: string): string;
  sandboxArgs(isRoot?: boolean): string[];
  demoCustomerLines(list: unknown): string[] | null;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
let start: StartModule;
let dir: string;

/** A stand-in electron package folder on disk: package.json, optionally path.txt and the binary. */
function electronPackage(name: string, opts: { pathTxt?: string; binary?: boolean }) {
  const pkg = path.join(dir, name, 'node_modules', 'electron');
  mkdirSync(pkg, { recursive: true });
  writeFileSync(path.join(pkg, 'package.json'), '{"name":"electron","version":"45.4.1"}');
  if (opts.pathTxt !== undefined) writeFileSync(path.join(pkg, 'path.txt'), opts.pathTxt);
  if (opts.binary) {
    mkdirSync(path.join(pkg, 'dist'), { recursive: true });
    writeFileSync(path.join(pkg, 'dist', opts.pathTxt ?? 'electron'), '#!/bin/sh\n');
    chmodSync(path.join(pkg, 'dist', opts.pathTxt ?? 'electron'), 0o755);
  }
  return (n: string) => path.join(pkg, n.replace(/^electron\//, ''));
}

beforeAll(async () => {
  start = (await import(pathToFileURL(path.join(root, 'scripts/start.mjs')).href)) as StartModule;
  dir = mkdtempSync(path.join(tmpdir(), 'netbank-start-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('start.mjs: is there an Electron binary?', () => {
  it('finds a downloaded binary through path.txt', () => {
    const resolvePackage = electronPackage('full', { pathTxt: 'electron', binary: true });
    const r = start.findElectron({ env: {}, platform: 'linux', resolvePackage });
    expect(r).toEqual({ ok: true, executable: resolvePackage('electron/dist/electron') });
  });

  it('says so when the download was skipped (no path.txt), as on our machines', () => {
    const resolvePackage = electronPackage('skipped', {});
    expect(start.findElectron({ env: {}, platform: 'linux', resolvePackage })).toEqual({ ok: false, reason: 'the electron package was installed without downloading its binary' });
  });

  it('says so when path.txt names a binary that is not there', () => {
    const resolvePackage = electronPackage('half', { pathTxt: 'electron' });
    const r = start.findElectron({ env: {}, platform: 'linux', resolvePackage });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/^the Electron binary is missing from /);
  });

  it('says so when the package itself is missing', () => {
    const r = start.findElectron({ env: {}, resolvePackage: () => { throw new Error('Cannot find module'); } });
    expect(r).toEqual({ ok: false, reason: 'the electron package is not installed' });
  });

  it('ELECTRON_OVERRIDE_DIST_PATH wins, with the platform executable name', () => {
    const dist = path.join(dir, 'override');
    mkdirSync(dist, { recursive: true });
    writeFileSync(path.join(dist, 'electron'), '');
    const resolvePackage = electronPackage('for-override', {});
    expect(start.findElectron({ env: { ELECTRON_OVERRIDE_DIST_PATH: dist }, platform: 'linux', resolvePackage })).toEqual({ ok: true, executable: path.join(dist, 'electron') });
    const win = start.findElectron({ env: { ELECTRON_OVERRIDE_DIST_PATH: dist }, platform: 'win32', resolvePackage });
    expect(win).toEqual({ ok: false, reason: `ELECTRON_OVERRIDE_DIST_PATH is set to ${dist}, but there is no Electron executable at ${path.join(dist, 'electron.exe')}` });
    expect(start.executableName('darwin')).toBe('Electron.app/Contents/MacOS/Electron');
  });

  it('on this machine: answers without throwing, and the notice is one plain paragraph', () => {
    const r = start.findElectron();
    if (!r.ok) {
      const notice = start.fallbackNotice(r.reason);
      expect(notice).not.toContain('\n');
      expect(notice).toContain("Electron's binary isn't available");
      expect(notice).toContain('browser host');
      expect(notice).not.toMatch(/Error|at .+:\d+:\d+/);
    } else {
      expect(r.executable.length).toBeGreaterThan(0);
    }
  });
});

describe('start.mjs: what it passes and prints', () => {
  it('turns the sandbox off only for root (a normal user sees no unsupported-flag bar)', () => {
    expect(start.sandboxArgs(true)).toEqual(['--no-sandbox']);
    expect(start.sandboxArgs(false)).toEqual([]);
    expect(start.sandboxArgs()).toEqual(process.getuid?.() === 0 ? ['--no-sandbox'] : []);
  });

  const seed = [
    { loginId: 'mail-user', loginPassword: 'demo-login-1', confirmationPassword: 'demo-confirm-1', tokenState: 'not-used', startOfUseDone: true },
    { loginId: 'token-user', loginPassword: 'demo-login-1', confirmationPassword: 'demo-confirm-1', tokenState: 'active', startOfUseDone: true },
    { loginId: 'new-user', loginPassword: 'demo-first-1', confirmationPassword: null, tokenState: 'not-used', startOfUseDone: false },
  ];

  it('lists each demo customer with both passwords and the second factor, in aligned columns', () => {
    const lines = start.demoCustomerLines(seed)!;
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^ {2}login ID +login password +confirmation password +second factor$/);
    expect(lines[1]).toMatch(/^ {2}mail-user +demo-login-1 +demo-confirm-1 +mail password$/);
    expect(lines[2]).toMatch(/^ {2}token-user +demo-login-1 +demo-confirm-1 +token app$/);
    expect(lines[3]).toMatch(/^ {2}new-user +demo-first-1 +\(chosen at start of use\) +start of use not done yet$/);
    const column = (l: string) => l.indexOf('demo-');
    expect(new Set(lines.slice(1).map(column)).size).toBe(1);
  });

  it.each([
    ['not a list', { customers: seed }],
    ['an empty list', []],
    ['a customer without a password', [{ loginId: 'x', confirmationPassword: null }]],
    ['a control character (terminal escape)', [{ ...seed[0], loginId: 'x\u001b[2J' }]],
  ])('prints nothing from %s', (_what, answer) => {
    expect(start.demoCustomerLines(answer)).toBeNull();
  });
});
