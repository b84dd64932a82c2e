/**
 * The kiosk's wipe at the end of every customer's session (logout, idle timeout, any end): an
 * ordered list of steps over the small `KioskStorage` adapter (Electron's calls live in
 * src-main/electron/kiosk-storage.ts). Every step runs even when an earlier one fails or hangs;
 * each result is reported and logged by step name only (no page data, no error text that could
 * carry customer data). Calls that arrive while a wipe runs share one follow-up wipe.
 */
import type { EndReason } from '../../../src-shared/ipc/events.js';
import type { Logger } from '../logger.js';

/** What the host must be able to do for a kiosk. Each call clears one kind of thing, or fails. */
export interface KioskStorage {
  /** Closes the customer's page first, so nothing on it can write storage again during the wipe. */
  closePage(): Promise<void>;
  /** Cookies, localStorage, IndexedDB, service workers, Cache Storage, file systems, shader cache. */
  clearStorageData(): Promise<void>;
  /** Everything else Chromium's browsing-data remover knows for the partition (downloads, WebSQL, background fetch ...). */
  clearBrowsingData(): Promise<void>;
  /** The HTTP disk/memory cache. */
  clearHttpCache(): Promise<void>;
  /** HTTP authentication answers the partition remembers. */
  clearAuthCache(): Promise<void>;
  /** Looked-up host names (they tell which sites were visited). */
  clearHostResolverCache(): Promise<void>;
  /** Compiled script caches. */
  clearCodeCaches(): Promise<void>;
  /** Whatever the customer copied (an account number, an address). */
  clearClipboard(): Promise<void>;
  /** Opens a fresh page (new sessionStorage, empty memory) on the login screen. */
  openLoginPage(): Promise<void>;
}

export type WipeStepName = keyof KioskStorage;

/** The order matters: close the page, clear everything, and only then show a fresh login page. */
export const WIPE_STEPS: readonly WipeStepName[] = [
  'closePage',
  'clearStorageData',
  'clearBrowsingData',
  'clearHttpCache',
  'clearAuthCache',
  'clearHostResolverCache',
  'clearCodeCaches',
  'clearClipboard',
  'openLoginPage',
];

/** A session's end, the page's renderer gone, or the terminal starting. */
export type WipeReason = EndReason | 'renderer-gone' | 'start';

export interface WipeStepResult {
  step: WipeStepName;
  ok: boolean;
  /** Only the kind of failure (error class or code, or "timeout"), never its message. */
  failure?: string;
}

export interface WipeReport {
  reason: WipeReason;
  ok: boolean;
  steps: WipeStepResult[];
}

/** How long one step may take before it counts as failed and the next one starts. */
export const WIPE_STEP_TIMEOUT_MS = 10_000;

function failureKind(e: unknown): string {
  if (e instanceof WipeTimeout) return 'timeout';
  if (e && typeof e === 'object') {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[A-Z0-9_]{1,40}$/.test(code)) return code;
    const name = (e as { name?: unknown }).name;
    if (typeof name === 'string' && /^[A-Za-z]{1,40}$/.test(name)) return name;
  }
  return 'error';
}

class WipeTimeout extends Error {}

async function runStep(storage: KioskStorage, step: WipeStepName, timeoutMs: number): Promise<WipeStepResult> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new WipeTimeout()), timeoutMs);
  });
  try {
    // A synchronous throw inside the adapter counts as that step's failure too.
    await Promise.race([Promise.resolve().then(() => storage[step]()), limit]);
    return { step, ok: true };
  } catch (e) {
    return { step, ok: false, failure: failureKind(e) };
  } finally {
    clearTimeout(timer);
  }
}

export interface KioskWiper {
  /** Runs every step in order; resolves with the report (never rejects). */
  wipe(reason: WipeReason): Promise<WipeReport>;
  /** Whether a wipe is running now (the host ignores page events meanwhile). */
  readonly busy: boolean;
}

export function createKioskWiper(storage: KioskStorage, log: Pick<Logger, 'info' | 'error'>, timeoutMs = WIPE_STEP_TIMEOUT_MS): KioskWiper {
  let running: Promise<WipeReport> | null = null;
  let followUp: Promise<WipeReport> | null = null;

  const run = async (reason: WipeReason): Promise<WipeReport> => {
    const steps: WipeStepResult[] = [];
    for (const step of WIPE_STEPS) {
      const result = await runStep(storage, step, timeoutMs);
      if (!result.ok) log.error({ step, failure: result.failure, reason }, 'kiosk wipe step failed');
      steps.push(result);
    }
    const report = { reason, ok: steps.every((s) => s.ok), steps };
    log.info({ reason, ok: report.ok, failed: steps.filter((s) => !s.ok).map((s) => s.step) }, 'kiosk wipe finished');
    return report;
  };

  const start = (reason: WipeReason): Promise<WipeReport> => {
    const p = run(reason).finally(() => {
      if (running === p) running = null;
    });
    running = p;
    return p;
  };

  return {
    get busy() {
      return running !== null;
    },
    wipe(reason) {
      if (!running) return start(reason);
      // A second end while wiping (e.g. idle then logout): one more full wipe after this one,
      // shared by every caller that arrives meanwhile, so nothing written in between survives.
      followUp ??= running.then(() => {
        followUp = null;
        return start(reason);
      });
      return followUp;
    },
  };
}
