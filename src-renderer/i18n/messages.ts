/**
 * The messages `useT()` reads, loaded in two parts so the login screen's page stays small. At
 * start only the first screen's catalogs are here (shell.ja/en with lock and bankfaults: the
 * app's frame, the login form, every error code); the full catalogs (i18n.ts with ja.ts and
 * en.ts) come in their own chunk with the first other screen: App.tsx's lazy screens wait for
 * `loadMessages()`, and any module that imports i18n.ts brings them too. A key asked for before
 * then (none should be: tests/unit/renderer/first-screen-catalog.test.ts) reads as empty and
 * starts the load; `useT()` renders again once the full catalogs are in.
 */
import type { MessageKey } from './ja.js';
import type { Lang } from './format.js';
import { bankFaultsEn } from './bankfaults.en.js';
import { bankFaultsJa } from './bankfaults.ja.js';
import { lockEn } from './lock.en.js';
import { lockJa } from './lock.ja.js';
import { shellEn } from './shell.en.js';
import { shellJa } from './shell.ja.js';

type Table = Partial<Record<MessageKey, string>>;

/** The messages of the first screen, by language. */
export const FIRST_SCREEN: Record<Lang, Table> = {
  ja: { ...shellJa, ...lockJa, ...bankFaultsJa },
  en: { ...shellEn, ...lockEn, ...bankFaultsEn },
};

let tables: Record<Lang, Table> = FIRST_SCREEN;
let full = false;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

/** Called by i18n.ts when it loads: from then on every message is here. */
export function registerFullCatalogs(catalogs: Record<Lang, Record<MessageKey, string>>): void {
  if (full) return;
  tables = catalogs;
  full = true;
  for (const l of [...listeners]) l();
}

/** Loads the full catalogs (once); resolves when they are in. */
export function loadMessages(): Promise<void> {
  if (full) return Promise.resolve();
  loading ??= import('./i18n.js').then(() => undefined);
  return loading;
}

/** The message for `key` in `lang`, or '' (and the full catalogs start loading) when it is not here yet. */
export function message(lang: Lang, key: MessageKey): string {
  const text = tables[lang][key];
  if (text !== undefined) return text;
  void loadMessages();
  return '';
}

/** For useSyncExternalStore: notified once, when the full catalogs arrive. */
export function subscribeMessages(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function fullMessagesLoaded(): boolean {
  return full;
}
