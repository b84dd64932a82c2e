// End-to-end: the real renderer in Debian's Chromium, through the browser host, against the demo
// bank on loopback. Headless; each spec file runs its own bank and host, so two workers are safe.
import { defineConfig } from '@playwright/test';
import { PLAYWRIGHT_USE } from '../../scripts/chromium.mjs';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  globalSetup: './global-setup.ts',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  outputDir: '../../test-results/e2e-artifacts',
  reporter: [['list']],
  use: PLAYWRIGHT_USE,
});
