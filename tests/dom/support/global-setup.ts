/**
 * Once per DOM run: bundles the core's worker entry (the core is TypeScript; a worker thread runs
 * plain JavaScript) and builds the demo bank when its sources are newer than dist/bank.
 */
import { build } from 'esbuild';
import { ensureBankBuilt } from '../../support/bank-process.js';
import { CORE_WORKER_BUNDLE, CORE_WORKER_ENTRY } from './paths.js';

export default async function setup(): Promise<void> {
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
}
