// `npm run bank`: builds the demo bank when needed and runs it in the foreground (Ctrl-C stops it).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const entry = path.join(root, 'dist/bank/main.mjs');
if (!existsSync(path.join(root, 'mock-bank/main.ts'))) {
  console.log('The demo bank is not built yet (mock-bank/main.ts does not exist).');
  process.exit(1);
}
const built = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), 'bank'], { stdio: 'inherit' });
if (built.status !== 0 || !existsSync(entry)) process.exit(built.status ?? 1);

// A developer's bank: the tester controls are on unless BANK_TESTER_CONTROLS says otherwise.
const env = { ...process.env, BANK_TESTER_CONTROLS: process.env.BANK_TESTER_CONTROLS || '1' };
const child = spawn(process.execPath, [entry, ...process.argv.slice(2)], { stdio: 'inherit', cwd: root, env });
const stop = (signal) => child.kill(signal);
process.on('SIGINT', () => stop('SIGTERM'));
process.on('SIGTERM', () => stop('SIGTERM'));
child.on('exit', (code, signal) => process.exit(code ?? (signal === 'SIGTERM' ? 0 : 1)));
