// `npm test` names failed tests from the suites' JSON reports and, in strict mode, turns every skip
// but the Electron-binary ones into a failure.
import { describe, expect, it } from 'vitest';
import { playwrightOutcomes, strictCounts, vitestOutcomes } from '../../../scripts/test-outcomes.mjs';

const vitestReport = {
  testResults: [
    {
      name: '/work/main/tests/integration/bank/login-burst.test.ts', status: 'failed', message: '',
      assertionResults: [
        { fullName: 'login bursts a burst', title: 'a burst', status: 'failed', failureMessages: ['\u001b[31mAssertionError: expected 6 to be 10\u001b[39m\n    at x'] },
        { fullName: 'login bursts right password', title: 'right password', status: 'passed', failureMessages: [] },
      ],
    },
    { name: '/work/main/tests/integration/host/keychain.test.ts', status: 'passed', message: '', assertionResults: [{ fullName: 'OS keychain (needs a Secret Service) remembers', status: 'skipped', failureMessages: [] }] },
    { name: '/work/main/tests/integration/core/broken.test.ts', status: 'failed', message: 'Error: bank not ready within 20000 ms', assertionResults: [] },
  ],
};

const playwrightReport = {
  suites: [{
    title: 'app.spec.ts', file: 'app.spec.ts',
    specs: [
      { title: 'launches one window', file: 'app.spec.ts', tests: [{ projectName: 'electron', status: 'skipped', annotations: [{ type: 'skip', description: 'no Electron binary here: not downloaded' }], results: [] }] },
      { title: 'logs in', file: 'app.spec.ts', tests: [{ projectName: 'chromium', status: 'unexpected', annotations: [], results: [{ error: { message: 'Timeout 5000ms exceeded' } }] }] },
      { title: 'settings', file: 'app.spec.ts', tests: [{ projectName: 'chromium', status: 'skipped', annotations: [{ type: 'skip', description: 'E2E cannot run here: no Xvfb' }], results: [] }] },
    ],
  }],
  errors: [],
};

describe('test outcomes', () => {
  it('names each failed vitest test with its file and first message line, and a file that broke outside its tests', () => {
    const o = vitestOutcomes(vitestReport);
    expect(o.failed).toEqual([
      'tests/integration/bank/login-burst.test.ts > login bursts a burst: AssertionError: expected 6 to be 10',
      'tests/integration/core/broken.test.ts: Error: bank not ready within 20000 ms',
    ]);
    expect(o.skipped.map((s) => s.name)).toEqual(['tests/integration/host/keychain.test.ts > OS keychain (needs a Secret Service) remembers']);
    expect(o.total).toBe(3);
  });

  it('names Playwright failures and skips with their reasons', () => {
    const o = playwrightOutcomes(playwrightReport);
    expect(o.failed).toEqual(['app.spec.ts > logs in [chromium]: Timeout 5000ms exceeded']);
    expect(o.skipped.map((s) => s.reason)).toEqual(['no Electron binary here: not downloaded', 'E2E cannot run here: no Xvfb']);
  });

  it('strict mode: a skip is a failure unless the suite allows its reason, and a suite with no test fails', () => {
    const counts = { passed: 0, failed: 1, skipped: 2, outcomes: playwrightOutcomes(playwrightReport) };
    const electronOnly = strictCounts(counts, (reason) => /Electron binary/.test(reason));
    expect(electronOnly).toMatchObject({ failed: 2, skipped: 1, note: 'strict: 1 skipped' });
    expect(electronOnly.refused?.map((t) => t.reason)).toEqual(['E2E cannot run here: no Xvfb']);
    expect(strictCounts(counts)).toMatchObject({ failed: 3, skipped: 0 });
    expect(strictCounts({ passed: 0, failed: 0, skipped: 0, outcomes: { failed: [], skipped: [], total: 0 } })).toMatchObject({ failed: 1, note: 'strict: no test ran' });
    expect(strictCounts({ passed: 5, failed: 0, skipped: 0, outcomes: { failed: [], skipped: [], total: 5 } })).toMatchObject({ failed: 0, skipped: 0 });
  });
});
