/**
 * Tester builds only: main reads the demo bank's tester controls (GET /api/v1/tester/state) every
 * few seconds and tells the window when they change (event `tester.state`; `app.info` carries the
 * last reading for a page that just loaded), so the banner can say while a control is in force.
 */
import { TESTER_PATHS, TesterState } from '../../../src-shared/bank-api/index.js';

export const TESTER_STATE_POLL_MS = 3000;

/** One reading, checked with the shared schema; null when the bank cannot say (starting, reset, gone). */
export async function fetchTesterState(apiUrl: string, fetchImpl: typeof fetch = fetch): Promise<TesterState | null> {
  try {
    const res = await fetchImpl(new URL(TESTER_PATHS.state, apiUrl), { signal: AbortSignal.timeout(2500) });
    if (!res.ok) return null;
    const parsed = TesterState.safeParse(await res.json());
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Whether two readings show the same controls (the bank's time moves on at every reading). */
export function sameControls(a: TesterState, b: TesterState): boolean {
  const controls = ({ bankTime: _time, ...rest }: TesterState) => rest;
  return JSON.stringify(controls(a)) === JSON.stringify(controls(b));
}

export interface TesterStateWatch {
  /** The last good reading, or null before the first. */
  current(): TesterState | null;
  /** Called with each reading whose controls differ from the one before. */
  onChange(listener: (state: TesterState) => void): () => void;
  /** Reads now (the loop reads on its own; a reset asks at once). */
  refresh(): Promise<void>;
  stop(): void;
}

/**
 * Reads once (resolving after it, so the first `app.info` already has it), then every `intervalMs`;
 * a failed reading keeps the last good one.
 */
export async function watchTesterState(read: () => Promise<TesterState | null>, intervalMs = TESTER_STATE_POLL_MS): Promise<TesterStateWatch> {
  let last: TesterState | null = null;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const listeners = new Set<(state: TesterState) => void>();
  const refresh = async () => {
    const state = await read();
    if (stopped || state === null) return;
    const changed = last === null || !sameControls(last, state);
    last = state;
    if (changed) for (const l of listeners) l(state);
  };
  const next = () => {
    if (stopped) return;
    timer = setTimeout(() => void refresh().finally(next), intervalMs);
    timer.unref?.();
  };
  await refresh();
  next();
  return {
    current: () => last,
    onChange(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    refresh,
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      listeners.clear();
    },
  };
}
