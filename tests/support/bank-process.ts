/**
 * Runs the built demo bank (dist/bank/main.mjs) as a child process on random ports with a temp
 * database, the way `npm run bank` runs it. Builds it first when the sources are newer.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BANK_ENTRY = path.join(root, 'dist/bank/main.mjs');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else if (e.name.endsWith('.ts')) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds the bank when dist/ is missing or older than mock-bank/ or src-shared/. */
export function ensureBankBuilt(): void {
  const built = existsSync(BANK_ENTRY) ? statSync(BANK_ENTRY).mtimeMs : 0;
  const sources = Math.max(newestMtime(path.join(root, 'mock-bank')), newestMtime(path.join(root, 'src-shared')));
  if (built >= sources) return;
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), 'bank'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`building the bank failed: ${r.stderr}`);
}

export interface BankProcess {
  apiUrl: string;
  mailboxUrl: string;
  dbPath: string;
  pid: number;
  /** Everything the process wrote to stdout and stderr so far (all runs since start). */
  logs(): string;
  /** SIGTERM; resolves with the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL; resolves when it is gone. */
  kill(): Promise<void>;
  /** Stops and starts again on the same database (new ports). */
  restart(): Promise<void>;
}

export interface BankProcessOptions {
  env?: Record<string, string>;
  dbPath?: string;
  readyTimeoutMs?: number;
}

interface Run { child: ChildProcess; apiUrl: string; mailboxUrl: string; exited: Promise<number | null> }

function launch(env: Record<string, string>, output: string[], timeoutMs: number): Promise<Run> {
  const child = spawn(process.execPath, [BANK_ENTRY], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise<Run>((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`bank not ready within ${timeoutMs} ms:\n${output.join('')}`));
    }, timeoutMs);
    child.stderr!.on('data', (d: Buffer) => output.push(d.toString('utf8')));
    child.stdout!.on('data', (d: Buffer) => {
      const text = d.toString('utf8');
      output.push(text);
      buffered += text;
      const m = /^BANK_READY (\S+) (\S+)$/m.exec(buffered);
      if (m) {
        clearTimeout(timer);
        buffered = '';
        resolve({ child, apiUrl: m[1]!, mailboxUrl: m[2]!, exited });
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`bank exited (${code}) before it was ready:\n${output.join('')}`));
    });
  });
}

export async function startBankProcess(options: BankProcessOptions = {}): Promise<BankProcess> {
  ensureBankBuilt();
  const dir = options.dbPath ? null : mkdtempSync(path.join(tmpdir(), 'netbank-bank-'));
  const dbPath = options.dbPath ?? path.join(dir!, 'bank.sqlite');
  const env = { BANK_PORT: '0', SINK_SMTP_PORT: '0', SINK_HTTP_PORT: '0', BANK_DB: dbPath, ...options.env };
  const output: string[] = [];
  const timeout = options.readyTimeoutMs ?? 20_000;
  let run = await launch(env, output, timeout);
  const handle: BankProcess = {
    get apiUrl() { return run.apiUrl; },
    get mailboxUrl() { return run.mailboxUrl; },
    get pid() { return run.child.pid ?? -1; },
    dbPath,
    logs: () => output.join(''),
    async stop() {
      if (run.child.exitCode === null && run.child.signalCode === null) run.child.kill('SIGTERM');
      const code = await run.exited;
      if (dir) rmSync(dir, { recursive: true, force: true });
      return code;
    },
    async kill() {
      if (run.child.exitCode === null && run.child.signalCode === null) run.child.kill('SIGKILL');
      await run.exited;
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
    async restart() {
      if (run.child.exitCode === null && run.child.signalCode === null) run.child.kill('SIGTERM');
      await run.exited;
      run = await launch({ ...env, BANK_RESET: '0' }, output, timeout);
    },
  };
  return handle;
}
