/**
 * Start-of-use (利用開始手続き): new login password and confirmation password, the address for
 * mail-notified passwords (the guide's advice before typing, live advice as the customer types, the
 * guidance in place without losing what was typed), then the password sent there. Nothing else
 * is reachable until it is done (the router allows only this screen).
 */
import { useState, type FormEvent } from 'react';
import type { OtpInfo } from '../../src-shared/bank-api/common.js';
import { normalizeOtpInput } from '../../src-shared/domain/text.js';
import type { IpcError } from '../../src-shared/ipc/errors.js';
import { Alert } from '../components/Alert.js';
import { AddressAdvice, EmailAdviceField } from '../components/EmailAdviceField.js';
import { Field } from '../components/Field.js';
import { OtpLockPanel } from '../components/OtpLock.js';
import { StepHeading } from '../components/Heading.js';
import { OtpPrompt } from '../components/OtpPrompt.js';
import { PasswordRules } from '../components/PasswordRules.js';
import { SenderDomains } from '../components/SenderDomains.js';
import { WizardSteps } from '../components/WizardSteps.js';
import { useT } from '../i18n/use-t.js';
import { netbank } from '../lib/bridge.js';
import { checkEmail, checkPasswords, type EmailField, type FieldErrors, type PasswordsField, type PasswordsInput } from '../lib/forms.js';
import { otpProblemFrom, type OtpProblem } from '../lib/otp.js';
import { useFocusAfterRender } from '../lib/use-focus-after-render.js';
import { useApp } from '../state/app-store.js';
import { logout, setSession } from '../state/session.js';
import { GuidanceBody } from './Guidance.js';

const EMPTY_PASSWORDS: PasswordsInput = { newLogin: '', newLoginAgain: '', confirm: '', confirmAgain: '' };
const FIELD_IDS: Record<PasswordsField | EmailField, string> = {
  newLogin: 'sou-new-login', newLoginAgain: 'sou-new-login-again', confirm: 'sou-confirm', confirmAgain: 'sou-confirm-again',
  email: 'sou-email', emailAgain: 'sou-email-again', ack: 'sou-email-ack',
};

function focusFirst(errors: Partial<Record<PasswordsField | EmailField, unknown>>): void {
  const first = (Object.keys(FIELD_IDS) as (PasswordsField | EmailField)[]).find((f) => errors[f]);
  if (first) document.getElementById(FIELD_IDS[first])?.focus();
}

