/**
 * ログイン通知メール: on or off. Stopping them is a change of registered details (the second factor
 * and the confirmation password, through the operation login-notice-change); turning them back on
 * needs nothing extra.
 */
import { useState } from 'react';
import type { Me } from '../../../src-shared/bank-api/customer.js';
import { maskEmail } from '../../../src-shared/domain/email-policy.js';
import type { IpcError } from '../../../src-shared/ipc/errors.js';
import { Alert } from '../../components/Alert.js';
import { AuthorizeStep, type Completed, type PendingOperation } from '../../components/AuthorizeStep.js';
import { StepHeading } from '../../components/Heading.js';
import { Receipt } from '../../components/Receipt.js';
import { WizardSteps } from '../../components/WizardSteps.js';
import { useT } from '../../i18n/use-t.js';
import { netbank, newIntentId } from '../../lib/bridge.js';
import { useCreateOperation } from '../../lib/use-create-operation.js';
import { useApp } from '../../state/app-store.js';
import { watch } from '../../state/session.js';
import { listOf } from './list.js';
import { SettingsFrame } from './SettingsFrame.js';
import { useMe } from './use-me.js';

/** Where the bank sends the notice: the registered address and every Select address in use (masked). */
function recipients(me: Me): string[] {
  const list = me.email ? [me.email] : [];
  for (const s of me.selectEmail) if (s.use && s.address && !list.includes(s.address)) list.push(s.address);
  return list.map(maskEmail);
}

export function LoginNotice({ onMenu }: { onMenu: () => void }) {
  const { t, lang } = useT();
  const { me, reload } = useMe();
  const domain = useApp((s) => s.info?.profile.noticeSenderDomain);
  const [step, setStep] = useState(0);
  const [pending, setPending] = useState<PendingOperation | null>(null);
  const [done, setDone] = useState<Completed | null>(null);
  const [turningOn, setTurningOn] = useState(false);
  const [onResult, setOnResult] = useState<'done' | IpcError | null>(null);
  const op = useCreateOperation();
  const steps = [t('lgn.notice.step.about'), t('set.step.confirm'), t('set.step.done')];

  const stop = async () => {
    const c = await op.create({ type: 'login-notice-change', enabled: false });
    if (c) {
      setPending(c);
      setStep(1);
    }
  };
  const turnOn = async () => {
    setTurningOn(true);
    const r = watch(await netbank().customer.loginNoticeOn({ intentId: newIntentId() }));
    setTurningOn(false);
    setOnResult(r.ok ? 'done' : r.error);
    if (r.ok) await reload();
  };

  const to = me ? recipients(me) : [];
  const about = me ? (
    <>
      <p>{t('lgn.notice.intro')}</p>
      <p>{to.length ? t('lgn.notice.to', { list: listOf(to, lang) }) : t('lgn.notice.noAddress')}</p>
      {domain ? <p className="note">{t('lgn.notice.from', { domain })}</p> : null}
    </>
  ) : null;

  return (
    <SettingsFrame id="login-notice" title={t('lgn.notice.title')} onMenu={onMenu}>
      {!me ? <p role="status">{t('common.loading')}</p> : me.loginNotice === undefined ? (
        <Alert kind="error"><p>{t('lgn.notice.unknown')}</p></Alert>
      ) : step === 0 && me.loginNotice === false ? (
        <div key="off" data-testid="login-notice-off">
          {about}
          <p className="state-line"><strong data-testid="login-notice-state">{t('lgn.notice.stateOff')}</strong></p>
          {onResult === 'done' ? null : <p>{t('lgn.notice.onIntro')}</p>}
          {onResult && onResult !== 'done' ? <Alert kind="error"><p>{t(`error.${onResult.code}`)}</p></Alert> : null}
          <div className="actions">
            <button type="button" className="btn btn-primary" disabled={turningOn} onClick={() => void turnOn()}>
              {turningOn ? t('lgn.notice.turningOn') : t('lgn.notice.turnOn')}
            </button>
          </div>
        </div>
      ) : (
        <>
          <WizardSteps steps={steps} current={step} />
          {step === 0 ? (
            <div key="on" data-testid="login-notice-on">
              <StepHeading>{t('lgn.notice.step.about')}</StepHeading>
              {onResult === 'done' ? <Alert kind="success"><p>{t('lgn.notice.onDone')}</p></Alert> : null}
              {about}
              <p className="state-line"><strong data-testid="login-notice-state">{t('lgn.notice.stateOn')}</strong></p>
              <Alert kind="warning"><p>{t('lgn.notice.offWarning')}</p></Alert>
              <p>{t(me.secondFactor === 'token' ? 'lgn.notice.offNeedsToken' : me.secondFactor === 'none' ? 'lgn.notice.offNeedsConfirm' : 'lgn.notice.offNeeds')}</p>
              {op.error ? <Alert kind="error"><p>{t(`error.${op.error.code}`)}</p></Alert> : null}
              <div className="actions">
                <button type="button" className="btn btn-secondary" onClick={onMenu}>{t('common.cancel')}</button>
                <button type="button" className="btn btn-primary" disabled={op.busy} onClick={() => void stop()}>{op.busy ? t('set.sending') : t('lgn.notice.toOff')}</button>
              </div>
            </div>
          ) : step === 1 && pending ? (
            <div key="confirm">
              <StepHeading>{t('set.step.confirm')}</StepHeading>
              <p>{t('lgn.notice.confirmIntro')}</p>
              <AuthorizeStep
                operation={pending}
                submitLabel={t('lgn.notice.submitOff')}
                onCompleted={(d) => { setDone(d); setStep(2); void reload(); }}
                onBack={() => { setPending(null); op.reset(); setStep(0); }}
                backLabel={t('set.startOver')}
              />
            </div>
          ) : done ? (
            <Receipt title={t('lgn.notice.offDone')} receiptNumber={done.receiptNumber} completedAt={done.completedAt} rows={[[t('lgn.notice.stateNow'), t('lgn.notice.off')]]}>
              <button type="button" className="btn btn-primary" onClick={onMenu}>{t('set.backToMenu')}</button>
            </Receipt>
          ) : null}
        </>
      )}
    </SettingsFrame>
  );
}
