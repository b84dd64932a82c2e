/**
 * Bill payment (Pay-easy): collector, customer and confirmation numbers, amount and the
 * from-account; review; authorize; receipt. The steps and their moves are the shared operation
 * flow's (lib/flow).
 */
import { useState, type FormEvent } from 'react';
import { Field } from '../components/Field.js';
import { CreateError, ReviewActions } from '../components/flow/FlowActions.js';
import { FromAccountField } from '../components/flow/FromAccountField.js';
import { StepHeading } from '../components/Heading.js';
import { Summary } from '../components/Summary.js';
import { WizardSteps } from '../components/WizardSteps.js';
import { yen } from '../i18n/i18n.js';
import { useT } from '../i18n/use-t.js';
import { useFromAccount } from '../lib/flow/use-from-account.js';
import { useOperationFlow } from '../lib/flow/use-operation-flow.js';
import { checkBill, type BillField, type BillInput, type BillValue, type FieldErrors } from '../lib/forms.js';
import { accountLabel } from '../lib/labels.js';
import { navigate } from '../state/app-store.js';
import { AuthorizePart, DonePart } from '../components/flow/FlowSteps.js';

const EMPTY: BillInput = { collectorNumber: '', customerNumber: '', confirmationNumber: '', amount: '' };
const ORDER = ['input', 'review', 'authorize', 'done'] as const;
const FIELDS: { field: BillField; label: 'bill.collector' | 'bill.customerNumber' | 'bill.confirmationNumber' | 'bill.amount' }[] = [
  { field: 'collectorNumber', label: 'bill.collector' },
  { field: 'customerNumber', label: 'bill.customerNumber' },
  { field: 'confirmationNumber', label: 'bill.confirmationNumber' },
  { field: 'amount', label: 'bill.amount' },
];

export default function BillPayment() {
  const { t, lang } = useT();
  const fmt = (n: number) => yen(n, lang);
  const flow = useOperationFlow(ORDER);
  const account = useFromAccount();
  const from = account.from;
  const [input, setInput] = useState<BillInput>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors<BillField>>({});
  const [bill, setBill] = useState<BillValue | null>(null);
  const steps = [t('bill.step.input'), t('tr.step.review'), t('tr.step.authorize'), t('tr.step.receipt')];
  const setField = (f: BillField) => (v: string) => setInput((b) => ({ ...b, [f]: v }));

  const review = (e: FormEvent) => {
    e.preventDefault();
    const r = checkBill(input, fmt);
    if (!r.ok) {
      setErrors(r.errors);
      const first = FIELDS.find((f) => r.errors[f.field]);
      if (first) document.getElementById(`bill-${first.field}`)?.focus();
      return;
    }
    setErrors({});
    setBill(r.value);
    flow.proceed('review');
  };

  const toAuthorize = () => {
    if (bill && from) void flow.create({ type: 'bill-payment', fromAccountId: from.id, ...bill });
  };

  const rows = (): [string, string][] => {
    if (!bill) return [];
    const collector = flow.created?.summary.collectorName;
    return [
      ...(collector ? [[t('sum.collector'), collector] as [string, string]] : []),
      [t('bill.collector'), bill.collectorNumber],
      [t('sum.customerNumber'), bill.customerNumber],
      [t('sum.from'), from ? accountLabel(t, from) : ''],
      [t('sum.amount'), fmt(bill.amount)],
    ];
  };

  return (
    <section className="card wizard" aria-labelledby="bill-title">
      <h1 id="bill-title" className="page-title">{t('bill.title')}</h1>
      <WizardSteps steps={steps} current={flow.index} />
      {flow.step === 'input' ? (
        <form key="input" onSubmit={review} noValidate>
          <StepHeading>{t('bill.input.title')}</StepHeading>
          <p>{t('bill.intro')}</p>
          <div className="grid-2">
            {FIELDS.map(({ field, label }) => (
              <Field key={field} id={`bill-${field}`} label={t(label)} value={input[field]} onValue={setField(field)} error={errors[field]} inputMode="numeric" autoComplete="off" required />
            ))}
          </div>
          <FromAccountField id="bill-from" account={account} balance="inline" />
          <div className="actions">
            <button type="button" className="btn btn-secondary" onClick={() => navigate('home')}>{t('common.cancel')}</button>
            <button type="submit" className="btn btn-primary">{t('common.next')}</button>
          </div>
        </form>
      ) : null}
      {flow.step === 'review' ? (
        <div key="review">
          <StepHeading>{t('tr.review.title')}</StepHeading>
          <p>{t('bill.review.intro')}</p>
          <Summary testId="review" rows={rows()} />
          <CreateError error={flow.error} />
          <ReviewActions busy={flow.busy} disabled={!from} onBack={() => flow.go('input')} onAuthorize={toAuthorize} />
        </div>
      ) : null}
      {flow.step === 'authorize' && flow.created ? (
        <AuthorizePart key="authorize" heading={t('auth.title')} intro={t('auth.intro')} operation={flow.created} onCompleted={flow.complete} onBack={() => flow.startOver('input')}>
          <Summary rows={rows()} />
        </AuthorizePart>
      ) : null}
      {flow.step === 'done' && flow.done ? (
        <DonePart done={flow.done} title={t('bill.receipt.title')} rows={rows()}>
          <button type="button" className="btn btn-primary" onClick={() => navigate('home')}>{t('common.toHome')}</button>
          <button type="button" className="btn btn-secondary" onClick={() => flow.again(() => { setInput(EMPTY); setBill(null); })}>{t('bill.again')}</button>
        </DonePart>
      ) : null}
    </section>
  );
}
