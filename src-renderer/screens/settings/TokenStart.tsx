/**
 * ワンタイムパスワード利用開始: what changes; the one-time password and confirmation password; then
 * the app is registered from a QR code drawn on this computer (or the secret typed by hand) and
 * its first code proves it. The provisioning URI lives only in this component while it is shown.
 */
import { useState } from 'react';
import { Alert } from '../../components/Alert.js';
import { AuthorizeStep, type Completed, type PendingOperation } from '../../components/AuthorizeStep.js';
import { StepHeading } from '../../components/Heading.js';
import { QrCode } from '../../components/QrCode.js';
import { Receipt } from '../../components/Receipt.js';
import { WizardSteps } from '../../components/WizardSteps.js';
import { useT } from '../../i18n/use-t.js';
import { useCreateOperation } from '../../lib/use-create-operation.js';
import { groupSecret, parseProvisioningUri } from './provisioning.js';
import { SettingsFrame } from './SettingsFrame.js';
import { useMe } from './use-me.js';

export function TokenStart({ onMenu, onRelease }: { onMenu: () => void; onRelease: () => void }) {
  const { t } = useT();
  const { me } = useMe();
  const [step, setStep] = useState(0);
  const [pending, setPending] = useState<PendingOperation | null>(null);
  const [uri, setUri] = useState<string | null>(null);
  const [done, setDone] = useState<Completed | null>(null);
  const op = useCreateOperation();
  const steps = [t('set.token.step.about'), t('set.token.step.identity'), t('set.token.step.enroll'), t('set.step.done')];
  const prov = uri ? parseProvisioningUri(uri) : null;

  const begin = async () => {
    const c = await op.create({ type: 'token-start' });
    if (c) {
      setPending(c);
      setStep(1);
    }
  };
  const restart = () => {
    setUri(null);
    setPending(null);
    op.reset();
    setStep(0);
  };
  const finish = (d: Completed) => {
    setUri(null);
    setDone(d);
    setStep(3);
  };

  return (
    <SettingsFrame id="token" title={t('set.token.title')} onMenu={onMenu}>
      <WizardSteps steps={steps} current={step} />
      {step === 0 ? (
        <div key="about">
          <StepHeading>{t('set.token.step.about')}</StepHeading>
          {me?.tokenState === 'active' ? (
            <Alert kind="info">
              <p>{t('set.token.already')}</p>
              <button type="button" className="btn btn-secondary" onClick={onRelease}>{t('set.release.title')}</button>
            </Alert>
          ) : (
            <>
              <p>{t('set.token.intro')}</p>
              <ul className="bullets">
                <li>{t('set.token.point.app')}</li>
                <li>{t('set.token.point.noMail')}</li>
                <li>{t('set.token.point.phone')}</li>
              </ul>
              {me?.tokenState === 'suspended' ? <p className="note">{t('set.token.suspendedNote')}</p> : null}
              {op.error ? <Alert kind="error"><p>{t(`error.${op.error.code}`)}</p></Alert> : null}
              <div className="actions">
                <button type="button" className="btn btn-secondary" onClick={onMenu}>{t('common.cancel')}</button>
                <button type="button" className="btn btn-primary" disabled={op.busy || !me} onClick={() => void begin()}>{op.busy ? t('set.sending') : t('set.token.begin')}</button>
              </div>
            </>
          )}
        </div>
      ) : step === 1 && pending ? (
        <div key="identity">
          <StepHeading>{t('set.token.step.identity')}</StepHeading>
          <p>{t('set.token.identityIntro')}</p>
          <AuthorizeStep key="step1" operation={pending} submitLabel={t('set.toNext')} onCompleted={finish} onBack={restart} backLabel={t('set.startOver')}
            onNextStep={(next) => { setUri(next.provisioningUri ?? null); setPending({ id: pending.id, factors: next.factors, otp: next.otp }); setStep(2); }} />
        </div>
      ) : step === 2 && pending ? (
        <div key="enroll">
          <StepHeading>{t('set.token.step.enroll')}</StepHeading>
          {uri && prov ? (
            <div className="token-enroll">
              <ol className="steps-list">
                <li>{t('set.token.enroll.open')}</li>
                <li>{t('set.token.enroll.scan')}</li>
                <li>{t('set.token.enroll.code')}</li>
              </ol>
              <div className="qr-box">
                <QrCode text={uri} label={t('set.token.qrLabel')} />
                <div className="manual">
                  <h3>{t('set.token.manualTitle')}</h3>
                  <p className="hint">{t('set.token.manualHint')}</p>
                  <dl className="summary">
                    <div className="summary-row"><dt>{t('set.token.secret')}</dt><dd><code className="secret" data-testid="token-secret">{groupSecret(prov.secret)}</code></dd></div>
                    {prov.account ? <div className="summary-row"><dt>{t('set.token.account')}</dt><dd>{prov.account}</dd></div> : null}
                    {prov.issuer ? <div className="summary-row"><dt>{t('set.token.issuer')}</dt><dd>{prov.issuer}</dd></div> : null}
                    <div className="summary-row"><dt>{t('set.token.kind')}</dt><dd>{t('set.token.kindValue', { digits: prov.digits, period: prov.period })}</dd></div>
                  </dl>
                </div>
              </div>
              <Alert kind="warning"><p>{t('set.token.onceWarning')}</p></Alert>
            </div>
          ) : (
            <Alert kind="error"><p>{t('set.token.noUri')}</p></Alert>
          )}
          <AuthorizeStep key="step2" operation={pending} submitLabel={t('set.token.activate')} onCompleted={finish} onBack={restart} backLabel={t('set.startOver')} />
        </div>
      ) : done ? (
        <Receipt title={t('set.token.doneTitle')} receiptNumber={done.receiptNumber} completedAt={done.completedAt} rows={[[t('set.token.stateNow'), t('set.token.stateActive')]]}>
          <button type="button" className="btn btn-primary" onClick={onMenu}>{t('set.backToMenu')}</button>
        </Receipt>
      ) : null}
    </SettingsFrame>
  );
}
