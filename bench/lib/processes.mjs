// The built demo bank and browser host as child processes on random ports and a temp database, each
// with the product's defaults (log level info, desktop mode with the keychain); their logs go to
// files in a temp directory, as a terminal or a service log would take them, not through this
// process (which also drives the load).
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fromRoot, root } from './paths.mjs';

/**
 * What every bank run changes from the defaults so that one customer can repeat operations
 * hundreds of times: no resend cooldown, no cap on one-time passwords issued per hour, room under
 * the daily transfer limit, a session that outlasts the run. None of these is on a hot path. The
 * login lock keeps its default: the benchmarks that work at once do so as distinct customers
 * (BANK_EXTRA_MAIL_CUSTOMERS), one password check at a time each.
 */
export const BANK_BENCH_ENV = {
  BANK_OTP_RESEND_COOLDOWN_S: '0', BANK_OTP_ISSUE_PER_HOUR: '1000000', BANK_OTP_FAILURES_BEFORE_LOCK: '1000000',
  BANK_DAILY_LIMIT: '1000000000', BANK_DAILY_LIMIT_MAX: '1000000000', BANK_SESSION_TTL_S: '3600',
};

/** Spawns `args` with stdout and stderr going to files in `dir`; resolves when `pattern` shows up in stdout. */
function spawnLogged(args, env, dir, pattern, what, timeoutMs = 30_000) {
  const outFile = path.join(dir, `${what.replace(/\W+/g, '-')}.out.log`);
  const errFile = path.join(dir, `${what.replace(/\W+/g, '-')}.err.log`);
  const out = openSync(outFile, 'w');
  const err = openSync(errFile, 'w');
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', out, err] });
  closeSync(out);
  closeSync(err);
  const read = (f) => { try { return readFileSync(f, 'utf8'); } catch { return ''; } };
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const tick = setInterval(() => {
      const m = pattern.exec(read(outFile).slice(0, 64 * 1024));
      if (m) {
        clearInterval(tick);
        resolve({ child, match: m, logs: { out: outFile, err: errFile } });
      } else if (child.exitCode !== null || Date.now() - started > timeoutMs) {
        clearInterval(tick);
        child.kill('SIGKILL');
        reject(new Error(`${what} not ready (${child.exitCode === null ? `within ${timeoutMs} ms` : `exited ${child.exitCode}`})\n${read(errFile).slice(-2000)}`));
      }
    }, 10);
  });
}

const baseEnv = () => ({ PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' });

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

/**
 * Starts dist/bank/main.mjs at its default log level (info) with BANK_BENCH_ENV and `env` on top;
 * resolves with { apiUrl, mailboxUrl, dbPath, pid, logs, stop() }.
 */
export async function startBank(env = {}, nodeArgs = []) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'netbank-bench-'));
  const entry = process.env.BENCH_BANK_ENTRY ? path.resolve(process.env.BENCH_BANK_ENTRY) : fromRoot('dist/bank/main.mjs');
  const dbPath = path.join(dir, 'bank.sqlite');
  const { child, match, logs } = await spawnLogged([...nodeArgs, entry], {
    ...baseEnv(), BANK_PORT: '0', SINK_SMTP_PORT: '0', SINK_HTTP_PORT: '0', BANK_DB: dbPath, BANK_RESET: '1', ...BANK_BENCH_ENV, ...env,
  }, dir, /^BANK_READY (\S+) (\S+)$/m, 'demo bank');
  return { apiUrl: match[1], mailboxUrl: match[2], dbPath, pid: child.pid, logs, stop: stopper(child, () => rmSync(dir, { recursive: true, force: true })) };
}

/**
 * Starts dist/host/main.cjs in front of `bankUrl`, in desktop mode (the keychain is read; run under
 * scripts/with-keyring.sh for a real one) at its default log level, unless `env` says otherwise.
 * Resolves with { url, origin, token, pid, stop() }.
 */
export async function startHost(bankUrl, args = [], env = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'netbank-bench-host-'));
  const { child, match } = await spawnLogged([fromRoot('dist/host/main.cjs'), '--no-bank-start', '--bank', bankUrl, ...args], {
    ...baseEnv(), ...keyringEnv(), NETBANK_KEYCHAIN_ACCOUNT: 'bench', ...env,
  }, dir, /^NETBANK_URL=(\S+)$/m, 'browser host');
  const url = new URL(match[1]);
  return { url: match[1], origin: url.origin, token: url.searchParams.get('token') ?? url.hash.slice(1), pid: child.pid, stop: stopper(child, () => rmSync(dir, { recursive: true, force: true })) };
}

/** The variables that reach the private keyring session of scripts/with-keyring.sh. */
export function keyringEnv() {
  const keep = ['DBUS_SESSION_BUS_ADDRESS', 'XDG_RUNTIME_DIR', 'XDG_DATA_HOME', 'NETBANK_KEYRING_SESSION'];
  return Object.fromEntries(keep.filter((k) => process.env[k] !== undefined).map((k) => [k, process.env[k]]));
}

/** Starts the bare Fastify + better-sqlite3 baseline on the bank's database file. */
export async function startBare(dbPath, customerId) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'netbank-bench-bare-'));
  const { child, match } = await spawnLogged([fromRoot('bench/lib/bare-server.mjs'), dbPath, String(customerId)], baseEnv(), dir, /^BARE_READY (\S+)$/m, 'bare baseline server');
  return { url: match[1], pid: child.pid, stop: stopper(child, () => rmSync(dir, { recursive: true, force: true })) };
}

/**
 * Starts `entry` (dist/bench/accounts-layers-server.mjs, bundled by the caller) serving GET
 * /api/v1/accounts from the bank's database file with the bank's layers up to `layer`.
 */
export async function startLayers(entry, dbPath, customerId, layer) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'netbank-bench-layers-'));
  const { child, match } = await spawnLogged([entry, dbPath, String(customerId), layer], baseEnv(), dir, /^LAYERS_READY (\S+)$/m, `layers ${layer}`);
  return { url: match[1], pid: child.pid, stop: stopper(child, () => rmSync(dir, { recursive: true, force: true })) };
}
