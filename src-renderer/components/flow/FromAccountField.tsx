/**
 * The from-account of a payment: a choice when the customer has several accounts, the one account
 * named otherwise, with its balance; when the accounts could not be read, says so with a retry.
 */
import { yen } from '../../i18n/i18n.js';
import { useT } from '../../i18n/use-t.js';
import type { FromAccount } from '../../lib/flow/use-from-account.js';
import { accountLabel } from '../../lib/labels.js';
import { Alert } from '../Alert.js';

/** `balance`: under the field as a note, or in brackets after the one account's name. */
export function FromAccountField({ id, account, balance }: { id: string; account: FromAccount; balance: 'note' | 'inline' }) {
  const { t, lang } = useT();
  const { accounts, from, fromId, setFromId, failed, reload } = account;
  if (failed) {
    return (
      <Alert kind="error">
        <p>{t('home.loadError')}</p>
        <button type="button" className="btn btn-secondary" onClick={() => void reload()}>{t('common.retry')}</button>
      </Alert>
    );
  }
  const balanceText = from ? t('tr.balanceNow', { balance: yen(from.balance, lang) }) : '';
  if (accounts.length > 1) {
    return (
      <>
        <div className="field">
          <label htmlFor={id}>{t('tr.from')}</label>
          <select id={id} value={fromId} onChange={(e) => setFromId(e.target.value)}>
            {accounts.map((a) => <option key={a.id} value={a.id}>{accountLabel(t, a)}</option>)}
          </select>
        </div>
        {balance === 'note' ? <p className="note">{balanceText}</p> : null}
      </>
    );
  }
  if (!from) return null;
  return (
    <>
      <p>
        <span className="label-inline">{t('tr.from')}</span> {accountLabel(t, from)}
        {balance === 'inline' ? t('common.inParens', { text: balanceText }) : null}
      </p>
      {balance === 'note' ? <p className="note">{balanceText}</p> : null}
    </>
  );
}
