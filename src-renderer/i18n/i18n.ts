/**
 * The full message catalogs, looking up messages, and formatting numbers and times for the
 * customer's language. Screens use `useT()` (use-t.ts); this module is what tests and the screens
 * loaded after the first one import. Loading it makes every message available to `useT()`
 * (messages.ts): the first screen starts with its own few (shell.ja/en) and this comes later.
 */
import { en } from './en.js';
import { fill, type Lang, type Vars } from './format.js';
import { ja, type MessageKey } from './ja.js';
import { registerFullCatalogs } from './messages.js';

export type { MessageKey };
export type { Lang, Vars };
export { clock, dateTime, mailTime, placeholders, yen } from './format.js';

export const catalogs: Record<Lang, Record<MessageKey, string>> = { ja, en };
registerFullCatalogs(catalogs);

/** The message for `key` with {placeholders} filled in; an unknown placeholder stays visible. */
export function translate(lang: Lang, key: MessageKey, vars?: Vars): string {
  return fill(catalogs[lang][key], vars);
}
