/**
 * Starts the demo bank as a separate process (`node dist/bank/main.mjs`), the way the app always
 * runs it: the host never imports the bank's code. Resolves when the bank prints BANK_READY.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface BankChild {
  apiUrl: string;
  mailboxUrl: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

export function startBankChild(entry: string, env: NodeJS.ProcessEnv, timeoutMs = 20_000): Promise<BankChild> {
  if (!existsSync(entry)) return Promise.reject(new Error(`the demo bank is not built (${entry}): run node scripts/build.mjs bank`));
  // stdin stays an open pipe: when this process ends, however it ends, the bank sees it close and stops.
  // The tester controls are on (a development tool's own bank) unless the environment says otherwise.
  const bankEnv = { ...env, BANK_TESTER_CONTROLS: env.BANK_TESTER_CONTROLS || '1', BANK_EXIT_WITH_PARENT: '1' };
  const child = spawn(process.execPath, [entry], { env: bankEnv, stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // The bank's own output goes to our stderr: stdout carries only the NETBANK_URL line.
  child.stderr!.on('data', (d: Buffer) => process.stderr.write(d));
  return new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the demo bank did not get ready within ${timeoutMs} ms`));
    }, timeoutMs);
    child.stdout!.on('data', (d: Buffer) => {
      process.stderr.write(d);
      buffered += d.toString('utf8');
      const m = /^BANK_READY (\S+) (\S+)$/m.exec(buffered);
      if (m) {
        clearTimeout(timer);
        buffered = '';
        resolve({
          apiUrl: m[1]!,
          mailboxUrl: m[2]!,
          child,
          async stop() {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
            await exited;
          },
        });
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`the demo bank exited (${child.exitCode ?? child.signalCode}) before it was ready`));
    });
  });
}
