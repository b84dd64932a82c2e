/**
 * ワンタイムパスワード利用開始: what changes; the one-time password and confirmation password; then
 * the app is registered from a QR code drawn on this computer (or the secret typed by hand) and
 * its first code proves it. The provisioning URI lives only in this component while it is shown.
 */
import { useState } from 'react';
import { Alert } from '../../components/Alert.js';
import { AuthorizeStep, type Completed } from '../../components/AuthorizeStep.js';
import { CreateActions, CreateError } from '../../components/flow/FlowActions.js';
import { StepHeading } from '../../components/Heading.js';
import { QrCode } from '../../components/QrCode.js';
import { WizardSteps } from '../../components/WizardSteps.js';
import { useT } from '../../i18n/use-t.js';
import { useOperationFlow } from '../../lib/flow/use-operation-flow.js';
import { groupSecret, parseProvisioningUri } from './provisioning.js';
import { SettingsFrame } from './SettingsFrame.js';
import { useMe } from './use-me.js';
import { AuthorizePart, BackToMenu, DonePart } from '../../components/flow/FlowSteps.js';

const ORDER = ['intro', 'authorize', 'next', 'done'] as const;

/** The QR code and the secret to register the app with, or why they are missing. */
function Enrollment({ uri }: { uri: string | null }) {
  const { t } = useT();
  const prov = uri ? parseProvisioningUri(uri) : null;
  if (!uri || !prov) return <Alert kind="error"><p>{t('set.token.noUri')}</p></Alert>;
  return (
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
  );
}

export function TokenStart({ onMenu, onRelease }: { onMenu: () => void; onRelease: () => void }) {
  const { t } = useT();
  const { me } = useMe();
  const [uri, setUri] = useState<string | null>(null);
  const flow = useOperationFlow(ORDER);
  const steps = [t('set.token.step.about'), t('set.token.step.identity'), t('set.token.step.enroll'), t('set.step.done')];
  const restart = () => {
    setUri(null);
    flow.startOver();
  };
  const finish = (d: Completed) => {
    setUri(null);
    flow.complete(d);
  };

  return (
    <SettingsFrame id="token" title={t('set.token.title')} onMenu={onMenu}>
      <WizardSteps steps={steps} current={flow.index} />
      {flow.step === 'intro' ? (
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
              <CreateError error={flow.error} />
              <CreateActions busy={flow.busy} disabled={!me} sendKey="set.token.begin" onCancel={onMenu} onSend={() => void flow.create({ type: 'token-start' })} />
            </>
          )}
        </div>
      ) : null}
      {flow.step === 'authorize' && flow.pending ? (
        <AuthorizePart key="identity" heading={t('set.token.step.identity')} intro={t('set.token.identityIntro')} operation={flow.pending}
          submitLabel={t('set.toNext')} onCompleted={finish} onBack={restart} backLabel={t('set.startOver')}
          onNextStep={(next) => { setUri(next.provisioningUri ?? null); flow.next(next); }} />
      ) : null}
      {flow.step === 'next' && flow.pending ? (
        <div key="enroll">
          <StepHeading>{t('set.token.step.enroll')}</StepHeading>
          <Enrollment uri={uri} />
          <AuthorizeStep key="step2" operation={flow.pending} submitLabel={t('set.token.activate')} onCompleted={finish} onBack={restart} backLabel={t('set.startOver')} />
        </div>
      ) : null}
      {flow.step === 'done' && flow.done ? (
        <DonePart done={flow.done} title={t('set.token.doneTitle')} rows={[[t('set.token.stateNow'), t('set.token.stateActive')]]}>
          <BackToMenu onMenu={onMenu} />
        </DonePart>
      ) : null}
    </SettingsFrame>
  );
}
