/**
 * Runs the built browser host (dist/host/main.mjs) as a child process in front of a given bank,
 * never starting a bank of its own. Builds it first when the sources are newer. Used by the host's
 * integration tests, the E2E suite and the reliability suites.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const HOST_ENTRY = path.join(root, 'dist/host/main.mjs');
const BRIDGE_SCRIPT = path.join(root, 'dist/host/bridge-client.js');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else if (e.name.endsWith('.ts')) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds the host when dist/ is missing or older than its sources (core, host, shared). */
export function ensureHostBuilt(): void {
  const built = existsSync(HOST_ENTRY) && existsSync(BRIDGE_SCRIPT) ? Math.min(statSync(HOST_ENTRY).mtimeMs, statSync(BRIDGE_SCRIPT).mtimeMs) : 0;
  const sources = Math.max(...['src-main/core', 'src-main/browser-host', 'src-shared'].map((d) => newestMtime(path.join(root, d))));
  if (built >= sources) return;
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), 'host'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`building the browser host failed: ${r.stderr}`);
}

export interface HostProcess {
  /** The URL with the token, as the host printed it. */
  url: string;
  origin: string;
  token: string;
  pid: number;
  logs(): string;
  /** SIGTERM; resolves with the exit code. */
  stop(): Promise<number | null>;
  kill(): Promise<void>;
}

export interface HostProcessOptions {
  bankUrl: string;
  /** Extra environment (NETBANK_IDLE_TIMEOUT_S, NETBANK_KIOSK, ...). */
  env?: Record<string, string>;
  /** Extra command-line arguments (--renderer-dir, --port, ...). */
  args?: string[];
  readyTimeoutMs?: number;
}

/** What the child inherits: enough to run and to reach a keychain session, nothing else. */
const PASS_THROUGH = ['PATH', 'HOME', 'DBUS_SESSION_BUS_ADDRESS', 'XDG_RUNTIME_DIR', 'XDG_DATA_HOME', 'NETBANK_KEYRING_SESSION', 'TMPDIR'];

export async function startHostProcess(options: HostProcessOptions): Promise<HostProcess> {
  ensureHostBuilt();
  const env: Record<string, string> = {};
  for (const k of PASS_THROUGH) if (process.env[k] !== undefined) env[k] = process.env[k]!;
  Object.assign(env, { NETBANK_LOG_LEVEL: 'info' }, options.env);
  const output: string[] = [];
  const child: ChildProcess = spawn(process.execPath, [HOST_ENTRY, '--no-bank-start', '--bank', options.bankUrl, ...(options.args ?? [])], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.stderr!.on('data', (d: Buffer) => output.push(d.toString('utf8')));
  const url = await new Promise<string>((resolve, reject) => {
    let buffered = '';
    const timeoutMs = options.readyTimeoutMs ?? 15_000;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`browser host not ready within ${timeoutMs} ms:\n${output.join('')}`));
    }, timeoutMs);
    child.stdout!.on('data', (d: Buffer) => {
      const text = d.toString('utf8');
      output.push(text);
      buffered += text;
      const m = /^NETBANK_URL=(\S+)$/m.exec(buffered);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`browser host exited (${code}) before it was ready:\n${output.join('')}`));
    });
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    pid: child.pid ?? -1,
    logs: () => output.join(''),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
