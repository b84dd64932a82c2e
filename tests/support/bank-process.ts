/**
 * Runs the built demo bank (dist/bank/main.mjs) as a child process on random ports with a temp
 * database, the way `npm run bank` runs it. Builds it first when the sources are newer.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { endChild, ensureBuilt, root, spawnUntilReady } from './child-process.js';

export const BANK_ENTRY = path.join(root, 'dist/bank/main.mjs');

/** Builds the bank when dist/ is missing or older than mock-bank/ or src-shared/. */
export function ensureBankBuilt(): void {
  ensureBuilt('bank', [BANK_ENTRY, path.join(root, 'dist/bank/parse-worker.mjs')], ['mock-bank', 'src-shared']);
}

/**
 * The per-customer one-time-password limits raised so high that only a test about them reaches
 * them (for suites that make many operations or wrong guesses for one customer).
 */
export const RAISED_OTP_LIMITS = { BANK_OTP_ISSUE_PER_HOUR: '100000', BANK_OTP_FAILURES_BEFORE_LOCK: '100000' } as const;

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

async function launch(env: Record<string, string>, output: string[], timeoutMs: number): Promise<Run> {
  const { child, ready, exited } = await spawnUntilReady({
    label: 'bank',
    entry: BANK_ENTRY,
    // BANK_EXIT_WITH_PARENT + an open stdin: a crashed test run never leaves a bank behind.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', BANK_EXIT_WITH_PARENT: '1', ...env },
    stdin: 'pipe',
    readyLine: /^BANK_READY (\S+) (\S+)$/m,
    timeoutMs,
    output,
  });
  return { child, apiUrl: ready[1]!, mailboxUrl: ready[2]!, exited };
}

export async function startBankProcess(options: BankProcessOptions = {}): Promise<BankProcess> {
  ensureBankBuilt();
  const dir = options.dbPath ? null : mkdtempSync(path.join(tmpdir(), 'netbank-bank-'));
  const dbPath = options.dbPath ?? path.join(dir!, 'bank.sqlite');
  const env = { BANK_PORT: '0', SINK_SMTP_PORT: '0', SINK_HTTP_PORT: '0', BANK_DB: dbPath, ...options.env };
  const output: string[] = [];
  // Generous: a loaded machine (other suites, a CI neighbour) can take long to start Node; a healthy bank says ready in about a second.
  const timeout = options.readyTimeoutMs ?? 45_000;
  let run = await launch(env, output, timeout);
  const handle: BankProcess = {
    get apiUrl() { return run.apiUrl; },
    get mailboxUrl() { return run.mailboxUrl; },
    get pid() { return run.child.pid ?? -1; },
    dbPath,
    logs: () => output.join(''),
    async stop() {
      const code = await endChild(run, 'SIGTERM');
      if (dir) rmSync(dir, { recursive: true, force: true });
      return code;
    },
    async kill() {
      await endChild(run, 'SIGKILL');
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
    async restart() {
      await endChild(run, 'SIGTERM');
      run = await launch({ ...env, BANK_RESET: '0' }, output, timeout);
    },
  };
  return handle;
}
