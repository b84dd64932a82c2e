/**
 * Once per DOM run: bundles the core's worker entry (the core is TypeScript; a worker thread runs
 * plain JavaScript), builds the demo bank when its sources are newer than dist/bank, and starts
 * the bank the test files share (with the per-customer password limits raised out of reach; the
 * files run one after another, since they use the same seed customers).
 */
import { build } from 'esbuild';
import type { TestProject } from 'vitest/node';
import { ensureBankBuilt, RAISED_OTP_LIMITS } from '../../support/bank-process.js';
import { startDomBank } from './bank.js';
import { CORE_WORKER_BUNDLE, CORE_WORKER_ENTRY } from './paths.js';

declare module 'vitest' {
  export interface ProvidedContext {
    sharedBank: { apiUrl: string; mailboxUrl: string };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  ensureBankBuilt();
  await build({
    entryPoints: [CORE_WORKER_ENTRY],
    outfile: CORE_WORKER_BUNDLE,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    // Packages load from node_modules as in the app's own bundles (the output sits under node_modules).
    packages: 'external',
    logLevel: 'warning',
  });
  const bank = await startDomBank(RAISED_OTP_LIMITS);
  project.provide('sharedBank', { apiUrl: bank.apiUrl, mailboxUrl: bank.mailboxUrl });
  return async () => {
    await bank.stop();
  };
}
