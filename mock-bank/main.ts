/**
 * `npm run bank`: reads the environment, starts the demo bank, prints
 * `BANK_READY <api url> <mailbox url>` once everything listens, and stops cleanly on SIGTERM/SIGINT.
 * With BANK_EXIT_WITH_PARENT=1 it also stops when its standard input closes: a parent (the app or
 * the browser host) that keeps a pipe to it cannot die, even by SIGKILL, and leave the bank behind.
 */
import { parseBankEnv } from './config.js';
import { startBank } from './server.js';

const parsed = parseBankEnv(process.env);
if (!parsed.ok) {
  process.stderr.write(`bank: invalid settings: ${parsed.problems.join('; ')}\n`);
  process.exit(2);
}

try {
  const bank = await startBank(parsed.config);
  process.stdout.write(`BANK_READY ${bank.apiUrl} ${bank.mailboxUrl}\n`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    const force = setTimeout(() => process.exit(1), 5000);
    force.unref();
    bank.close().then(
      () => {
        process.stderr.write(`bank: stopped (${signal})\n`);
        process.exit(0);
      },
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  if (process.env.BANK_EXIT_WITH_PARENT === '1') {
    process.stdin.on('data', () => undefined);
    process.stdin.once('close', () => stop('parent gone'));
  }
} catch (error) {
  const e = error as { code?: string; message?: string };
  process.stderr.write(`bank: could not start: ${e.code ?? ''} ${e.message ?? String(error)}\n`.replace(/\s+\n$/, '\n'));
  process.exit(1);
}
