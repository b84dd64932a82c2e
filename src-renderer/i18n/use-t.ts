import { useMemo, useSyncExternalStore } from 'react';
import { useApp } from '../state/app-store.js';
import { fill, type Lang, type Vars } from './format.js';
import type { MessageKey } from './ja.js';
import { fullMessagesLoaded, message, subscribeMessages } from './messages.js';

export type T = (key: MessageKey, vars?: Vars) => string;

/** The translate function for the current language, and the language itself. */
export function useT(): { t: T; lang: Lang; full: boolean } {
  const lang = useApp((s) => s.language);
  // A new `t` when the full catalogs arrive, so a screen that asked too early renders again.
  const full = useSyncExternalStore(subscribeMessages, fullMessagesLoaded, fullMessagesLoaded);
  return useMemo(() => ({ lang, full, t: (key: MessageKey, vars?: Vars) => fill(message(lang, key), vars) }), [lang, full]);
}
