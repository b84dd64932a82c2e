/**
 * 受付結果の一覧: the bank's record of recent completed operations, newest first; opening one shows
 * its receipt again (built from the bank's record), to print or save as PDF like any receipt.
 */
import { useEffect, useState } from 'react';
import type { ReceiptRecord } from '../../../src-shared/bank-api/statements.js';
import { ACCOUNT_TYPE_LABELS } from '../../../src-shared/domain/account.js';
import { Alert } from '../../components/Alert.js';
import { StepHeading } from '../../components/Heading.js';
import { Receipt } from '../../components/Receipt.js';
import { dateTime, yen, type MessageKey } from '../../i18n/i18n.js';
import { useT, type T } from '../../i18n/use-t.js';
import { netbank } from '../../lib/bridge.js';
import { useBankNames, type BankNames } from '../../lib/bank-name.js';
import { accountLabel } from '../../lib/labels.js';

function kindKey(r: ReceiptRecord): MessageKey {
  return r.type === 'transfer' || r.type === 'bill-payment' ? `rc.kind.${r.type}` : 'rc.kind.other';
}

function rowsOf(t: T, lang: 'ja' | 'en', names: BankNames, r: ReceiptRecord): [string, string][] {
  const s = r.summary;
  const rows: [string, string][] = [[t('rc.procedure'), t(kindKey(r))]];
  if (r.fromAccount) rows.push([t('rc.from'), accountLabel(t, r.fromAccount)]);
  // The account type in the screen's language when the bank gives it without words (older records: its text).
  const account = s.payeeAccountType && s.payeeAccountNumberMasked ? `${ACCOUNT_TYPE_LABELS[s.payeeAccountType][lang]} ${s.payeeAccountNumberMasked}` : s.payeeAccountMasked;
  if (s.payeeName) rows.push([t('rc.payee'), [names.payeeBank(s), account, s.payeeName].filter(Boolean).join(' ')]);
  if (s.collectorName) rows.push([t('rc.collector'), s.collectorName]);
  if (s.amount !== undefined) rows.push([t('rc.amount'), yen(s.amount, lang)]);
  if (s.fee !== undefined) rows.push([t('rc.fee'), yen(s.fee, lang)]);
  if (s.newEmailMasked) rows.push([t('rc.newEmail'), s.newEmailMasked]);
  return rows;
}

export default function Receipts() {
  const { t, lang } = useT();
  const names = useBankNames();
  const [list, setList] = useState<ReceiptRecord[] | null>(null);
  const [failed, setFailed] = useState<MessageKey | null>(null);
  const [open, setOpen] = useState<ReceiptRecord | null>(null);

  useEffect(() => {
    void (async () => {
      const r = await netbank().receipts.list({});
      if (r.ok) setList(r.value.receipts);
      else setFailed(`error.${r.error.code}`);
    })();
  }, []);

  if (open) {
    return (
      <Receipt level={1} title={t('rc.view.title', { kind: t(kindKey(open)) })} receiptNumber={open.receiptNumber} completedAt={open.completedAt} rows={rowsOf(t, lang, names, open)}>
        <button type="button" className="btn btn-secondary" onClick={() => setOpen(null)}>{t('rc.back')}</button>
      </Receipt>
    );
  }
  return (
    <div className="receipts">
      <StepHeading level={1} id="rc-title">{t('rc.title')}</StepHeading>
      <section className="card" aria-labelledby="rc-title">
        <p>{t('rc.intro')}</p>
        {failed ? <Alert kind="error"><p>{t(failed)}</p></Alert> : null}
        {list === null && !failed ? <p role="status">{t('common.loading')}</p> : null}
        {list?.length === 0 ? <p>{t('rc.empty')}</p> : null}
        {list && list.length > 0 ? (
          <div className="table-wrap">
            <table className="history" data-testid="receipts">
              <caption className="visually-hidden">{t('rc.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('rc.col.time')}</th>
                  <th scope="col">{t('rc.col.kind')}</th>
                  <th scope="col">{t('rc.col.number')}</th>
                  <th scope="col" className="num">{t('rc.col.amount')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((r) => (
                  <tr key={r.operationId} data-testid="receipt-row">
                    <td>{dateTime(r.completedAt, lang)}</td>
                    <td>{t(kindKey(r))}</td>
                    <td>
                      <button type="button" className="link-button" aria-label={t('rc.open', { number: r.receiptNumber })} onClick={() => setOpen(r)}>{r.receiptNumber}</button>
                    </td>
                    <td className="num">{r.summary.amount !== undefined ? yen(r.summary.amount, lang) : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
    </div>
  );
}
