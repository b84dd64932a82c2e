/** The settings menu's line for the daily transfer limit: the limit in force, and a raise waiting. */
import type { TransferLimits } from '../../../src-shared/bank-api/limits.js';
import { yen, type Lang } from '../../i18n/i18n.js';
import type { T } from '../../i18n/use-t.js';
import { limitDate } from '../../lib/limits.js';

export function limitMenuState(t: T, lang: Lang, l: TransferLimits): string {
  const limit = yen(l.dailyLimit, lang);
  if (!l.pendingRaise) return t('lim.menu.now', { limit });
  return t('lim.menu.nowPending', { limit, amount: yen(l.pendingRaise.amount, lang), date: limitDate(l.pendingRaise.effectiveFrom, lang) });
}
