/**
 * The browser host takes the same kiosk settings as the desktop app: a kiosk.json given with
 * --kiosk-config restricts the languages the window offers and sets the idle timeout; a wrong file
 * stops the host with a message that names the field.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBankProcess, type BankProcess } from '../../support/bank-process.js';
import { ensureHostBuilt, HOST_ENTRY, startHostProcess, type HostProcess } from '../../support/host-process.js';
import { connectHost } from './host-client.js';

let dir: string;
let bank: BankProcess;
let host: HostProcess;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'host-kiosk-'));
  writeFileSync(path.join(dir, 'kiosk.json'), JSON.stringify({ idleTimeoutSeconds: 120, languages: ['en'] }));
  bank = await startBankProcess({ env: { BANK_RESET: '1' } });
  host = await startHostProcess({ bankUrl: bank.apiUrl, args: ['--kiosk-config', path.join(dir, 'kiosk.json')] });
}, 60_000);

afterAll(async () => {
  await host?.stop();
  await bank?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('browser host in kiosk mode', () => {
  it('says kiosk, offers only the allowed language, starts in it and refuses the other', async () => {
    const client = await connectHost(host.url);
    try {
      const info = await client.bridge.app.info({});
      expect(info.ok && info.value.kiosk).toBe(true);
      expect(info.ok && info.value.languages).toEqual(['en']);
      const prefs = await client.bridge.preferences.get({});
      expect(prefs.ok && prefs.value.language).toBe('en');
      expect(prefs.ok && prefs.value.keychain).toBe('disabled-kiosk');
      const refused = await client.bridge.preferences.set({ language: 'ja' });
      expect(refused.ok ? null : refused.error.code).toBe('NOT_AVAILABLE_IN_KIOSK');
      const state = await client.bridge.session.state({});
      expect(state.ok && state.value.idleTimeoutSeconds).toBe(120);
    } finally {
      client.close();
    }
  });

  it('stops with exit code 2 and names the field when kiosk.json is wrong', () => {
    ensureHostBuilt();
    const bad = path.join(dir, 'bad-kiosk.json');
    writeFileSync(bad, JSON.stringify({ idleTimeoutSeconds: 5, languages: ['fr'] }));
    const r = spawnSync(process.execPath, [HOST_ENTRY, '--no-bank-start', '--bank', bank.apiUrl, '--kiosk-config', bad], { encoding: 'utf8', timeout: 30_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('kiosk settings');
    expect(r.stderr).toMatch(/idleTimeoutSeconds/);
    expect(r.stderr).toMatch(/languages/);
    expect(r.stdout).not.toContain('NETBANK_URL=');
  });
});
