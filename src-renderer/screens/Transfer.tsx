/**
 * Transfer wizard: payee (registered, or new with the bank's directory naming the codes; see
 * transfer/PayeeStep), amount with limits and the fee, review (with what confirming will take),
 * authorize (the shared AuthorizeStep with the OTP prompt), receipt. The payee's bank and branch
 * are shown by name with their codes beside them on every step after the first.
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { Account, Payee } from '../../src-shared/bank-api/accounts.js';
import type { Me } from '../../src-shared/bank-api/customer.js';
import type { CreateOperationResponse } from '../../src-shared/bank-api/operations.js';
import type { TransferLimits } from '../../src-shared/bank-api/limits.js';
import { MAX_TRANSFER_YEN } from '../../src-shared/domain/money.js';
import type { IpcError } from '../../src-shared/ipc/errors.js';
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
import { checkAmount, type FieldError } from '../lib/forms.js';
import { accountLabel } from '../lib/labels.js';
import { overLimit } from '../lib/limits.js';
import { useCreateOperation } from '../lib/use-create-operation.js';
import { navigate } from '../state/app-store.js';
import { watch } from '../state/session.js';
import { bankAndBranch } from './transfer/directory.js';
import { AuthorizeFactorNote, ReviewFactorNote } from './transfer/FactorNote.js';
import { LimitNote } from './transfer/LimitNote.js';
import { EMPTY_PAYEE, PayeeStep, usePayeeForm, type Target } from './transfer/PayeeStep.js';

export default function Transfer() {
  const { t, lang } = useT();
  const [step, setStep] = useState(0);
  const [accounts, setAccounts] = useState<Account[]>([]);
  const [payees, setPayees] = useState<Payee[] | null>(null);
  const [me, setMe] = useState<Me | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const payeeForm = usePayeeForm();
  const [target, setTarget] = useState<Target | null>(null);
  const [fromId, setFromId] = useState('');
  const [amountText, setAmountText] = useState('');
  const [amountError, setAmountError] = useState<FieldError | null>(null);
  const [amount, setAmount] = useState(0);
  // Today's limit as the bank last said (the amount step reads it each time it is shown).
  const [limits, setLimits] = useState<TransferLimits | null>(null);
  const [fee, setFee] = useState<number | null>(null);
  // Error codes, not text: a message follows a change of language.
  const [feeError, setFeeError] = useState<IpcError['code'] | null>(null);
  const [created, setCreated] = useState<CreateOperationResponse | null>(null);
  const [done, setDone] = useState<Completed | null>(null);
  const op = useCreateOperation();
  const fmt = (n: number) => yen(n, lang);

  useEffect(() => {
    void (async () => {
      const [a, p, m] = await Promise.all([netbank().accounts.list({}), netbank().payees.list({}), netbank().customer.me({})]);
      watch(a);
      watch(p);
      watch(m);
      // What the bank says confirming will take; without it the screens say the next step will tell.
      if (m.ok) setMe(m.value);
      if (a.ok) {
        setAccounts(a.value.accounts);
        setFromId((id) => id || a.value.accounts[0]?.id || '');
      }
      if (p.ok) {
        setPayees(p.value.payees);
        if (p.value.payees.length === 0) payeeForm.setMode('new');
      }
      if (!a.ok || !p.ok) setLoadFailed(true);
    })();
  }, []);

  const from = accounts.find((a) => a.id === fromId) ?? null;
  const steps = [t('tr.step.payee'), t('tr.step.amount'), t('tr.step.review'), t('tr.step.authorize'), t('tr.step.receipt')];
  const choosePayee = (chosen: Target) => {
    setTarget(chosen);
    op.reset();
    setStep(1);
  };

  const amountProblem = (r: ReturnType<typeof checkAmount>) => (r.ok ? overLimit(r.value, limits?.remainingToday, fmt) : r.error);
  // A message shown stays in the screen's language: its amounts are written again when that changes.
  useEffect(() => {
    if (amountError) setAmountError(amountProblem(checkAmount(amountText, fmt)));
  }, [lang]);

  const chooseAmount = async (e: FormEvent) => {
    e.preventDefault();
    const r = checkAmount(amountText, fmt);
    const problem = amountProblem(r);
    if (!r.ok || problem) {
      setAmountError(problem);
      document.getElementById('tr-amount')?.focus();
      return;
    }
    setAmountError(null);
    setAmount(r.value);
    setFee(null);
    setFeeError(null);
    op.reset();
    setStep(2);
    const f = watch(await netbank().transfers.fee({ bankCode: target!.payee.bankCode, amount: r.value }));
    if (f.ok) setFee(f.value.fee);
    else setFeeError(f.error.code);
  };

  const toAuthorize = async () => {
    if (!target || !from) return;
    const operation = target.kind === 'registered'
      ? { type: 'transfer' as const, fromAccountId: from.id, amount, payeeId: target.payee.id }
      : { type: 'transfer' as const, fromAccountId: from.id, amount, payee: target.payee };
    const c = await op.create(operation);
    if (c) {
      setCreated(c);
      setStep(3);
    }
  };

  const again = () => {
    setStep(0);
    setTarget(null);
    setAmountText('');
    setCreated(null);
    setDone(null);
    payeeForm.setInput(EMPTY_PAYEE);
    op.reset();
  };

  const payeeRows = (): [string, string][] => {
    if (!target) return [];
    const p = target.payee;
    const bank = bankAndBranch(t, target.kind === 'registered' ? p : { ...p, bankName: target.bankName, branchName: target.branchName });
    return [
      [t('sum.payee'), p.name],
      [t('sum.bank'), bank],
      [t('sum.account'), `${t(`acct.${p.accountType}`)} ${p.accountNumber}`],
    ];
  };
  const moneyRows = (): [string, string][] => [
    [t('sum.from'), from ? accountLabel(t, from) : ''],
    [t('sum.amount'), fmt(amount)],
    [t('sum.fee'), fee === null ? (feeError ? t(`error.${feeError}`) : t('tr.feeLoading')) : fee === 0 ? t('tr.feeFree') : fmt(fee)],
    [t('tr.total'), fee === null ? '—' : fmt(amount + fee)],
  ];

  // The bank's refusal over today's limit says what is left: the screen says it too.
  const limitRefusal = op.error?.code === 'DAILY_LIMIT_EXCEEDED' ? overLimit(amount, op.error.remainingToday, fmt) : null;

  return (
    <section className="card wizard" aria-labelledby="tr-title">
      <h1 id="tr-title" className="page-title">{t('tr.title')}</h1>
      <WizardSteps steps={steps} current={step} />
      {loadFailed ? <Alert kind="error">{t('home.loadError')}</Alert> : null}

      {step === 0 ? (
        <PayeeStep form={payeeForm} payees={payees} me={me} onChosen={choosePayee} />
      ) : step === 1 ? (
        <form key="amount" onSubmit={(e) => void chooseAmount(e)} noValidate>
          <StepHeading>{t('tr.amount.title')}</StepHeading>
          <Summary rows={payeeRows()} />
          {accounts.length > 1 ? (
            <div className="field">
              <label htmlFor="tr-from">{t('tr.from')}</label>
              <select id="tr-from" value={fromId} onChange={(e) => setFromId(e.target.value)}>
                {accounts.map((a) => <option key={a.id} value={a.id}>{accountLabel(t, a)}</option>)}
              </select>
            </div>
          ) : from ? <p><span className="label-inline">{t('tr.from')}</span> {accountLabel(t, from)}</p> : null}
          {from ? <p className="note">{t('tr.balanceNow', { balance: fmt(from.balance) })}</p> : null}
          <LimitNote onLimits={setLimits} />
          <Field id="tr-amount" className="amount-field" label={t('tr.amount')} hint={t('tr.amountHint', { max: fmt(MAX_TRANSFER_YEN) })} value={amountText}
            onValue={setAmountText} error={amountError} inputMode="numeric" autoComplete="off" required />
          <div className="actions">
            <button type="button" className="btn btn-secondary" onClick={() => setStep(0)}>{t('common.back')}</button>
            <button type="submit" className="btn btn-primary">{t('common.next')}</button>
          </div>
        </form>
      ) : step === 2 ? (
        <div key="review">
          <StepHeading>{t('tr.review.title')}</StepHeading>
          <p>{t('tr.review.intro')}</p>
          <Summary testId="review" rows={[...payeeRows(), ...moneyRows()]} />
          <ReviewFactorNote me={me} registeredPayee={target?.kind === 'registered'} />
          {op.error ? (
            <Alert kind="error">
              <p>{limitRefusal ? t(limitRefusal.key, limitRefusal.vars) : t(`error.${op.error.code}`)}</p>
              {op.error.code === 'INSUFFICIENT_FUNDS' || op.error.code === 'DAILY_LIMIT_EXCEEDED' ? (
                <button type="button" className="btn btn-secondary" onClick={() => setStep(1)}>{t('tr.changeAmount')}</button>
              ) : null}
            </Alert>
          ) : null}
          <div className="actions">
            <button type="button" className="btn btn-secondary" onClick={() => setStep(1)}>{t('common.back')}</button>
            <button type="button" className="btn btn-primary" disabled={op.busy || fee === null} onClick={() => void toAuthorize()}>
              {op.busy ? t('tr.creating') : t('tr.toAuthorize')}
            </button>
          </div>
        </div>
      ) : step === 3 && created ? (
        <div key="authorize">
          <StepHeading>{t('auth.title')}</StepHeading>
          <p>{t('auth.intro')}</p>
          <AuthorizeFactorNote factors={created.factors} otp={created.otp} />
          <AuthorizeStep operation={created} onCompleted={(d) => { setDone(d); setStep(4); }} onBack={() => { setCreated(null); op.reset(); setStep(1); }} backLabel={t('tr.changeAmount')}>
            <Summary rows={[...payeeRows(), ...moneyRows()]} />
          </AuthorizeStep>
        </div>
      ) : done ? (
        <Receipt title={t('tr.receipt.title')} receiptNumber={done.receiptNumber} completedAt={done.completedAt} rows={[...payeeRows(), ...moneyRows()]}>
          <button type="button" className="btn btn-primary" onClick={() => navigate('home')}>{t('common.toHome')}</button>
          <button type="button" className="btn btn-secondary" onClick={again}>{t('tr.again')}</button>
        </Receipt>
      ) : null}
    </section>
  );
}
