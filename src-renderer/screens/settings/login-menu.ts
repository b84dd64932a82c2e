/** The settings menu's lines for logins: the previous login, and whether notice mails are on. */
import type { LoginHistoryResponse } from '../../../src-shared/bank-api/logins.js';
import type { Me } from '../../../src-shared/bank-api/customer.js';
import type { T } from '../../i18n/use-t.js';
import { channelName, loginTime } from '../../lib/logins.js';

export function loginsMenuState(t: T, history: LoginHistoryResponse | null): string | null {
  if (!history) return null;
  const p = history.previous;
  return p ? t('lgn.menu.previous', { time: loginTime(p), channel: channelName(t, p) }) : t('lgn.menu.first');
}

export function noticeMenuState(t: T, me: Me | null): string | null {
  if (!me || me.loginNotice === undefined) return null;
  return t(me.loginNotice ? 'lgn.menu.noticeOn' : 'lgn.menu.noticeOff');
}
