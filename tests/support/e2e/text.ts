/**
 * The words the E2E specs expect, taken from where the app and the bank take them: the renderer's
 * catalogs through the app's own translate function, and the bank's mail templates. Specs never copy
 * a text; where a message carries a value the screen fills in (a date, a count) that the spec does
 * not know, `like` turns the unknown placeholders into wildcards.
 */
import { formatJst } from '../../../mock-bank/html.js';
import { loginNoticeMail } from '../../../mock-bank/login-notice-mail.js';
import { clock, translate, yen, type Lang, type MessageKey, type Vars } from '../../../src-renderer/i18n/i18n.js';

export { clock, translate, yen, type Lang, type MessageKey };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The message as a pattern: the given values filled in, any other placeholder matching any text. */
export function like(lang: Lang, key: MessageKey, vars?: Vars): RegExp {
  return new RegExp(translate(lang, key, vars).split(/\{\w+\}/).map(escape).join('.*?'));
}

/** The message exactly, in either language: for page objects that do not know the screen's language. */
export function either(key: MessageKey, vars?: Vars): RegExp {
  return new RegExp(`^(?:${escape(translate('ja', key, vars))}|${escape(translate('en', key, vars))})$`);
}

/** A field's label in either language, with or without the "required" mark the form adds to it. */
export function fieldLabel(key: MessageKey): RegExp {
  const alt = (k: MessageKey) => `${escape(translate('ja', k))}|${escape(translate('en', k))}`;
  return new RegExp(`^(?:${alt(key)})(?: \\((?:${alt('common.required')})\\))?$`);
}

/** The Japanese message (the app's first language): the form most specs check. */
export const ja = (key: MessageKey, vars?: Vars): string => translate('ja', key, vars);

/** The login notice mail as the bank writes it: its subject, and its login time read back. */
export const loginNotice = {
  subject: loginNoticeMail({ at: 0, channel: 'pc' }).subject,
  /** The login time a notice mail prints (Japan time, to the second). */
  timeIn(text: string): string {
    const sample = loginNoticeMail({ at: 0, channel: 'pc' }).text.split('\n').find((l) => l.includes(formatJst(0)))!;
    const [before, after] = sample.trim().split(formatJst(0)).map(escape);
    const found = new RegExp(`${before}(\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2})${after}`).exec(text);
    if (!found) throw new Error(`no login time in: ${text}`);
    return found[1]!;
  },
};
