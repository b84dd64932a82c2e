/** "A、B" / "A and B": a short list joined the way the language joins it. */
import type { Lang } from '../../i18n/i18n.js';

export function listOf(items: string[], lang: Lang): string {
  return new Intl.ListFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', { type: 'conjunction' }).format(items);
}
