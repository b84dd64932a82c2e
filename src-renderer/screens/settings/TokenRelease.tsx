/**
 * ワンタイムパスワード利用解除 (for a phone change): says plainly that mail-notified passwords apply
 * again until the app is registered anew, then takes the confirmation password.
 */
import { useState } from 'react';
import { maskEmail } from '../../../src-shared/domain/email-policy.js';
import { Alert } from '../../components/Alert.js';
import { AuthorizeStep, type Completed, type PendingOperation } from '../../components/AuthorizeStep.js';
import { StepHeading } from '../../components/Heading.js';
import { Receipt } from '../../components/Receipt.js';
import { WizardSteps } from '../../components/WizardSteps.js';
import { useT } from '../../i18n/use-t.js';
import { useCreateOperation } from '../../lib/use-create-operation.js';
import { SettingsFrame } from './SettingsFrame.js';
import { useMe } from './use-me.js';

export function TokenRelease({ onMenu }: { onMenu: () => void }) {
  const { t } = useT();
  const { me } = useMe();
  const [step, setStep] = useState(0);
  const [pending, setPending] = useState<PendingOperation | null>(null);
  const [done, setDone] = useState<Completed | null>(null);
  const op = useCreateOperation();
  const steps = [t('set.release.step.about'), t('set.step.confirm'), t('set.step.done')];
  const mailTo = me?.email ? maskEmail(me.email) : t('set.email.none');

  const begin = async () => {
    const c = await op.create({ type: 'token-release' });
    if (c) {
      setPending(c);
      setStep(1);
    }
  };

  return (
    <SettingsFrame id="release" title={t('set.release.title')} onMenu={onMenu}>
      <WizardSteps steps={steps} current={step} />
      {step === 0 ? (
        <div key="about">
          <StepHeading>{t('set.release.step.about')}</StepHeading>
          {me && me.tokenState !== 'active' ? (
            <Alert kind="info"><p>{t('set.release.notActive')}</p></Alert>
          ) : (
            <>
              <p>{t('set.release.intro')}</p>
              <Alert kind="warning" title={t('set.release.afterTitle')}>
                <p>{t('set.release.after', { address: mailTo })}</p>
              </Alert>
              {op.error ? <Alert kind="error"><p>{t(`error.${op.error.code}`)}</p></Alert> : null}
              <div className="actions">
                <button type="button" className="btn btn-secondary" onClick={onMenu}>{t('common.cancel')}</button>
                <button type="button" className="btn btn-primary" disabled={op.busy || !me} onClick={() => void begin()}>{op.busy ? t('set.sending') : t('set.release.toConfirm')}</button>
              </div>
            </>
          )}
        </div>
      ) : step === 1 && pending ? (
        <div key="confirm">
          <StepHeading>{t('set.step.confirm')}</StepHeading>
          <p>{t('set.release.confirmIntro')}</p>
          <AuthorizeStep operation={pending} submitLabel={t('set.release.submit')} onCompleted={(d) => { setDone(d); setStep(2); }} onBack={() => { setPending(null); op.reset(); setStep(0); }} backLabel={t('set.startOver')} />
        </div>
      ) : done ? (
        <Receipt title={t('set.release.doneTitle')} receiptNumber={done.receiptNumber} completedAt={done.completedAt} rows={[[t('set.token.stateNow'), t('set.release.stateSuspended')], [t('set.release.factorNow'), t('set.release.doneNote', { address: mailTo })]]}>
          <button type="button" className="btn btn-primary" onClick={onMenu}>{t('set.backToMenu')}</button>
        </Receipt>
      ) : null}
    </SettingsFrame>
  );
}
