/**
 * The browser host as a desktop user runs it (`npm start` without Electron): the demo bank it starts
 * never outlives it, even when the host is killed with SIGKILL; with --open, the Chromium app window
 * is the host's own (private profile, removed afterwards), stopping the host closes it with all its
 * helper processes, and closing the window stops the host.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureHostBuilt, HOST_ENTRY } from '../../support/host-process.js';
import { ensureBankBuilt } from '../../support/bank-process.js';

const children: ChildProcess[] = [];
const dirs: string[] = [];

beforeAll(() => {
  ensureHostBuilt();
  ensureBankBuilt();
});

afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
});

function tempDir(prefix: string): string {
  const d = mkdtempSync(path.join(tmpdir(), prefix));
  dirs.push(d);
  return d;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Child processes of `pid` with their command lines, from /proc. */
function childrenOf(pid: number): { pid: number; args: string }[] {
  const r = spawnSync('ps', ['-o', 'pid=,args=', '--ppid', String(pid)], { encoding: 'utf8' });
  return r.stdout.split('\n').filter(Boolean).map((line) => {
    const m = /^\s*(\d+)\s+(.*)$/.exec(line)!;
    return { pid: Number(m[1]), args: m[2]! };
  });
}

function groupMembers(pgid: number): number[] {
  const r = spawnSync('pgrep', ['-g', String(pgid)], { encoding: 'utf8' });
  return r.stdout.split('\n').filter(Boolean).map(Number);
}

async function until<T>(what: string, probe: () => T | null | undefined | false, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Starts the host with its own demo bank on free ports; resolves once it printed its URL. */
async function startHost(args: string[], env: Record<string, string> = {}): Promise<{ host: ChildProcess; stderr: () => string }> {
  const data = tempDir('app-process-');
  const inherited = { ...process.env };
  delete inherited.BANK_URL; // the host starts its own demo bank only when no bank is given
  const host = spawn(process.execPath, [HOST_ENTRY, '--port', '0', ...args], {
    env: { ...inherited, BANK_PORT: '0', SINK_SMTP_PORT: '0', SINK_HTTP_PORT: '0', BANK_DB: path.join(data, 'bank.sqlite'), BANK_LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(host);
  let out = '';
  let err = '';
  host.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  host.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  await until('the host URL', () => out.includes('NETBANK_URL=') || host.exitCode !== null);
  if (!out.includes('NETBANK_URL=')) throw new Error(`host did not start: ${err}`);
  return { host, stderr: () => err };
}

describe('the demo bank never outlives the host', () => {
  it('stops when the host is killed with SIGKILL (its stdin pipe closes)', async () => {
    const { host } = await startHost([]);
    const bank = await until('the bank child', () => childrenOf(host.pid!).find((c) => c.args.includes('dist/bank/main.mjs')));
    host.kill('SIGKILL');
    await until('the bank to stop', () => !alive(bank.pid), 20_000);
    expect(alive(bank.pid)).toBe(false);
  });
});

describe('the host\'s own demo bank is a testers\' bank', () => {
  it('runs with the tester controls on (BANK_TESTER_CONTROLS=1), unless the environment turns them off', async () => {
    const stateUrl = async (stderr: () => string) => {
      const ready = await until('the bank ready line', () => /^BANK_READY (\S+) (\S+)$/m.exec(stderr()));
      return `${ready[1]!}/api/v1/tester/state`;
    };
    const on = await startHost([]);
    const state = await fetch(await stateUrl(on.stderr));
    expect(state.status).toBe(200);
    expect(await state.json()).toMatchObject({ active: false, clockOffsetMinutes: 0 });
    const off = await startHost([], { BANK_TESTER_CONTROLS: '0' });
    expect((await fetch(await stateUrl(off.stderr))).status).toBe(404);
  });
});

const xvfb = ['/usr/bin/Xvfb'].find((p) => existsSync(p));
const chromium = existsSync('/usr/bin/chromium');
const windowSkip = !xvfb ? 'Xvfb is not installed (scripts/setup-system.sh installs it)' : !chromium ? 'Debian Chromium is not installed' : null;

/** A private X display for the window; resolves with its name, e.g. ":93". */
async function startDisplay(): Promise<string> {
  const x = spawn(xvfb!, ['-displayfd', '3', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
  children.push(x);
  let got = '';
  x.stdio[3]!.on('data', (d: Buffer) => (got += d.toString()));
  const n = await until('Xvfb to choose a display', () => /^(\d+)\n/.exec(got)?.[1], 20_000);
  return `:${n}`;
}

describe.skipIf(windowSkip !== null)(`--open: the app window belongs to the host${windowSkip ? ` (skipped: ${windowSkip})` : ''}`, () => {
  async function openWindow() {
    const display = await startDisplay();
    const tmp = tempDir('app-window-tmp-');
    const started = await startHost(['--open'], { DISPLAY: display, TMPDIR: tmp });
    const browser = await until('the Chromium app window', () =>
      childrenOf(started.host.pid!).find((c) => /chromium\b/.test(c.args) && c.args.includes('--app=')));
    const profile = await until('its private profile', () => readdirSync(tmp).find((n) => n.startsWith('netbank-window-')));
    expect(browser.args).toContain(`--user-data-dir=${path.join(tmp, profile)}`);
    await until('Chromium helper processes', () => groupMembers(browser.pid).length > 1);
    return { ...started, browser, tmp };
  }

  it('stopping the host closes the window and all its processes, and removes the profile', { timeout: 90_000 }, async () => {
    const { host, browser, tmp } = await openWindow();
    host.kill('SIGTERM');
    await until('the host to exit', () => host.exitCode !== null, 20_000);
    expect(host.exitCode).toBe(0);
    // SIGKILLed helpers may take a moment to be reaped once their parent is gone.
    await until('Chromium\'s processes to be gone', () => groupMembers(browser.pid).length === 0, 10_000);
    expect(readdirSync(tmp).filter((n) => n.startsWith('netbank-window-'))).toEqual([]);
  });

  it('closing the window stops the host, as quitting a desktop app would', { timeout: 90_000 }, async () => {
    const { host, browser, stderr, tmp } = await openWindow();
    process.kill(browser.pid, 'SIGTERM'); // what the window manager's close amounts to for the last window
    await until('the host to exit', () => host.exitCode !== null, 20_000);
    expect(stderr()).toContain('the app window was closed; stopping');
    // SIGKILLed helpers may take a moment to be reaped once their parent is gone.
    await until('Chromium\'s processes to be gone', () => groupMembers(browser.pid).length === 0, 10_000);
    expect(readdirSync(tmp).filter((n) => n.startsWith('netbank-window-'))).toEqual([]);
  });
});
