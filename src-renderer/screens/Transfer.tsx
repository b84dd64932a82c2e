/**
 * Transfer wizard: payee (registered, or new with katakana normalization), amount with limits and
 * the fee, review, authorize (the shared AuthorizeStep with the OTP prompt), receipt.
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { Account, Payee } from '../../src-shared/bank-api/accounts.js';
import type { AdHocPayee, CreateOperationResponse } from '../../src-shared/bank-api/operations.js';
import { ACCOUNT_TYPES, maskAccountNumber } from '../../src-shared/domain/account.js';
import { MAX_TRANSFER_YEN } from '../../src-shared/domain/money.js';
import type { IpcError } from '../../src-shared/ipc/errors.js';
import { Alert } from '../components/Alert.js';
import { AuthorizeStep, type Completed } from '../components/AuthorizeStep.js';
import { Field, FieldMessage } from '../components/Field.js';
import { StepHeading } from '../components/Heading.js';
import { Receipt } from '../components/Receipt.js';
import { Summary } from '../components/Summary.js';
import { WizardSteps } from '../components/WizardSteps.js';
import { yen } from '../i18n/i18n.js';
import { useT } from '../i18n/use-t.js';
import { netbank } from '../lib/bridge.js';
import { checkAmount, checkPayee, payeeNamePreview, type FieldError, type FieldErrors, type PayeeField, type PayeeInput } from '../lib/forms.js';
import { accountLabel } from '../lib/labels.js';
import { useCreateOperation } from '../lib/use-create-operation.js';
import { navigate } from '../state/app-store.js';
import { watch } from '../state/session.js';

const EMPTY_PAYEE: PayeeInput = { bankCode: '', branchCode: '', accountType: 'ordinary', accountNumber: '', name: '' };

type Target = { kind: 'registered'; payee: Payee } | { kind: 'new'; payee: AdHocPayee };

export default function Transfer() {
  const { t, lang } = useT();
  const [step, setStep] = useState(0);
  const [accounts, setAccounts] = useState<Account[]>([]);
  const [payees, setPayees] = useState<Payee[] | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [mode, setMode] = useState<'registered' | 'new'>('registered');
  const [payeeId, setPayeeId] = useState('');
  const [payeeInput, setPayeeInput] = useState<PayeeInput>(EMPTY_PAYEE);
  const [payeeErrors, setPayeeErrors] = useState<FieldErrors<PayeeField | 'pick'>>({});
  const [target, setTarget] = useState<Target | null>(null);
  const [fromId, setFromId] = useState('');
  const [amountText, setAmountText] = useState('');
  const [amountError, setAmountError] = useState<FieldError | null>(null);
  const [amount, setAmount] = useState(0);
  const [fee, setFee] = useState<number | null>(null);
  // Error codes, not text: a message follows a change of language.
  const [feeError, setFeeError] = useState<IpcError['code'] | null>(null);
  const [created, setCreated] = useState<CreateOperationResponse | null>(null);
  const [done, setDone] = useState<Completed | null>(null);
  const op = useCreateOperation();
  const fmt = (n: number) => yen(n, lang);

  useEffect(() => {
    void (async () => {
      const [a, p] = await Promise.all([netbank().accounts.list({}), netbank().payees.list({})]);
      watch(a);
      watch(p);
      if (a.ok) {
        setAccounts(a.value.accounts);
        setFromId((id) => id || a.value.accounts[0]?.id || '');
      }
      if (p.ok) {
        setPayees(p.value.payees);
        if (p.value.payees.length === 0) setMode('new');
      }
      if (!a.ok || !p.ok) setLoadFailed(true);
    })();
  }, []);

  const from = accounts.find((a) => a.id === fromId) ?? null;
  const steps = [t('tr.step.payee'), t('tr.step.amount'), t('tr.step.review'), t('tr.step.authorize'), t('tr.step.receipt')];
  const setPayeeField = (f: keyof PayeeInput) => (v: string) => setPayeeInput((p) => ({ ...p, [f]: v }));

  const choosePayee = (e: FormEvent) => {
    e.preventDefault();
    if (mode === 'registered') {
      const payee = payees?.find((p) => p.id === payeeId);
      if (!payee) {
        setPayeeErrors({ pick: { key: 'tr.payee.err.pick' } });
        document.getElementById('tr-payee-0')?.focus();
        return;
      }
      setTarget({ kind: 'registered', payee });
    } else {
      const r = checkPayee(payeeInput);
      if (!r.ok) {
        setPayeeErrors(r.errors);
        const first = (['bankCode', 'branchCode', 'accountType', 'accountNumber', 'name'] as const).find((f) => r.errors[f]);
        if (first) document.getElementById(`tr-${first}`)?.focus();
        return;
      }
      setTarget({ kind: 'new', payee: r.value });
    }
    setPayeeErrors({});
    op.reset();
    setStep(1);
  };

  const chooseAmount = async (e: FormEvent) => {
    e.preventDefault();
    const r = checkAmount(amountText, fmt);
    if (!r.ok) {
      setAmountError(r.error);
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
    setPayeeInput(EMPTY_PAYEE);
    op.reset();
  };

  const payeeRows = (): [string, string][] => {
    if (!target) return [];
    const p = target.payee;
    const bank = target.kind === 'registered' ? `${target.payee.bankName} ${target.payee.branchName}` : `${p.bankCode} / ${p.branchCode}`;
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

  const preview = payeeNamePreview(payeeInput.name);

  return (
    <section className="card wizard" aria-labelledby="tr-title">
      <h1 id="tr-title" className="page-title">{t('tr.title')}</h1>
      <WizardSteps steps={steps} current={step} />
      {loadFailed ? <Alert kind="error">{t('home.loadError')}</Alert> : null}

      {step === 0 ? (
        <form key="payee" onSubmit={choosePayee} noValidate>
          <StepHeading>{t('tr.payee.title')}</StepHeading>
          <fieldset className="choice">
            <legend>{t('tr.payee.kind')}</legend>
            {(['registered', 'new'] as const).map((m) => (
              <div className="radio-card" key={m}>
                <input type="radio" id={`tr-mode-${m}`} name="tr-mode" value={m} checked={mode === m} onChange={() => setMode(m)} aria-describedby={`tr-mode-${m}-hint`} />
                <label htmlFor={`tr-mode-${m}`}>{t(`tr.payee.${m}`)}</label>
                <p id={`tr-mode-${m}-hint`} className="hint">{t(m === 'registered' ? 'tr.payee.registeredHint' : 'tr.payee.newHint')}</p>
              </div>
            ))}
          </fieldset>
          {mode === 'registered' ? (
            payees && payees.length > 0 ? (
              <fieldset className="choice" aria-describedby={payeeErrors.pick ? 'tr-pick-error' : undefined}>
                <legend>{t('tr.payee.pick')}</legend>
                {payees.map((p, i) => (
                  <div className="radio-card" key={p.id}>
                    <input type="radio" id={`tr-payee-${i}`} name="tr-payee" value={p.id} checked={payeeId === p.id} onChange={() => setPayeeId(p.id)} />
                    <label htmlFor={`tr-payee-${i}`}>
                      <span className="payee-name">{p.name}</span>
                      <span className="payee-detail">{p.bankName} {p.branchName} {t(`acct.${p.accountType}`)} {maskAccountNumber(p.accountNumber)}</span>
                    </label>
                  </div>
                ))}
                <FieldMessage id="tr-pick" error={payeeErrors.pick} />
              </fieldset>
            ) : payees ? <p>{t('tr.payee.none')}</p> : <p role="status">{t('common.loading')}</p>
          ) : (
            <div className="grid-2">
              <Field id="tr-bankCode" label={t('tr.bankCode')} value={payeeInput.bankCode} onValue={setPayeeField('bankCode')} error={payeeErrors.bankCode} inputMode="numeric" autoComplete="off" required />
              <Field id="tr-branchCode" label={t('tr.branchCode')} value={payeeInput.branchCode} onValue={setPayeeField('branchCode')} error={payeeErrors.branchCode} inputMode="numeric" autoComplete="off" required />
              <div className={`field${payeeErrors.accountType ? ' has-error' : ''}`}>
                <label htmlFor="tr-accountType">{t('tr.accountType')}</label>
                <select id="tr-accountType" value={payeeInput.accountType} onChange={(e) => setPayeeField('accountType')(e.target.value)}
                  aria-describedby={payeeErrors.accountType ? 'tr-accountType-error' : undefined}>
                  {ACCOUNT_TYPES.map((a) => <option key={a} value={a}>{t(`acct.${a}`)}</option>)}
                </select>
                <FieldMessage id="tr-accountType" error={payeeErrors.accountType} />
              </div>
              <Field id="tr-accountNumber" label={t('tr.accountNumber')} value={payeeInput.accountNumber} onValue={setPayeeField('accountNumber')} error={payeeErrors.accountNumber} inputMode="numeric" autoComplete="off" required />
              <Field id="tr-name" className="span-2" label={t('tr.name')} hint={t('tr.nameHint')} value={payeeInput.name} onValue={setPayeeField('name')} error={payeeErrors.name} autoComplete="off" required
                aria-describedby="tr-name-preview"
                after={<p id="tr-name-preview" className="preview" aria-live="polite" data-testid="payee-name-preview">{preview ? t('tr.namePreview', { name: preview }) : ''}</p>} />
            </div>
          )}
          <div className="actions">
            <button type="button" className="btn btn-secondary" onClick={() => navigate('home')}>{t('common.cancel')}</button>
            <button type="submit" className="btn btn-primary">{t('common.next')}</button>
          </div>
        </form>
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
          {target?.kind === 'new' ? <p className="note">{t('tr.review.mailNote')}</p> : null}
          {op.error ? (
            <Alert kind="error">
              <p>{t(`error.${op.error.code}`)}</p>
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
