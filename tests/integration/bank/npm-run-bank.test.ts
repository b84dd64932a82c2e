// `npm run bank` (scripts/bank.mjs) is a testers' bank: its tester controls are on unless
// BANK_TESTER_CONTROLS=0 turns them off (then every tester path answers 404).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TESTER_PATHS } from '../../../src-shared/bank-api/tester.js';
import { endChild, root, spawnUntilReady, type ReadyChild } from '../../support/child-process.js';

const runs: ReadyChild[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const r of runs.splice(0)) await endChild(r, 'SIGTERM');
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Runs `npm run bank`'s script on random ports and a temp database; answers the state path's status. */
async function testerStateStatus(env: Record<string, string>): Promise<number> {
  const dir = mkdtempSync(path.join(tmpdir(), 'netbank-npm-bank-'));
  dirs.push(dir);
  const run = await spawnUntilReady({
    label: 'npm run bank',
    entry: path.join(root, 'scripts/bank.mjs'),
    env: {
      PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', BANK_EXIT_WITH_PARENT: '1',
      BANK_PORT: '0', SINK_SMTP_PORT: '0', SINK_HTTP_PORT: '0', BANK_DB: path.join(dir, 'bank.sqlite'), ...env,
    },
    stdin: 'pipe',
    readyLine: /^BANK_READY (\S+) (\S+)$/m,
    timeoutMs: 120_000,
    output: [],
  });
  runs.push(run);
  return (await fetch(`${run.ready[1]!}${TESTER_PATHS.state}`)).status;
}

describe('npm run bank', () => {
  it('starts with the tester controls on, and BANK_TESTER_CONTROLS=0 turns them off', async () => {
    expect(await testerStateStatus({})).toBe(200);
    expect(await testerStateStatus({ BANK_TESTER_CONTROLS: '0' })).toBe(404);
  }, 240_000);
});
