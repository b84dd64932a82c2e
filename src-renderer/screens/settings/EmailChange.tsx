/**
 * 登録メールアドレスの変更: the new address with live advice; the one-time password of the current
 * destinations; then the password sent to the NEW address with the confirmation password. The
 * address only becomes the destination when the bank has seen that second password.
 */
import { useState, type FormEvent } from 'react';
import { maskEmail } from '../../../src-shared/domain/email-policy.js';
import { Alert } from '../../components/Alert.js';
import { AuthorizeStep } from '../../components/AuthorizeStep.js';
import { EmailAdviceField } from '../../components/EmailAdviceField.js';
import { Field } from '../../components/Field.js';
import { CreateActions, CreateError } from '../../components/flow/FlowActions.js';
import { StepHeading } from '../../components/Heading.js';
import { SenderDomains } from '../../components/SenderDomains.js';
import { Summary } from '../../components/Summary.js';
import { WizardSteps } from '../../components/WizardSteps.js';
import { useT } from '../../i18n/use-t.js';
import { checkEmail, type EmailField, type FieldErrors } from '../../lib/forms.js';
import { useOperationFlow } from '../../lib/flow/use-operation-flow.js';
import { SettingsFrame } from './SettingsFrame.js';
import { useMe } from './use-me.js';
import { AuthorizePart, BackToMenu, DonePart } from '../../components/flow/FlowSteps.js';

const ORDER = ['input', 'authorize', 'next', 'done'] as const;

export function EmailChange({ onMenu }: { onMenu: () => void }) {
  const { t } = useT();
  const { me } = useMe();
  const flow = useOperationFlow(ORDER);
  const [email, setEmail] = useState('');
  const [again, setAgain] = useState('');
  const [ack, setAck] = useState(false);
  const [errors, setErrors] = useState<FieldErrors<EmailField>>({});
  const [newEmail, setNewEmail] = useState('');
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
    const c = await flow.create({ type: 'email-change', newEmail: r.value.email, ...(r.value.acknowledgeFreeMail ? { acknowledgeFreeMail: true } : {}) });
    if (c) setNewEmail(r.value.email);
  };

  const rows: [string, string][] = [
    [t('set.email.current'), me?.email ? maskEmail(me.email) : t('set.email.none')],
    [t('set.email.new'), newEmail],
  ];

  return (
    <SettingsFrame id="email" title={t('set.email.title')} onMenu={onMenu}>
      <WizardSteps steps={steps} current={flow.index} />
      {flow.step === 'input' ? (
        <form key="input" onSubmit={(e) => void submit(e)} noValidate>
          <StepHeading>{t('set.email.step.input')}</StepHeading>
          <p>{t('set.email.intro')}</p>
          <Summary rows={[[t('set.email.current'), me ? (me.email ? maskEmail(me.email) : t('set.email.none')) : t('common.loading')]]} />
          <EmailAdviceField id="set-email" label={t('set.email.new')} hint={t('set.email.newHint')} value={email}
            onValue={(v) => { setEmail(v); flow.resetError(); }} acknowledged={ack} onAcknowledged={setAck} error={errors.email} ackError={errors.ack} />
          <Field id="set-email-again" label={t('set.email.again')} value={again} onValue={setAgain} error={errors.emailAgain}
            type="email" autoComplete="off" spellCheck={false} required />
          <SenderDomains />
          <CreateError error={flow.error} />
          <CreateActions busy={flow.busy} sendKey="set.email.toCurrent" onCancel={onMenu} />
        </form>
      ) : null}
      {flow.step === 'authorize' && flow.pending ? (
        <AuthorizePart key="current" heading={t('set.email.step.current')}
          intro={t(flow.pending.factors.includes('token-otp') ? 'set.email.currentTokenIntro' : 'set.email.currentIntro')}
          operation={flow.pending} submitLabel={t('set.toNext')} onCompleted={flow.complete} onBack={() => flow.startOver()} backLabel={t('set.startOver')}
          onNextStep={(next) => flow.next(next)}>
          <Summary rows={rows} />
        </AuthorizePart>
      ) : null}
      {flow.step === 'next' && flow.pending ? (
        <div key="proof">
          <StepHeading>{t('set.email.step.proof')}</StepHeading>
          <Alert kind="info" title={t('set.email.proofWhyTitle')}>
            <p>{t('set.email.proofWhy', { address: newEmail })}</p>
          </Alert>
          <AuthorizeStep key="step2" operation={flow.pending} submitLabel={t('set.confirmChange')} onCompleted={flow.complete} onBack={() => flow.startOver()} backLabel={t('set.startOver')}>
            <Summary rows={rows} />
          </AuthorizeStep>
        </div>
      ) : null}
      {flow.step === 'done' && flow.done ? (
        <DonePart done={flow.done} title={t('set.email.doneTitle')} rows={[[t('set.email.registered'), newEmail]]}>
          <BackToMenu onMenu={onMenu} />
        </DonePart>
      ) : null}
    </SettingsFrame>
  );
}
