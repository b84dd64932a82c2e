// Electron specs (Playwright's _electron) where an Electron binary exists: on a developer's own
// computer, or with ELECTRON_OVERRIDE_DIST_PATH. Elsewhere they skip by name with the reason, and
// the npm-start fallback spec runs instead (the browser host in Debian's Chromium).
import { defineConfig } from '@playwright/test';
import { PLAYWRIGHT_USE } from '../../scripts/chromium.mjs';
import { electronSkipReason } from './electron-binary.js';

// Said once, in the runner's own process: which half of this suite runs here, and why.
if (!process.env.TEST_WORKER_INDEX) {
  console.log(electronSkipReason ? `Electron specs skip: ${electronSkipReason}. The npm-start fallback spec runs instead.` : 'Electron specs run; the npm-start fallback spec skips (Electron starts instead).');
}

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  outputDir: '../../test-results/electron-artifacts',
  reporter: [['list']],
  use: PLAYWRIGHT_USE,
});
