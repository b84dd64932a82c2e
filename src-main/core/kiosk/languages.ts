/**
 * A kiosk's allowed languages: a core wrapper that refuses any other language and tells the window
 * (app.info) which ones to offer, and the language a fresh login screen starts in (the first allowed one).
 */
import { contract, type Language } from '../../../src-shared/ipc/contract.js';
import type { Core } from '../core.js';

export function restrictLanguages(core: Core, allowed: readonly Language[]): Core {
  return {
    dispatch(channel, raw) {
      if (channel === 'preferences.set') {
        // Only a well-formed request is held to the kiosk's list; anything else goes on to the core,
        // which refuses it with the contract's INVALID_REQUEST like on any other terminal.
        const parsed = contract['preferences.set'].request.safeParse(raw);
        const language = parsed.success ? parsed.data.language : undefined;
        if (language !== undefined && !allowed.includes(language)) {
          return Promise.resolve({
            ok: false,
            error: { code: 'NOT_AVAILABLE_IN_KIOSK', message: `This terminal offers only: ${allowed.join(', ')}.` },
          });
        }
      }
      if (channel !== 'app.info') return core.dispatch(channel, raw);
      // The window learns which languages to offer.
      return core.dispatch(channel, raw).then((r) => (r.ok && r.value && typeof r.value === 'object' ? { ok: true, value: { ...r.value, languages: [...allowed] } } : r));
    },
    onEvent: (listener) => core.onEvent(listener),
    close: () => core.close(),
  };
}

/** Sets the start language for the next customer (after a wipe the memory store is empty, i.e. "ja"). */
export async function applyStartLanguage(core: Core, allowed: readonly Language[]): Promise<boolean> {
  const first = allowed[0];
  if (!first) return false;
  const r = await core.dispatch('preferences.set', { language: first });
  return r.ok;
}
