/**
 * Transfer wizard: payee (registered, or new with the bank's directory naming the codes; see
 * transfer/PayeeStep), amount with limits and the fee (transfer/AmountStep), review (with what
 * confirming will take), authorize (the shared AuthorizeStep with the OTP prompt), receipt. The
 * payee's bank and branch are shown by name with their codes beside them on every step after the
 * first. The steps and their moves are the shared operation flow's (lib/flow).
 */
import { useEffect, useState } from 'react';
import { Alert } from '../components/Alert.js';
import { CreateError, ReviewActions } from '../components/flow/FlowActions.js';
import { StepHeading } from '../components/Heading.js';
import { Summary } from '../components/Summary.js';
import { WizardSteps } from '../components/WizardSteps.js';
import { yen } from '../i18n/i18n.js';
import { useT } from '../i18n/use-t.js';
import { useBankNames } from '../lib/bank-name.js';
import { netbank } from '../lib/bridge.js';
import { useFromAccount } from '../lib/flow/use-from-account.js';
import { useOperationFlow } from '../lib/flow/use-operation-flow.js';
import { overLimit } from '../lib/limits.js';
import { useBankValue } from '../lib/use-bank-value.js';
import { navigate } from '../state/app-store.js';
import { AmountStep } from './transfer/AmountStep.js';
import { AuthorizeFactorNote, ReviewFactorNote } from './transfer/FactorNote.js';
import { EMPTY_PAYEE, PayeeStep, usePayeeForm, type Target } from './transfer/PayeeStep.js';
import { moneyRows, payeeRows, type Fee } from './transfer/rows.js';
import { AuthorizePart, DonePart } from '../components/flow/FlowSteps.js';

const ORDER = ['choose', 'input', 'review', 'authorize', 'done'] as const;
/** Refusals about the amount: the review offers to change it. */
const AMOUNT_REFUSALS = new Set(['INSUFFICIENT_FUNDS', 'DAILY_LIMIT_EXCEEDED']);

export default function Transfer() {
  const { t, lang } = useT();
  const names = useBankNames();
  const fmt = (n: number) => yen(n, lang);
  const flow = useOperationFlow(ORDER);
  const account = useFromAccount();
  // What the bank says confirming will take; without it the screens say the next step will tell.
  const me = useBankValue(() => netbank().customer.me({})).value;
  const payees = useBankValue(() => netbank().payees.list({}));
  const payeeForm = usePayeeForm();
  const { setMode, setInput } = payeeForm;
  const [target, setTarget] = useState<Target | null>(null);
  const [amountText, setAmountText] = useState('');
  const [amount, setAmount] = useState(0);
  const [fee, setFee] = useState<Fee>({ state: 'asking' });
  const from = account.from;

  useEffect(() => {
    if (payees.value?.payees.length === 0) setMode('new');
  }, [payees.value, setMode]);

  const chooseAmount = async (value: number) => {
    setAmount(value);
    setFee({ state: 'asking' });
    flow.proceed('review');
    const f = await netbank().transfers.fee({ bankCode: target!.payee.bankCode, amount: value });
    setFee(f.ok ? { state: 'known', yen: f.value.fee } : { state: 'failed', code: f.error.code });
  };

  const toAuthorize = () => {
    if (!target || !from) return;
    void flow.create(target.kind === 'registered'
      ? { type: 'transfer', fromAccountId: from.id, amount, payeeId: target.payee.id }
      : { type: 'transfer', fromAccountId: from.id, amount, payee: target.payee });
  };

  const steps = [t('tr.step.payee'), t('tr.step.amount'), t('tr.step.review'), t('tr.step.authorize'), t('tr.step.receipt')];
  const rows = (): [string, string][] => [...payeeRows(t, names, target), ...moneyRows(t, from, amount, fee, fmt)];
  const refusal = flow.error;
  // The bank's refusal over today's limit says what is left: the screen says it too.
  const limitRefusal = refusal?.code === 'DAILY_LIMIT_EXCEEDED' ? overLimit(amount, refusal.remainingToday, fmt) : null;

  return (
    <section className="card wizard" aria-labelledby="tr-title">
      <h1 id="tr-title" className="page-title">{t('tr.title')}</h1>
      <WizardSteps steps={steps} current={flow.index} />
      {payees.failed ? (
        <Alert kind="error">
          <p>{t('home.loadError')}</p>
          <button type="button" className="btn btn-secondary" onClick={() => void payees.reload()}>{t('common.retry')}</button>
        </Alert>
      ) : null}

      {flow.step === 'choose' ? (
        <PayeeStep form={payeeForm} payees={payees.value?.payees ?? null} me={me} onChosen={(chosen) => { setTarget(chosen); flow.proceed('input'); }} />
      ) : null}
      {flow.step === 'input' ? (
        <AmountStep account={account} text={amountText} onText={setAmountText} payeeRows={payeeRows(t, names, target)}
          onBack={() => flow.go('choose')} onAmount={(v) => void chooseAmount(v)} />
      ) : null}
      {flow.step === 'review' ? (
        <div key="review">
          <StepHeading>{t('tr.review.title')}</StepHeading>
          <p>{t('tr.review.intro')}</p>
          <Summary testId="review" rows={rows()} />
          <ReviewFactorNote me={me} registeredPayee={target?.kind === 'registered'} />
          <CreateError error={refusal} message={limitRefusal ? t(limitRefusal.key, limitRefusal.vars) : null}>
            {refusal && AMOUNT_REFUSALS.has(refusal.code) ? (
              <button type="button" className="btn btn-secondary" onClick={() => flow.go('input')}>{t('tr.changeAmount')}</button>
            ) : null}
          </CreateError>
          <ReviewActions busy={flow.busy} disabled={fee.state !== 'known' || !from} onBack={() => flow.go('input')} onAuthorize={toAuthorize} />
        </div>
      ) : null}
      {flow.step === 'authorize' && flow.created ? (
        <AuthorizePart key="authorize" heading={t('auth.title')} intro={t('auth.intro')} note={<AuthorizeFactorNote factors={flow.created.factors} otp={flow.created.otp} />}
          operation={flow.created} onCompleted={flow.complete} onBack={() => flow.startOver('input')} backLabel={t('tr.changeAmount')}>
          <Summary rows={rows()} />
        </AuthorizePart>
      ) : null}
      {flow.step === 'done' && flow.done ? (
        <DonePart done={flow.done} title={t('tr.receipt.title')} rows={rows()}>
          <button type="button" className="btn btn-primary" onClick={() => navigate('home')}>{t('common.toHome')}</button>
          <button type="button" className="btn btn-secondary" onClick={() => flow.again(() => { setTarget(null); setAmountText(''); setInput(EMPTY_PAYEE); })}>{t('tr.again')}</button>
        </DonePart>
      ) : null}
    </section>
  );
}
