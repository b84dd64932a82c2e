/** The statement's rows, newest first, with the count and the sums of what is shown. */
import type { Transaction } from '../../../src-shared/bank-api/accounts.js';
import { jstDate } from '../../../src-shared/domain/statement-period.js';
import { yen } from '../../i18n/i18n.js';
import { useT } from '../../i18n/use-t.js';
import { slashed } from './period.js';

export function StatementTable({ rows, caption }: { rows: Transaction[]; caption: string }) {
  const { t, lang } = useT();
  const out = rows.reduce((s, r) => s + (r.amount < 0 ? -r.amount : 0), 0);
  const into = rows.reduce((s, r) => s + (r.amount > 0 ? r.amount : 0), 0);
  return (
    <div className="table-wrap">
      <table className="history statement" data-testid="statement">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('st.col.date')}</th>
            <th scope="col">{t('st.col.desc')}</th>
            <th scope="col" className="num">{t('st.col.out')}</th>
            <th scope="col" className="num">{t('st.col.in')}</th>
            <th scope="col" className="num">{t('st.col.balance')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-testid="st-row">
              <td>{slashed(jstDate(Date.parse(r.postedAt)))}</td>
              <td>{r.detail ? `${t(`tx.${r.kind}`)} ${r.detail}` : t(`tx.${r.kind}`)}</td>
              <td className="num out">{r.amount < 0 ? yen(-r.amount, lang) : ''}</td>
              <td className="num in">{r.amount > 0 ? yen(r.amount, lang) : ''}</td>
              <td className="num">{yen(r.balanceAfter, lang)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('st.total')}</th>
            <td data-testid="st-count" data-count={rows.length}>{t('st.count', { count: rows.length })}</td>
            <td className="num" data-testid="st-sum-out" data-yen={out}>{yen(out, lang)}</td>
            <td className="num" data-testid="st-sum-in" data-yen={into}>{yen(into, lang)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
