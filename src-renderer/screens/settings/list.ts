/** "A、B" / "A and B": a short list joined the way the language joins it. */
import type { Lang } from '../../i18n/i18n.js';

export function listOf(items: string[], lang: Lang): string {
  return new Intl.ListFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', { type: 'conjunction' }).format(items);
}

/** A Select address's number as the bank's screens print it: full-width in Japanese (１, ２). */
export function slotNo(n: number, lang: Lang): string {
  return lang === 'ja' ? String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))) : String(n);
}
