// Request lines are gathered and written out in batches. A process that exits without closing its
// banks (an uncaught error) still writes every bank's gathered lines, through one exit listener
// however many banks it runs (Node warns past ten); a closed bank's lines are written at its close.
// Run in a child process, as it has to exit.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Inside the checkout, so the child finds the bank's packages in node_modules.
const cache = path.resolve('node_modules/.cache');
mkdirSync(cache, { recursive: true });
const scratch = mkdtempSync(path.join(cache, 'netbank-request-log-'));
const child = path.join(scratch, 'child.mjs');

const CHILD_SOURCE = `
import { createLogger, createRequestLogger } from ${JSON.stringify(path.resolve('mock-bank/logging.ts'))};
const line = (id) => ({ req: { id, method: 'GET', path: '/api/v1/accounts', route: '/api/v1/accounts' }, res: { status: 200, code: null, replayed: false }, customer: 1, ms: 0.5 });
const banks = [createRequestLogger(createLogger('info'), true)];
const withOne = process.listenerCount('exit');
for (let i = 1; i < 15; i++) banks.push(createRequestLogger(createLogger('info'), true));
banks.forEach((b, i) => b.line(line('bank-' + i)));
banks[0].close();
process.stderr.write(String(process.listenerCount('exit') - withOne));
process.exit(0);
`;

describe('request lines at exit', () => {
  beforeAll(() => {
    buildSync({ stdin: { contents: CHILD_SOURCE, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: child, logLevel: 'silent' });
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('are written for every bank, through one exit listener, with no warning', () => {
    const r = spawnSync(process.execPath, [child], { cwd: process.cwd(), encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const ids = r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { req: { id: string } }).req.id);
    expect(ids.sort()).toEqual(Array.from({ length: 15 }, (_, i) => `bank-${i}`).sort());
    // 14 more banks, no more exit listeners (before, each added one).
    expect(r.stderr).toBe('0');
  });
});