export default function StartOfUse() {
  const { t } = useT();
  const [step, setStep] = useState(0);
  const [pw, setPw] = useState<PasswordsInput>(EMPTY_PASSWORDS);
  const [pwErrors, setPwErrors] = useState<FieldErrors<PasswordsField>>({});
  const [email, setEmail] = useState('');
  const [emailAgain, setEmailAgain] = useState('');
  const [ack, setAck] = useState(false);
  const [emailErrors, setEmailErrors] = useState<FieldErrors<EmailField>>({});
  // An error code, not text: the message follows a change of language.
  const [pageError, setPageError] = useState<IpcError['code'] | null>(null);
  const locked = useApp((s) => s.otpLocked);
  const [reenter, setReenter] = useState(false);
  const [otp, setOtp] = useState<OtpInfo | null>(null);
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<OtpProblem | null>(null);
  const [busy, setBusy] = useState(false);
  // The guidance opens in place of the form; every value typed so far stays in this component.
  const [guideOpen, setGuideOpen] = useState(false);
  const focusAfterRender = useFocusAfterRender();
  const steps = [t('sou.step.passwords'), t('sou.step.email'), t('sou.step.verify'), t('sou.step.done')];

  const setField = (field: keyof PasswordsInput) => (v: string) => setPw((p) => ({ ...p, [field]: v }));

  const toEmail = (e: FormEvent) => {
    e.preventDefault();
    const r = checkPasswords(pw);
    setPwErrors(r.ok ? {} : r.errors);
    if (!r.ok) return focusFirst(r.errors);
    setReenter(false);
    setPageError(null);
    setStep(1);
  };

  const send = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const pwChecked = checkPasswords(pw);
    const checked = checkEmail({ email, emailAgain, ack });
    setEmailErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) return focusFirst(checked.errors);
    if (!pwChecked.ok) {
      setStep(0);
      return;
    }
    setBusy(true);
    setPageError(null);
    const r = await netbank().startOfUse.submit({ ...pwChecked.value, ...checked.value });
    setBusy(false);
    setPw(EMPTY_PASSWORDS); // never kept after it was sent
    if (r.ok) {
      setOtp(r.value.otp);
      setStep(2);
      return;
    }
    // The passwords are gone: back to the first step, the reason shown there.
    setPageError(r.error.code);
    setReenter(true);
    setStep(0);
  };

  const verify = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const normalized = normalizeOtpInput(code);
    if (normalized === null) {
      setProblem({ kind: 'format' });
      document.getElementById('sou-otp')?.focus();
      return;
    }
    setBusy(true);
    const r = await netbank().startOfUse.verify({ mailOtp: normalized });
    setBusy(false);
    setCode('');
    if (r.ok) {
      setProblem(null);
      setStep(3);
      return;
    }
    const p = otpProblemFrom(r.error);
    setProblem(p);
    setPageError(p ? null : r.error.code);
    // A code that can be typed again: the field. One that needs a new password: the resend button.
    focusAfterRender(p?.kind === 'expired' || p?.kind === 'exceeded' || p?.kind === 'replaced' ? 'sou-otp-resend' : 'sou-otp');
  };

  // The bank's lock on one-time passwords (a refusal seen here): no address can be proved until the bank lifts it.
  if (locked) return <OtpLockPanel onMenu={() => void logout()} menuLabel={t('nav.logout')} stillOk={false} />;
  if (guideOpen) {
    return <GuidanceBody back={{ label: t('guide.backToForm'), onClick: () => { setGuideOpen(false); focusAfterRender('sou-advice-guide'); } }} />;
  }

  return (
    <section className="card wizard" aria-labelledby="sou-title">
      <h1 id="sou-title" className="page-title">{t('sou.title')}</h1>
      <WizardSteps steps={steps} current={step} />
      {step === 0 ? (
        <form key="passwords" onSubmit={toEmail} noValidate>
          <StepHeading>{t('sou.passwords.title')}</StepHeading>
          <p>{t('sou.intro')}</p>
          {pageError ? <Alert kind="error">{t(`error.${pageError}`)}</Alert> : null}
          {reenter ? <Alert kind="info">{t('sou.reenter')}</Alert> : null}
          <Field id="sou-new-login" label={t('sou.newLogin')} type="password" autoComplete="new-password" value={pw.newLogin}
            onValue={setField('newLogin')} error={pwErrors.newLogin} required aria-describedby="sou-new-login-rules" />
          <PasswordRules id="sou-new-login-rules" password={pw.newLogin} />
          <Field id="sou-new-login-again" label={t('sou.newLoginAgain')} type="password" autoComplete="new-password"
            value={pw.newLoginAgain} onValue={setField('newLoginAgain')} error={pwErrors.newLoginAgain} required />
          <p className="note" id="sou-confirm-what">{t('sou.confirmWhat')}</p>
          <Field id="sou-confirm" label={t('sou.confirm')} type="password" autoComplete="new-password" value={pw.confirm}
            onValue={setField('confirm')} error={pwErrors.confirm} required aria-describedby="sou-confirm-what sou-confirm-rules" />
          <PasswordRules id="sou-confirm-rules" password={pw.confirm} />
          <Field id="sou-confirm-again" label={t('sou.confirmAgain')} type="password" autoComplete="new-password"
            value={pw.confirmAgain} onValue={setField('confirmAgain')} error={pwErrors.confirmAgain} required />
          <div className="actions">
            <button type="submit" className="btn btn-primary">{t('common.next')}</button>
          </div>
        </form>
      ) : step === 1 ? (
        <form key="email" onSubmit={(e) => void send(e)} noValidate>
          <StepHeading>{t('sou.email.title')}</StepHeading>
          <AddressAdvice id="sou-advice" onGuide={() => setGuideOpen(true)} />
          <EmailAdviceField id="sou-email" label={t('sou.email')} hint={t('sou.emailHint')} value={email} onValue={setEmail}
            acknowledged={ack} onAcknowledged={setAck} error={emailErrors.email} ackError={emailErrors.ack} />
          <Field id="sou-email-again" label={t('sou.emailAgain')} type="email" inputMode="email" autoComplete="off" spellCheck={false}
            value={emailAgain} onValue={setEmailAgain} error={emailErrors.emailAgain} required />
          <SenderDomains />
          <div className="actions">
            <button type="button" className="btn btn-secondary" onClick={() => setStep(0)}>{t('common.back')}</button>
            <button type="submit" className="btn btn-primary" disabled={busy}>{busy ? t('sou.sending') : t('sou.send')}</button>
          </div>
        </form>
      ) : step === 2 && otp ? (
        <form key="verify" onSubmit={(e) => void verify(e)} noValidate>
          <StepHeading>{t('sou.verify.title')}</StepHeading>
          <p>{t('sou.verify.intro')}</p>
          {pageError ? <Alert kind="error">{t(`error.${pageError}`)}</Alert> : null}
          <OtpPrompt id="sou-otp" mode="mail" otp={otp} operationId={null} value={code}
            onValue={(v) => {
              setCode(v);
              if (problem?.kind === 'format' || problem?.kind === 'invalid') setProblem(null);
            }}
            problem={problem}
            resend={async () => await netbank().startOfUse.resendOtp({})}
            onResent={(next) => {
              setOtp(next);
              setProblem(null);
            }}
            disabled={busy} />
          <div className="actions">
            <button type="submit" className="btn btn-primary" disabled={busy}>{busy ? t('sou.verify.submitting') : t('sou.verify.submit')}</button>
          </div>
        </form>
      ) : (
        <div key="done">
          <StepHeading>{t('sou.done.title')}</StepHeading>
          <p>{t('sou.done.body')}</p>
          <div className="actions">
            <button type="button" className="btn btn-primary" onClick={() => setSession('ready')}>{t('sou.done.toHome')}</button>
          </div>
        </div>
      )}
    </section>
  );
}
