import type { Account } from '../../src-shared/bank-api/accounts.js';
import type { T } from '../i18n/use-t.js';

/** "本店営業部 普通 1234567": how an account is named on every screen. */
export function accountLabel(t: T, a: Pick<Account, 'branchName' | 'type' | 'number'>): string {
  return t('home.accountLabel', { branch: a.branchName, type: t(`acct.${a.type}`), number: a.number });
}
