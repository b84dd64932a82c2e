// The built demo bank and browser host as child processes on random ports, temp database, quiet logs.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fromRoot, root } from './paths.mjs';

function waitForLine(child, pattern, what, timeoutMs) {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${what} not ready within ${timeoutMs} ms\n${err}`));
    }, timeoutMs);
    child.stderr.on('data', (d) => { err += d; });
    child.stdout.on('data', (d) => {
      out += d;
      const m = pattern.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited (${code}) before it was ready\n${err}`));
    });
  });
}

function stopper(child, cleanup = () => undefined) {
  const exited = new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  return async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
    cleanup();
  };
}

/** Starts dist/bank/main.mjs; resolves with { apiUrl, mailboxUrl, pid, stop() }. */
export async function startBank(env = {}, nodeArgs = []) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'netbank-bench-'));
  const entry = process.env.BENCH_BANK_ENTRY ? path.resolve(process.env.BENCH_BANK_ENTRY) : fromRoot('dist/bank/main.mjs');
  const child = spawn(process.execPath, [...nodeArgs, entry], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '',
      BANK_PORT: '0', SINK_SMTP_PORT: '0', SINK_HTTP_PORT: '0', BANK_DB: path.join(dir, 'bank.sqlite'), BANK_RESET: '1',
      BANK_OTP_RESEND_COOLDOWN_S: '0', BANK_LOG_LEVEL: 'warn', BANK_DAILY_LIMIT: '1000000000', BANK_SESSION_TTL_S: '3600',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const m = await waitForLine(child, /^BANK_READY (\S+) (\S+)$/m, 'demo bank', 30_000);
  return { apiUrl: m[1], mailboxUrl: m[2], dbPath: path.join(dir, 'bank.sqlite'), pid: child.pid, stop: stopper(child, () => rmSync(dir, { recursive: true, force: true })) };
}

/** Starts dist/host/main.mjs in front of `bankUrl`; resolves with { url, origin, stop() }. */
export async function startHost(bankUrl, args = []) {
  const child = spawn(process.execPath, [fromRoot('dist/host/main.mjs'), '--no-bank-start', '--bank', bankUrl, ...args], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NETBANK_LOG_LEVEL: 'warn', NETBANK_KIOSK: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const m = await waitForLine(child, /^NETBANK_URL=(\S+)$/m, 'browser host', 30_000);
  return { url: m[1], origin: new URL(m[1]).origin, pid: child.pid, stop: stopper(child) };
}

/** Starts the bare Fastify + better-sqlite3 baseline on the bank's database file. */
export async function startBare(dbPath, customerId) {
  const child = spawn(process.execPath, [fromRoot('bench/lib/bare-server.mjs'), dbPath, String(customerId)], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const m = await waitForLine(child, /^BARE_READY (\S+)$/m, 'bare baseline server', 30_000);
  return { url: m[1], pid: child.pid, stop: stopper(child) };
}
