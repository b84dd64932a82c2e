/**
 * ワンタイムパスワード利用解除 (for a phone change): says plainly that mail-notified passwords apply
 * again until the app is registered anew, then takes the confirmation password.
 */
import { maskEmail } from '../../../src-shared/domain/email-policy.js';
import { Alert } from '../../components/Alert.js';
import { CreateActions, CreateError } from '../../components/flow/FlowActions.js';
import { StepHeading } from '../../components/Heading.js';
import { WizardSteps } from '../../components/WizardSteps.js';
import { useT } from '../../i18n/use-t.js';
import { useOperationFlow } from '../../lib/flow/use-operation-flow.js';
import { SettingsFrame } from './SettingsFrame.js';
import { useMe } from './use-me.js';
import { AuthorizePart, BackToMenu, DonePart } from '../../components/flow/FlowSteps.js';

const ORDER = ['intro', 'authorize', 'done'] as const;

export function TokenRelease({ onMenu }: { onMenu: () => void }) {
  const { t } = useT();
  const { me } = useMe();
  const flow = useOperationFlow(ORDER);
  const steps = [t('set.release.step.about'), t('set.step.confirm'), t('set.step.done')];
  const mailTo = me?.email ? maskEmail(me.email) : t('set.email.none');
  const notActive = me !== null && me.tokenState !== 'active';

  return (
    <SettingsFrame id="release" title={t('set.release.title')} onMenu={onMenu}>
      <WizardSteps steps={steps} current={flow.index} />
      {flow.step === 'intro' ? (
        <div key="about">
          <StepHeading>{t('set.release.step.about')}</StepHeading>
          {notActive ? <Alert kind="info"><p>{t('set.release.notActive')}</p></Alert> : null}
          {notActive ? null : (
            <>
              <p>{t('set.release.intro')}</p>
              <Alert kind="warning" title={t('set.release.afterTitle')}>
                <p>{t('set.release.after', { address: mailTo })}</p>
              </Alert>
              <CreateError error={flow.error} />
              <CreateActions busy={flow.busy} disabled={!me} sendKey="set.release.toConfirm" onCancel={onMenu}
                onSend={() => void flow.create({ type: 'token-release' })} />
            </>
          )}
        </div>
      ) : null}
      {flow.step === 'authorize' && flow.pending ? (
        <AuthorizePart key="confirm" heading={t('set.step.confirm')} intro={t('set.release.confirmIntro')} operation={flow.pending}
          submitLabel={t('set.release.submit')} onCompleted={flow.complete} onBack={() => flow.startOver()} backLabel={t('set.startOver')} />
      ) : null}
      {flow.step === 'done' && flow.done ? (
        <DonePart done={flow.done} title={t('set.release.doneTitle')}
          rows={[[t('set.token.stateNow'), t('set.release.stateSuspended')], [t('set.release.factorNow'), t('set.release.doneNote', { address: mailTo })]]}>
          <BackToMenu onMenu={onMenu} />
        </DonePart>
      ) : null}
    </SettingsFrame>
  );
}
