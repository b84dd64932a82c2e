/**
 * Tester builds only: the demo bank that ships in the package (dist/bank/main.mjs), run as a
 * separate child process. Main hands in how to fork it (Electron's utilityProcess.fork; Node's
 * child_process.fork in tests), waits for its `BANK_READY <api> <mailbox>` line, and can restart
 * it with BANK_RESET=1 on the same ports ("reset demo data").
 */
import { createInterface } from 'node:readline';

/** What main needs of a child process (both utilityProcess and ChildProcess have it). */
export interface BankChild {
  readonly stdout: NodeJS.ReadableStream | null;
  kill(): boolean;
  once(event: 'exit', listener: (code: number | null) => void): unknown;
}

export type ForkBank = (env: Record<string, string>) => BankChild;

export interface DemoBankOptions {
  /** The bank's SQLite file (in the app's data folder, so tester data survives a restart). */
  dbPath: string;
  readyTimeoutMs?: number;
  /** Called with each line the bank prints that is not the ready line (for the app's log). */
  onOutput?: (line: string) => void;
}

export interface DemoBank {
  readonly apiUrl: string;
  readonly mailboxUrl: string;
  /** Stops the bank and starts it again from its seed, on the same ports: all demo data reset. */
  reset(): Promise<void>;
  stop(): Promise<void>;
}

export class DemoBankError extends Error {}

interface Run { child: BankChild; apiUrl: string; mailboxUrl: string; exited: Promise<number | null> }

/**
 * One line of the bank's output, for main's log: the bank writes pino JSON lines (already without
 * secrets) at warn and above, so tester controls and faults are among them; other text is kept short.
 */
export function bankLogEntry(line: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(line);
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // not JSON: kept as text below
  }
  return { text: line.slice(0, 500) };
}

const READY = /^BANK_READY (http:\/\/127\.0\.0\.1:\d+) (http:\/\/127\.0\.0\.1:\d+)$/;

function launch(fork: ForkBank, env: Record<string, string>, o: DemoBankOptions): Promise<Run> {
  const child = fork(env);
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return new Promise<Run>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new DemoBankError('the demo bank did not start in time'));
    }, o.readyTimeoutMs ?? 30_000);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new DemoBankError(`the demo bank stopped while starting (exit code ${String(code)})`));
    });
    if (!child.stdout) {
      clearTimeout(timer);
      child.kill();
      reject(new DemoBankError('the demo bank has no output to read'));
      return;
    }
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const m = READY.exec(line.trim());
      if (!m) {
        o.onOutput?.(line);
        return;
      }
      clearTimeout(timer);
      resolve({ child, apiUrl: m[1]!, mailboxUrl: m[2]!, exited });
    });
  });
}

async function stopRun(run: Run): Promise<void> {
  run.child.kill();
  await run.exited;
}

export async function startDemoBank(fork: ForkBank, o: DemoBankOptions): Promise<DemoBank> {
  // The tester controls are on: this bank exists only in tester builds (never in a customer package).
  const base = { BANK_DB: o.dbPath, BANK_HOST: '127.0.0.1', SINK_SMTP_PORT: '0', BANK_LOG_LEVEL: 'warn', BANK_TESTER_CONTROLS: '1' };
  let run = await launch(fork, { ...base, BANK_PORT: '0', SINK_HTTP_PORT: '0' }, o);
  // The app's core keeps the first URLs: a restart must come back on the same ports.
  const samePorts = { BANK_PORT: new URL(run.apiUrl).port, SINK_HTTP_PORT: new URL(run.mailboxUrl).port };
  let stopped = false;
  let busy: Promise<void> | null = null;
  return {
    apiUrl: run.apiUrl,
    mailboxUrl: run.mailboxUrl,
    reset() {
      if (stopped) return Promise.reject(new DemoBankError('the demo bank is stopped'));
      busy ??= (async () => {
        await stopRun(run);
        run = await launch(fork, { ...base, ...samePorts, BANK_RESET: '1' }, o);
      })().finally(() => {
        busy = null;
      });
      return busy;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await busy?.catch(() => undefined);
      await stopRun(run);
    },
  };
}
