/** Bill payment (Pay-easy): collector, customer and confirmation numbers, amount, review, authorize, receipt. */
import { useEffect, useState, type FormEvent } from 'react';
import type { Account } from '../../src-shared/bank-api/accounts.js';
import type { CreateOperationResponse } from '../../src-shared/bank-api/operations.js';
import { Alert } from '../components/Alert.js';
import { AuthorizeStep, type Completed } from '../components/AuthorizeStep.js';
import { Field } from '../components/Field.js';
import { StepHeading } from '../components/Heading.js';
import { Receipt } from '../components/Receipt.js';
import { Summary } from '../components/Summary.js';
import { WizardSteps } from '../components/WizardSteps.js';
import { yen } from '../i18n/i18n.js';
import { useT } from '../i18n/use-t.js';
import { netbank } from '../lib/bridge.js';
import { checkBill, type BillField, type BillInput, type BillValue, type FieldErrors } from '../lib/forms.js';
import { accountLabel } from '../lib/labels.js';
import { useCreateOperation } from '../lib/use-create-operation.js';
import { navigate } from '../state/app-store.js';
import { watch } from '../state/session.js';

const EMPTY: BillInput = { collectorNumber: '', customerNumber: '', confirmationNumber: '', amount: '' };
const ORDER: BillField[] = ['collectorNumber', 'customerNumber', 'confirmationNumber', 'amount'];

export default function BillPayment() {
  const { t, lang } = useT();
  const fmt = (n: number) => yen(n, lang);
  const [step, setStep] = useState(0);
  const [accounts, setAccounts] = useState<Account[]>([]);
  const [fromId, setFromId] = useState('');
  const [input, setInput] = useState<BillInput>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors<BillField>>({});
  const [bill, setBill] = useState<BillValue | null>(null);
  const [created, setCreated] = useState<CreateOperationResponse | null>(null);
  const [done, setDone] = useState<Completed | null>(null);
  const op = useCreateOperation();

  useEffect(() => {
    void (async () => {
      const a = watch(await netbank().accounts.list({}));
      if (a.ok) {
        setAccounts(a.value.accounts);
        setFromId((id) => id || a.value.accounts[0]?.id || '');
      }
    })();
  }, []);
  const from = accounts.find((a) => a.id === fromId) ?? null;
  const steps = [t('bill.step.input'), t('tr.step.review'), t('tr.step.authorize'), t('tr.step.receipt')];
  const setField = (f: BillField) => (v: string) => setInput((b) => ({ ...b, [f]: v }));

  const review = (e: FormEvent) => {
    e.preventDefault();
    const r = checkBill(input, fmt);
    if (!r.ok) {
      setErrors(r.errors);
      const first = ORDER.find((f) => r.errors[f]);
      if (first) document.getElementById(`bill-${first}`)?.focus();
      return;
    }
    setErrors({});
    setBill(r.value);
    op.reset();
    setStep(1);
  };

  const toAuthorize = async () => {
    if (!bill || !from) return;
    const c = await op.create({ type: 'bill-payment', fromAccountId: from.id, ...bill });
    if (c) {
      setCreated(c);
      setStep(2);
    }
  };

  const rows = (): [string, string][] => {
    if (!bill) return [];
    const r: [string, string][] = [];
    if (created?.summary.collectorName) r.push([t('sum.collector'), created.summary.collectorName]);
    r.push(
      [t('bill.collector'), bill.collectorNumber],
      [t('sum.customerNumber'), bill.customerNumber],
      [t('sum.from'), from ? accountLabel(t, from) : ''],
      [t('sum.amount'), fmt(bill.amount)],
    );
    return r;
  };

  return (
    <section className="card wizard" aria-labelledby="bill-title">
      <h1 id="bill-title" className="page-title">{t('bill.title')}</h1>
      <WizardSteps steps={steps} current={step} />
      {step === 0 ? (
        <form key="input" onSubmit={review} noValidate>
          <StepHeading>{t('bill.input.title')}</StepHeading>
          <p>{t('bill.intro')}</p>
          <div className="grid-2">
            <Field id="bill-collectorNumber" label={t('bill.collector')} value={input.collectorNumber} onValue={setField('collectorNumber')} error={errors.collectorNumber} inputMode="numeric" autoComplete="off" required />
            <Field id="bill-customerNumber" label={t('bill.customerNumber')} value={input.customerNumber} onValue={setField('customerNumber')} error={errors.customerNumber} inputMode="numeric" autoComplete="off" required />
            <Field id="bill-confirmationNumber" label={t('bill.confirmationNumber')} value={input.confirmationNumber} onValue={setField('confirmationNumber')} error={errors.confirmationNumber} inputMode="numeric" autoComplete="off" required />
            <Field id="bill-amount" label={t('bill.amount')} value={input.amount} onValue={setField('amount')} error={errors.amount} inputMode="numeric" autoComplete="off" required />
          </div>
          {accounts.length > 1 ? (
            <div className="field">
              <label htmlFor="bill-from">{t('tr.from')}</label>
              <select id="bill-from" value={fromId} onChange={(e) => setFromId(e.target.value)}>
                {accounts.map((a) => <option key={a.id} value={a.id}>{accountLabel(t, a)}</option>)}
              </select>
            </div>
          ) : from ? <p><span className="label-inline">{t('tr.from')}</span> {accountLabel(t, from)}{t('common.inParens', { text: t('tr.balanceNow', { balance: fmt(from.balance) }) })}</p> : null}
          <div className="actions">
            <button type="button" className="btn btn-secondary" onClick={() => navigate('home')}>{t('common.cancel')}</button>
            <button type="submit" className="btn btn-primary">{t('common.next')}</button>
          </div>
        </form>
      ) : step === 1 ? (
        <div key="review">
          <StepHeading>{t('tr.review.title')}</StepHeading>
          <p>{t('bill.review.intro')}</p>
          <Summary testId="review" rows={rows()} />
          {op.error ? (
            <Alert kind="error">
              <p>{t(`error.${op.error.code}`)}</p>
            </Alert>
          ) : null}
          <div className="actions">
            <button type="button" className="btn btn-secondary" onClick={() => setStep(0)}>{t('common.back')}</button>
            <button type="button" className="btn btn-primary" disabled={op.busy} onClick={() => void toAuthorize()}>
              {op.busy ? t('tr.creating') : t('tr.toAuthorize')}
            </button>
          </div>
        </div>
      ) : step === 2 && created ? (
        <div key="authorize">
          <StepHeading>{t('auth.title')}</StepHeading>
          <p>{t('auth.intro')}</p>
          <AuthorizeStep operation={created} onCompleted={(d) => { setDone(d); setStep(3); }} onBack={() => { setCreated(null); op.reset(); setStep(0); }}>
            <Summary rows={rows()} />
          </AuthorizeStep>
        </div>
      ) : done ? (
        <Receipt title={t('bill.receipt.title')} receiptNumber={done.receiptNumber} completedAt={done.completedAt} rows={rows()}>
          <button type="button" className="btn btn-primary" onClick={() => navigate('home')}>{t('common.toHome')}</button>
          <button type="button" className="btn btn-secondary" onClick={() => { setInput(EMPTY); setBill(null); setCreated(null); setDone(null); op.reset(); setStep(0); }}>{t('bill.again')}</button>
        </Receipt>
      ) : null}
    </section>
  );
}
