import { useMemo } from 'react';
import { useApp } from '../state/app-store.js';
import { translate, type Lang, type MessageKey, type Vars } from './i18n.js';

export type T = (key: MessageKey, vars?: Vars) => string;

/** The translate function for the current language, and the language itself. */
export function useT(): { t: T; lang: Lang } {
  const lang = useApp((s) => s.language);
  return useMemo(() => ({ lang, t: (key: MessageKey, vars?: Vars) => translate(lang, key, vars) }), [lang]);
}
