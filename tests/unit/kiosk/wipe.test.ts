import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../src-main/core/logger.js';
import { createKioskWiper, WIPE_STEPS, type KioskStorage, type WipeStepName } from '../../../src-main/core/kiosk/index.js';

/** A storage that records each call; `fail` names steps that reject, `hang` steps that never settle. */
function recordingStorage(opts: { fail?: WipeStepName[]; throwSync?: WipeStepName[]; hang?: WipeStepName[]; gate?: Promise<void> } = {}) {
  const calls: WipeStepName[] = [];
  const storage = Object.fromEntries(WIPE_STEPS.map((step) => [step, () => {
    calls.push(step);
    if (opts.throwSync?.includes(step)) throw Object.assign(new Error('customer mail-user@docomo.ne.jp secret'), { code: 'E_SYNC' });
    if (opts.hang?.includes(step)) return new Promise<void>(() => undefined);
    if (opts.fail?.includes(step)) return Promise.reject(new TypeError('page said: password demo-login-1'));
    if (step === 'closePage' && opts.gate) return opts.gate;
    return Promise.resolve();
  }])) as unknown as KioskStorage;
  return { storage, calls };
}

function captureLog() {
  const lines: string[] = [];
  const sink = new Writable({ write(chunk: Buffer, _e, cb) { lines.push(chunk.toString('utf8')); cb(); } });
  return { log: createLogger('info', sink), lines };
}

describe('kiosk wipe', () => {
  it('runs every step once, in the declared order: close the page, clear, then a fresh login page', async () => {
    const { storage, calls } = recordingStorage();
    const report = await createKioskWiper(storage, captureLog().log).wipe('logout');
    expect(calls).toEqual([...WIPE_STEPS]);
    expect(calls[0]).toBe('closePage');
    expect(calls.at(-1)).toBe('openLoginPage');
    expect(report).toEqual({ reason: 'logout', ok: true, steps: WIPE_STEPS.map((step) => ({ step, ok: true })) });
  });

  it('covers every kind of storage the issue names', () => {
    for (const step of ['clearStorageData', 'clearBrowsingData', 'clearHttpCache', 'clearAuthCache', 'clearHostResolverCache', 'clearCodeCaches', 'clearClipboard'] as const) {
      expect(WIPE_STEPS).toContain(step);
    }
  });

  it('a failing, a throwing and a hanging step are reported and every other step still runs', async () => {
    const { storage, calls } = recordingStorage({ fail: ['clearStorageData'], throwSync: ['clearAuthCache'], hang: ['clearClipboard'] });
    const { log, lines } = captureLog();
    const report = await createKioskWiper(storage, log, 200).wipe('idle');
    expect(calls).toEqual([...WIPE_STEPS]);
    expect(report.ok).toBe(false);
    expect(report.steps.filter((s) => !s.ok)).toEqual([
      { step: 'clearStorageData', ok: false, failure: 'TypeError' },
      { step: 'clearAuthCache', ok: false, failure: 'E_SYNC' },
      { step: 'clearClipboard', ok: false, failure: 'timeout' },
    ]);
    expect(report.steps.find((s) => s.step === 'openLoginPage')).toEqual({ step: 'openLoginPage', ok: true });
    const text = lines.join('');
    expect(text).toContain('kiosk wipe step failed');
    expect(text).toContain('"step":"clearStorageData"');
    expect(text).toContain('"failed":["clearStorageData","clearAuthCache","clearClipboard"]');
    // The errors' messages (which might quote page data) are never logged or reported.
    expect(text).not.toMatch(/demo-login-1|docomo|secret|password/);
    expect(JSON.stringify(report)).not.toMatch(/demo-login-1|docomo|secret/);
  });

  it('a second end while wiping runs one more full wipe afterwards, shared by every caller meanwhile', async () => {
    let open!: () => void;
    const gate = new Promise<void>((r) => { open = r; });
    const { storage, calls } = recordingStorage({ gate });
    const wiper = createKioskWiper(storage, captureLog().log);
    const first = wiper.wipe('idle');
    expect(wiper.busy).toBe(true);
    const second = wiper.wipe('logout');
    const third = wiper.wipe('logout');
    expect(third).toBe(second);
    open();
    const [a, b] = await Promise.all([first, second]);
    expect(a.reason).toBe('idle');
    expect(b.reason).toBe('logout');
    expect(calls).toEqual([...WIPE_STEPS, ...WIPE_STEPS]);
    expect(wiper.busy).toBe(false);
    // And a later end starts afresh.
    await wiper.wipe('logout');
    expect(calls).toHaveLength(WIPE_STEPS.length * 3);
  });
});
