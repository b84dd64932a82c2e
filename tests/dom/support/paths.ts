/** Where the DOM tier's core worker comes from and where its bundle goes. */
import path from 'node:path';
import { root } from '../../support/child-process.js';

export const CORE_WORKER_ENTRY = path.join(root, 'tests/dom/support/core-worker.ts');
export const CORE_WORKER_BUNDLE = path.join(root, 'node_modules/.cache/dom-tier/core-worker.mjs');
