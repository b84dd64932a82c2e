import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src-main/core/config.js';
import { createCore } from '../../../src-main/core/create-core.js';
import { MemoryPreferenceStore } from '../../../src-main/core/preferences/store.js';
import { silentLogger } from '../../../src-main/core/logger.js';
import { ManualClock } from '../core/manual-clock.js';
import {
  APP_USER_MODEL_ID, createQuitHandler, focusExistingWindow, goneMessage, handleRenderProcessGone, handleUnresponsive, unresponsiveMessage, type PlainMessage,
} from '../../../src-main/electron/lifecycle.js';

/** A stand-in for a BrowserWindow that records what was done to it. */
function fakeWindow(state: { destroyed?: boolean; minimized?: boolean } = {}) {
  const calls: string[] = [];
  return {
    calls,
    isDestroyed: () => state.destroyed ?? false,
    isMinimized: () => state.minimized ?? false,
    restore: () => calls.push('restore'),
    show: () => calls.push('show'),
    focus: () => calls.push('focus'),
  };
}

describe('single instance', () => {
  it('a second launch restores and focuses the window', () => {
    const w = fakeWindow({ minimized: true });
    expect(focusExistingWindow(w)).toBe(true);
    expect(w.calls).toEqual(['restore', 'show', 'focus']);
    const v = fakeWindow();
    focusExistingWindow(v);
    expect(v.calls).toEqual(['show', 'focus']);
  });

  it('with no window (or a destroyed one) nothing happens', () => {
    expect(focusExistingWindow(null)).toBe(false);
    const d = fakeWindow({ destroyed: true });
    expect(focusExistingWindow(d)).toBe(false);
    expect(d.calls).toEqual([]);
  });

  it('the Windows app id is the installer appId', async () => {
    const { readFile } = await import('node:fs/promises');
    const yml = await readFile(new URL('../../../electron-builder.yml', import.meta.url), 'utf8');
    expect(yml).toMatch(new RegExp(`^appId: ${APP_USER_MODEL_ID.replace(/\./g, '\\.')}$`, 'm'));
  });
});

describe('crash and hang', () => {
  it('a normal exit says nothing; every other reason gives a plain two-language message', () => {
    expect(goneMessage({ reason: 'clean-exit' })).toBeNull();
    for (const reason of ['crashed', 'killed', 'oom', 'abnormal-exit', 'launch-failed', 'integrity-failure', 'memory-eviction'] as const) {
      const m = goneMessage({ reason })!;
      expect(m.message).toContain('予期せず終了');
      expect(m.message).toContain('stopped unexpectedly');
      expect(m.detail).not.toMatch(/Error|at \w+ \(|stack/);
      expect(m.buttons).toEqual(['再読み込み (Reload)', '終了 (Quit)']);
    }
  });

  it('after a crash the session ends before the customer is asked; reload or quit as chosen', async () => {
    for (const [choice, outcome] of [[0, 'reloaded'], [1, 'quit']] as const) {
      const steps: string[] = [];
      const result = await handleRenderProcessGone({ reason: 'crashed' }, {
        endSession: async () => { steps.push('end'); },
        ask: async (m: PlainMessage) => { steps.push(`ask:${m.type}`); return choice; },
        reload: () => steps.push('reload'),
        quit: () => steps.push('quit'),
      });
      expect(result).toBe(outcome);
      expect(steps).toEqual(['end', 'ask:error', outcome === 'reloaded' ? 'reload' : 'quit']);
    }
  });

  it('a failed logout does not stop the message', async () => {
    const steps: string[] = [];
    await handleRenderProcessGone({ reason: 'oom' }, {
      endSession: () => Promise.reject(new Error('bank down')),
      ask: async () => { steps.push('ask'); return 1; },
      reload: () => steps.push('reload'),
      quit: () => steps.push('quit'),
    });
    expect(steps).toEqual(['ask', 'quit']);
  });

  it('a clean exit is ignored', async () => {
    const steps: string[] = [];
    const r = await handleRenderProcessGone({ reason: 'clean-exit' }, {
      endSession: async () => { steps.push('end'); }, ask: async () => 0, reload: () => steps.push('reload'), quit: () => steps.push('quit'),
    });
    expect(r).toBe('ignored');
    expect(steps).toEqual([]);
  });

  it('unresponsive: wait by default, reload when asked', async () => {
    expect(unresponsiveMessage().message).toContain('応答していません');
    const reloads: number[] = [];
    expect(await handleUnresponsive({ ask: async () => 0, reload: () => reloads.push(1) })).toBe('waited');
    expect(await handleUnresponsive({ ask: async () => 1, reload: () => reloads.push(1) })).toBe('reloaded');
    expect(reloads).toHaveLength(1);
  });
});

describe('clean quit', () => {
  const ev = () => ({ prevented: 0, preventDefault() { this.prevented++; } });

  it('holds the first quit, closes the real core, then quits once', async () => {
    const core = await createCore(defaultConfig({ bankUrl: 'http://127.0.0.1:9' }), { store: new MemoryPreferenceStore(), log: silentLogger() });
    let quits = 0;
    let quitted!: () => void;
    const quit = new Promise<void>((resolve) => { quitted = resolve; });
    const onBeforeQuit = createQuitHandler(() => core.close(), () => { quits++; quitted(); });
    const first = ev();
    onBeforeQuit(first);
    const second = ev();
    onBeforeQuit(second); // a second Ctrl-Q while closing
    expect(first.prevented).toBe(1);
    expect(second.prevented).toBe(1);
    await quit; // the core's close has ended
    expect(quits).toBe(1);
    // The core is closed: it refuses further calls.
    expect(await core.dispatch('app.info', {})).toMatchObject({ ok: false, error: { code: 'UNEXPECTED' } });
    const third = ev();
    onBeforeQuit(third); // the real quit passes
    expect(third.prevented).toBe(0);
  });

  it('a close that never ends is cut off after the time limit', async () => {
    const clock = new ManualClock();
    let quits = 0;
    const onBeforeQuit = createQuitHandler(() => new Promise<void>(() => {}), () => { quits++; }, 30_000, clock);
    onBeforeQuit(ev());
    const settled = () => new Promise((r) => setImmediate(r)); // pending promise callbacks run, no time passes
    clock.advance(29_999);
    await settled();
    expect(quits).toBe(0);
    clock.advance(1);
    await settled();
    expect(quits).toBe(1);
    expect(clock.pending()).toBe(0);
  });
});
