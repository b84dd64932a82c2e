// `npm run host`: builds the browser host (and the demo bank and renderer when missing), then runs
// it with the given arguments. See src-main/browser-host/main.ts for the flags.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const missing = [];
if (!existsSync(path.join(root, 'dist/host/main.cjs')) || !existsSync(path.join(root, 'dist/host/host.cjs')) || !existsSync(path.join(root, 'dist/host/bridge-client.js'))) missing.push('host');
const startsBank = !args.includes('--no-bank-start') && !args.some((a) => a === '--bank' || a.startsWith('--bank=')) && !process.env.BANK_URL;
if (startsBank && !existsSync(path.join(root, 'dist/bank/main.mjs'))) missing.push('bank');
if (!existsSync(path.join(root, 'dist/renderer/index.html'))) missing.push('renderer');
if (missing.length) {
  console.error(`host: building ${missing.join(', ')}`);
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), ...missing], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const child = spawn(process.execPath, [path.join(root, 'dist/host/main.cjs'), ...args], { cwd: root, stdio: 'inherit' });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
