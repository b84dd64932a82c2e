/** The rows a transfer shows on its review, authorization and receipt: the payee, then the money. */
import type { Account } from '../../../src-shared/bank-api/accounts.js';
import type { IpcError } from '../../../src-shared/ipc/errors.js';
import type { T } from '../../i18n/use-t.js';
import type { BankNames } from '../../lib/bank-name.js';
import { accountLabel } from '../../lib/labels.js';
import { bankAndBranch } from './directory.js';
import type { Target } from './PayeeStep.js';

export function payeeRows(t: T, names: BankNames, target: Target | null): [string, string][] {
  if (!target) return [];
  const p = target.payee;
  const bank = bankAndBranch(t, names, target.kind === 'registered' ? p : { ...p, bankName: target.bankName, branchName: target.branchName });
  return [
    [t('sum.payee'), p.name],
    [t('sum.bank'), bank],
    [t('sum.account'), `${t(`acct.${p.accountType}`)} ${p.accountNumber}`],
  ];
}

/** The fee as the bank said it: still asked, refused (its error code), or the amount. */
export type Fee = { state: 'asking' } | { state: 'failed'; code: IpcError['code'] } | { state: 'known'; yen: number };

function feeText(t: T, fee: Fee, fmt: (n: number) => string): string {
  if (fee.state === 'asking') return t('tr.feeLoading');
  if (fee.state === 'failed') return t(`error.${fee.code}`);
  return fee.yen === 0 ? t('tr.feeFree') : fmt(fee.yen);
}

export function moneyRows(t: T, from: Account | null, amount: number, fee: Fee, fmt: (n: number) => string): [string, string][] {
  return [
    [t('sum.from'), from ? accountLabel(t, from) : ''],
    [t('sum.amount'), fmt(amount)],
    [t('sum.fee'), feeText(t, fee, fmt)],
    [t('tr.total'), fee.state === 'known' ? fmt(amount + fee.yen) : '—'],
  ];
}
