// Shared by the packaging tests: a stand-in Electron executable with a real fuse wire, reading the
// fuses back, and running scripts/package.mjs the way a user would.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const packageScript = path.join(root, 'scripts/package.mjs');

// Electron's fuse wire: sentinel, wire version 1, wire length, then one byte per fuse
// ('0' off, '1' on). These are Electron's defaults, i.e. what an unflipped binary holds.
export const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSE_ORDER = [
  'runAsNode', 'enableCookieEncryption', 'enableNodeOptionsEnvironmentVariable', 'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation', 'onlyLoadAppFromAsar', 'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
] as const;
const ELECTRON_DEFAULTS = '10110001';

export function stubElectron(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const body = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stand-in for the Electron binary, packaging tests only" >&2\nexit 1\n'),
    Buffer.from(SENTINEL, 'latin1'), Buffer.from([1, FUSE_ORDER.length]), Buffer.from(ELECTRON_DEFAULTS, 'latin1'),
  ]);
  writeFileSync(path.join(dir, 'electron'), body, { mode: 0o755 });
  writeFileSync(path.join(dir, 'LICENSE'), 'stand-in\n');
}

export function readFuses(file: string): Record<string, boolean> {
  const bin = readFileSync(file);
  const at = bin.indexOf(SENTINEL, 0, 'latin1');
  if (at < 0) throw new Error(`no fuse wire in ${file}`);
  const wire = bin.subarray(at + SENTINEL.length + 2, at + SENTINEL.length + 2 + (bin[at + SENTINEL.length + 1] ?? 0));
  return Object.fromEntries(FUSE_ORDER.map((name, i) => [name, wire[i] === 0x31]));
}

/** Runs the packager as a user would; without VITEST* in its environment, electron-builder keeps its log. */
export function runPackage(args: string[]) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST')));
  return spawnSync(process.execPath, [packageScript, ...args], {
    cwd: root, encoding: 'utf8', timeout: 110_000, env: { ...env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
  });
}


/**
 * Words only tester code contains: the demo bank's start and ready line, the mailbox window and
 * its menu, the seed-customer list and its passwords, the banner. None may be in a customer package.
 */
export const TESTER_ONLY_STRINGS = [
  'utilityProcess', 'BANK_READY', 'seed-customers', 'netbank-test-mailbox', 'Open mailbox', 'Reset demo data',
  'TEST BUILD', 'testbuild.seed', 'demo-login-1', 'demo-confirm-1', 'mail-user', 'token-user',
  'BANK_TESTER_CONTROLS', 'Open tester controls', 'testbuild.active', 'Tester controls in force',
] as const;
