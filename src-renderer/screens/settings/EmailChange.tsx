/**
 * 登録メールアドレスの変更: the new address with live advice; the one-time password of the current
 * destinations; then the password sent to the NEW address with the confirmation password. The
 * address only becomes the destination when the bank has seen that second password.
 */
import { useState, type FormEvent } from 'react';
import { maskEmail } from '../../../src-shared/domain/email-policy.js';
import { Alert } from '../../components/Alert.js';
import { AuthorizeStep, type Completed, type PendingOperation } from '../../components/AuthorizeStep.js';
import { EmailAdviceField } from '../../components/EmailAdviceField.js';
import { Field } from '../../components/Field.js';
import { StepHeading } from '../../components/Heading.js';
import { Receipt } from '../../components/Receipt.js';
import { SenderDomains } from '../../components/SenderDomains.js';
import { Summary } from '../../components/Summary.js';
import { WizardSteps } from '../../components/WizardSteps.js';
import { useT } from '../../i18n/use-t.js';
import { checkEmail, type EmailField, type FieldErrors } from '../../lib/forms.js';
import { useCreateOperation } from '../../lib/use-create-operation.js';
import { SettingsFrame } from './SettingsFrame.js';
import { useMe } from './use-me.js';

export function EmailChange({ onMenu }: { onMenu: () => void }) {
  const { t } = useT();
  const { me } = useMe();
  const [step, setStep] = useState(0);
  const [email, setEmail] = useState('');
  const [again, setAgain] = useState('');
  const [ack, setAck] = useState(false);
  const [errors, setErrors] = useState<FieldErrors<EmailField>>({});
  const [newEmail, setNewEmail] = useState('');
  const [pending, setPending] = useState<PendingOperation | null>(null);
  const [done, setDone] = useState<Completed | null>(null);
  const op = useCreateOperation();
  const restart = () => {
    setPending(null);
    op.reset();
    setStep(0);
  };
  const steps = [t('set.email.step.input'), t('set.email.step.current'), t('set.email.step.proof'), t('set.step.done')];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = checkEmail({ email, emailAgain: again, ack });
    const same = r.ok && me?.email === r.value.email;
    if (!r.ok || same) {
      const errs: FieldErrors<EmailField> = r.ok ? { email: { key: 'set.email.err.same' } } : r.errors;
      setErrors(errs);
      const first = errs.email ? 'set-email' : errs.emailAgain ? 'set-email-again' : 'set-email-ack';
      document.getElementById(first)?.focus();
      return;
    }
    setErrors({});
    const c = await op.create({ type: 'email-change', newEmail: r.value.email, ...(r.value.acknowledgeFreeMail ? { acknowledgeFreeMail: true } : {}) });
    if (c) {
      setNewEmail(r.value.email);
      setPending(c);
      setStep(1);
    }
  };

  const rows: [string, string][] = [
    [t('set.email.current'), me?.email ? maskEmail(me.email) : t('set.email.none')],
    [t('set.email.new'), newEmail],
  ];

  return (
    <SettingsFrame id="email" title={t('set.email.title')} onMenu={onMenu}>
      <WizardSteps steps={steps} current={step} />
      {step === 0 ? (
        <form key="input" onSubmit={(e) => void submit(e)} noValidate>
          <StepHeading>{t('set.email.step.input')}</StepHeading>
          <p>{t('set.email.intro')}</p>
          <Summary rows={[[t('set.email.current'), me ? (me.email ? maskEmail(me.email) : t('set.email.none')) : t('common.loading')]]} />
          <EmailAdviceField id="set-email" label={t('set.email.new')} hint={t('set.email.newHint')} value={email}
            onValue={(v) => { setEmail(v); op.reset(); }} acknowledged={ack} onAcknowledged={setAck} error={errors.email} ackError={errors.ack} />
          <Field id="set-email-again" label={t('set.email.again')} value={again} onValue={setAgain} error={errors.emailAgain}
            type="email" autoComplete="off" spellCheck={false} required />
          <SenderDomains />
          {op.error ? <Alert kind="error"><p>{t(`error.${op.error.code}`)}</p></Alert> : null}
          <div className="actions">
            <button type="button" className="btn btn-secondary" onClick={onMenu}>{t('common.cancel')}</button>
            <button type="submit" className="btn btn-primary" disabled={op.busy}>{op.busy ? t('set.sending') : t('set.email.toCurrent')}</button>
          </div>
        </form>
      ) : step === 1 && pending ? (
        <div key="current">
          <StepHeading>{t('set.email.step.current')}</StepHeading>
          <p>{t(pending.factors.includes('token-otp') ? 'set.email.currentTokenIntro' : 'set.email.currentIntro')}</p>
          <AuthorizeStep key="step1" operation={pending} submitLabel={t('set.toNext')} onCompleted={(d) => { setDone(d); setStep(3); }} onBack={restart} backLabel={t('set.startOver')}
            onNextStep={(next) => { setPending({ id: pending.id, factors: next.factors, otp: next.otp }); setStep(2); }}>
            <Summary rows={rows} />
          </AuthorizeStep>
        </div>
      ) : step === 2 && pending ? (
        <div key="proof">
          <StepHeading>{t('set.email.step.proof')}</StepHeading>
          <Alert kind="info" title={t('set.email.proofWhyTitle')}>
            <p>{t('set.email.proofWhy', { address: newEmail })}</p>
          </Alert>
          <AuthorizeStep key="step2" operation={pending} submitLabel={t('set.confirmChange')} onCompleted={(d) => { setDone(d); setStep(3); }} onBack={restart} backLabel={t('set.startOver')}>
            <Summary rows={rows} />
          </AuthorizeStep>
        </div>
      ) : done ? (
        <Receipt title={t('set.email.doneTitle')} receiptNumber={done.receiptNumber} completedAt={done.completedAt} rows={[[t('set.email.registered'), newEmail]]}>
          <button type="button" className="btn btn-primary" onClick={onMenu}>{t('set.backToMenu')}</button>
        </Receipt>
      ) : null}
    </SettingsFrame>
  );
}
