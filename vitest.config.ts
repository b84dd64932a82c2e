import { defineConfig } from 'vitest/config';

// Two projects: unit (pure, fast, no servers) and integration (real servers on loopback,
// real SQLite files, a real keychain where D-Bus is up). `npm run test:unit` / `test:integration`.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          pool: 'threads',
        },
      },
      {
        // Components in a DOM (happy-dom + Testing Library), clicked and typed at, on a fake clock,
        // with the real core in-process as window.netbank against a real demo bank on loopback.
        test: {
          name: 'dom',
          include: ['tests/dom/**/*.test.tsx'],
          environment: 'happy-dom',
          globalSetup: ['tests/dom/support/global-setup.ts'],
          pool: 'threads',
          // The files share one demo bank and its seed customers (global-setup.ts).
          fileParallelism: false,
          testTimeout: 20_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          pool: 'forks',
          // A hang guard, not a speed target: some tests start and restart bank processes, which a
          // loaded machine (load 24 on 2 cores was seen) can make take most of a minute.
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
