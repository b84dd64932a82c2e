import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src-main/core/config.js';
import { createCore } from '../../../src-main/core/create-core.js';
import type { TesterInfo } from '../../../src-main/core/ipc/services.js';
import { silentLogger } from '../../../src-main/core/logger.js';
import { MemoryPreferenceStore } from '../../../src-main/core/preferences/store.js';
import type { TesterState } from '../../../src-shared/bank-api/tester.js';
import { ManualClock } from './manual-clock.js';

/** A tester source the test pushes readings through, as the demo bank's watcher would. */
function pushableTester() {
  let listener: ((s: TesterState) => void) | null = null;
  const info: TesterInfo = {
    demoCustomers: () => null,
    testerState: () => null,
    onTesterState: (l) => { listener = l; return () => { listener = null; }; },
  };
  return { info, push: (s: unknown) => listener?.(s as TesterState) };
}

const good: TesterState = {
  active: true, clockOffsetMinutes: 30, bankTime: '2026-12-06T10:00:00+09:00',
  mail: { delaySeconds: 0, held: false, heldCount: 0 }, faults: [],
};

describe('core events', () => {
  it('checks each payload against the contract before any listener sees it', async () => {
    const tester = pushableTester();
    const core = await createCore(defaultConfig({ bankUrl: 'http://127.0.0.1:9' }), {
      clock: new ManualClock(), store: new MemoryPreferenceStore(), log: silentLogger(), tester: tester.info,
    });
    const seen: unknown[] = [];
    core.onEvent((event, payload) => { if (event === 'tester.state') seen.push(payload); });
    tester.push({ ...good, clockOffsetMinutes: 'thirty' });
    tester.push({ ...good, bankTime: 'not a time' });
    expect(seen).toEqual([]);
    tester.push(good);
    expect(seen).toEqual([good]);
    await core.close();
  });
});
