/**
 * 入出金明細: one account's history for a period (this month, last month, the last 3 months, or
 * dates within the last 13 months, Japan time), newest first, paged with the bank's cursor; the
 * period as a CSV file (main saves it, or the browser host offers it). A kiosk shows it on screen
 * only, or prints it on the branch printer when its file allows printing.
 */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { Account, Transaction } from '../../../src-shared/bank-api/accounts.js';
import type { Period } from '../../../src-shared/domain/statement-period.js';
import { Alert } from '../../components/Alert.js';
import { Field } from '../../components/Field.js';
import { StepHeading } from '../../components/Heading.js';
import { afterSave, PrintButtons, usePrintRules, type SaveNote } from '../../components/PrintButtons.js';
import { useT } from '../../i18n/use-t.js';
import { netbank } from '../../lib/bridge.js';
import type { FieldError } from '../../lib/forms.js';
import { accountLabel } from '../../lib/labels.js';
import { StatementTable } from './StatementTable.js';
import { checkPeriod, PERIOD_CHOICES, slashed, type PeriodChoice } from './period.js';

interface Shown { period: Period; accountId: string; rows: Transaction[]; cursor: string | null }

export default function Statements() {
  const { t } = useT();
  const { canSave, canPrint } = usePrintRules();
  const [accounts, setAccounts] = useState<Account[]>([]);
  const [accountId, setAccountId] = useState('');
  const [choice, setChoice] = useState<PeriodChoice>('this-month');
  const [typed, setTyped] = useState({ from: '', to: '' });
  const [errors, setErrors] = useState<{ from?: FieldError; to?: FieldError }>({});
  const [shown, setShown] = useState<Shown | null>(null);
  const [failure, setFailure] = useState<FieldError | null>(null);
  const [note, setNote] = useState<SaveNote | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async (accId: string, period: Period, cursor?: string) => {
    setBusy(true);
    const r = await netbank().accounts.transactions({ accountId: accId, ...period, ...(cursor ? { cursor } : {}) });
    setBusy(false);
    if (!r.ok) return setFailure({ key: r.error.code === 'VALIDATION_FAILED' ? 'st.err.bank' : `error.${r.error.code}` });
    setFailure(null);
    setShown((old) => ({ period, accountId: accId, rows: cursor && old ? [...old.rows, ...r.value.transactions] : r.value.transactions, cursor: r.value.nextCursor }));
  }, []);

  useEffect(() => {
    void (async () => {
      const a = await netbank().accounts.list({});
      if (!a.ok) return setFailure({ key: `error.${a.error.code}` });
      setAccounts(a.value.accounts);
      const first = a.value.accounts[0];
      if (first) {
        setAccountId(first.id);
        const c = checkPeriod('this-month', { from: '', to: '' }, Date.now());
        if (c.ok) await load(first.id, c.period);
      }
    })();
  }, [load]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setNote(null);
    const c = checkPeriod(choice, typed, Date.now());
    if (!c.ok) return setErrors({ from: c.from, to: c.to });
    setErrors({});
    void load(accountId, c.period);
  };

  const exportCsv = async () => {
    if (!shown) return;
    setNote(null);
    const r = await netbank().statements.exportCsv({ accountId: shown.accountId, ...shown.period });
    setNote(r.ok ? afterSave(r.value) : { key: r.error.code === 'VALIDATION_FAILED' ? 'st.err.bank' : `error.${r.error.code}`, error: true });
  };

  const account = accounts.find((a) => a.id === shown?.accountId);
  return (
    <div className="statements">
      <StepHeading level={1} id="st-title">{t('st.title')}</StepHeading>
      <form className="card no-print" onSubmit={submit} noValidate aria-labelledby="st-title">
        <p>{t('st.intro')}</p>
        <div className="field">
          <label htmlFor="st-account">{t('st.account')}</label>
          <select id="st-account" value={accountId} onChange={(e) => setAccountId(e.target.value)}>
            {accounts.map((a) => <option key={a.id} value={a.id}>{accountLabel(t, a)}</option>)}
          </select>
        </div>
        <fieldset className="field">
          <legend>{t('st.period')}</legend>
          {PERIOD_CHOICES.map((c) => (
            <label key={c} className="choice">
              <input type="radio" name="st-period" value={c} checked={choice === c} onChange={() => setChoice(c)} /> {t(`st.period.${c}`)}
            </label>
          ))}
        </fieldset>
        {choice === 'range' ? (
          <div className="grid-2">
            <Field id="st-from" type="date" label={t('st.from')} value={typed.from} onValue={(from) => setTyped((x) => ({ ...x, from }))} error={errors.from} />
            <Field id="st-to" type="date" label={t('st.to')} value={typed.to} onValue={(to) => setTyped((x) => ({ ...x, to }))} error={errors.to} />
          </div>
        ) : null}
        <div className="actions">
          <button type="submit" className="btn btn-primary" disabled={busy || !accountId}>{t('st.show')}</button>
        </div>
      </form>
      {failure ? <Alert kind="error"><p>{t(failure.key, failure.vars)}</p></Alert> : null}
      {shown && account ? (
        <section className="card" aria-labelledby="st-shown" data-testid="statement-card">
          <h2 id="st-shown">{accountLabel(t, account)}</h2>
          {shown.rows.length === 0
            ? <p>{t('st.empty', { from: slashed(shown.period.from), to: slashed(shown.period.to) })}</p>
            : <StatementTable rows={shown.rows} caption={t('st.shownPeriod', { from: slashed(shown.period.from), to: slashed(shown.period.to) })} />}
          {shown.cursor ? <button type="button" className="btn btn-secondary no-print" disabled={busy} onClick={() => void load(shown.accountId, shown.period, shown.cursor!)}>{t('st.more')}</button> : null}
          <div className="actions no-print">
            {canSave ? (
              <>
                <button type="button" className="btn btn-secondary" onClick={() => void exportCsv()}>{t('st.csv')}</button>
                <p className="note">{t('st.csvNote')}</p>
              </>
            ) : canPrint ? (
              // A kiosk whose file allows printing: the branch printer, never a file.
              <>
                <p className="note" data-testid="st-kiosk-note">{t('st.kioskPrintNote')}</p>
                <PrintButtons name={`statement-${shown.period.from}-${shown.period.to}`} />
              </>
            ) : <p className="note" data-testid="st-kiosk-note">{t('st.kioskNote')}</p>}
            <p aria-live="polite" className={note?.error ? 'field-error' : 'note'} data-testid="st-save-note">{note ? t(note.key, note.vars) : ''}</p>
          </div>
        </section>
      ) : null}
    </div>
  );
}
