/**
 * ログイン通知メール: on or off. Stopping them is a change of registered details (the second factor
 * and the confirmation password, through the operation login-notice-change); turning them back on
 * needs nothing extra.
 */
import { useEffect, useState } from 'react';
import type { Me } from '../../../src-shared/bank-api/customer.js';
import type { MessageKey } from '../../i18n/i18n.js';
import { maskEmail } from '../../../src-shared/domain/email-policy.js';
import type { IpcError } from '../../../src-shared/ipc/errors.js';
import { Alert } from '../../components/Alert.js';
import { CreateActions, CreateError } from '../../components/flow/FlowActions.js';
import { OtpLockPanel } from '../../components/OtpLock.js';
import { StepHeading } from '../../components/Heading.js';
import { WizardSteps } from '../../components/WizardSteps.js';
import { useT } from '../../i18n/use-t.js';
import { netbank, newIntentId } from '../../lib/bridge.js';
import { useOperationFlow } from '../../lib/flow/use-operation-flow.js';
import { useApp } from '../../state/app-store.js';
import { noteMe } from '../../state/session.js';
import { listOf } from './list.js';
import { SettingsFrame } from './SettingsFrame.js';
import { useMe } from './use-me.js';
import { AuthorizePart, BackToMenu, DonePart } from '../../components/flow/FlowSteps.js';

/** Where the bank sends the notice: the registered address and every Select address in use (masked). */
function recipients(me: Me): string[] {
  const list = me.email ? [me.email] : [];
  for (const s of me.selectEmail) if (s.use && s.address && !list.includes(s.address)) list.push(s.address);
  return list.map(maskEmail);
}

const ORDER = ['intro', 'authorize', 'done'] as const;
/** What stopping the notices will take, by the customer's second factor. */
const OFF_NEEDS: Record<Me['secondFactor'], MessageKey> = { token: 'lgn.notice.offNeedsToken', none: 'lgn.notice.offNeedsConfirm', 'mail-otp': 'lgn.notice.offNeeds' };

export function LoginNotice({ onMenu }: { onMenu: () => void }) {
  const { t, lang } = useT();
  const { me, reload } = useMe();
  const domain = useApp((s) => s.info?.profile.noticeSenderDomain);
  const flow = useOperationFlow(ORDER, { onCompleted: () => void reload() });
  const [turningOn, setTurningOn] = useState(false);
  const [onResult, setOnResult] = useState<'done' | IpcError | null>(null);
  const locked = useApp((s) => s.otpLocked);
  // GET /me says whether the bank has locked one-time passwords (stopping the notices needs one).
  useEffect(() => {
    if (me) noteMe(me);
  }, [me]);
  const steps = [t('lgn.notice.step.about'), t('set.step.confirm'), t('set.step.done')];

  const turnOn = async () => {
    setTurningOn(true);
    const r = await netbank().customer.loginNoticeOn({ intentId: newIntentId() });
    setTurningOn(false);
    setOnResult(r.ok ? 'done' : r.error);
    if (r.ok) await reload();
  };

  if (!me) return <SettingsFrame id="login-notice" title={t('lgn.notice.title')} onMenu={onMenu}><p role="status">{t('common.loading')}</p></SettingsFrame>;
  const to = recipients(me);
  const about = (
    <>
      <p>{t('lgn.notice.intro')}</p>
      <p>{to.length ? t('lgn.notice.to', { list: listOf(to, lang) }) : t('lgn.notice.noAddress')}</p>
      {domain ? <p className="note">{t('lgn.notice.from', { domain })}</p> : null}
    </>
  );
  const off = flow.step === 'intro' && me.loginNotice === false;
  // Stopping the notices asks for a one-time password: under the bank's lock, the locked panel instead
  // (turning them back on needs nothing extra, so that view stays).
  if (locked && !off) return <OtpLockPanel onMenu={onMenu} menuLabel={t('set.backToMenu')} />;

  return (
    <SettingsFrame id="login-notice" title={t('lgn.notice.title')} onMenu={onMenu}>
      {me.loginNotice === undefined ? <Alert kind="error"><p>{t('lgn.notice.unknown')}</p></Alert> : null}
      {me.loginNotice !== undefined && off ? (
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
      ) : null}
      {me.loginNotice !== undefined && !off ? <WizardSteps steps={steps} current={flow.index} /> : null}
      {me.loginNotice !== undefined && !off && flow.step === 'intro' ? (
        <div key="on" data-testid="login-notice-on">
          <StepHeading>{t('lgn.notice.step.about')}</StepHeading>
          {onResult === 'done' ? <Alert kind="success"><p>{t('lgn.notice.onDone')}</p></Alert> : null}
          {about}
          <p className="state-line"><strong data-testid="login-notice-state">{t('lgn.notice.stateOn')}</strong></p>
          <Alert kind="warning"><p>{t('lgn.notice.offWarning')}</p></Alert>
          <p>{t(OFF_NEEDS[me.secondFactor])}</p>
          <CreateError error={flow.error} />
          <CreateActions busy={flow.busy} sendKey="lgn.notice.toOff" onCancel={onMenu} onSend={() => void flow.create({ type: 'login-notice-change', enabled: false })} />
        </div>
      ) : null}
      {flow.step === 'authorize' && flow.pending ? (
        <AuthorizePart key="confirm" heading={t('set.step.confirm')} intro={t('lgn.notice.confirmIntro')} operation={flow.pending}
          submitLabel={t('lgn.notice.submitOff')} onCompleted={flow.complete} onBack={() => flow.startOver()} backLabel={t('set.startOver')} />
      ) : null}
      {flow.step === 'done' && flow.done ? (
        <DonePart done={flow.done} title={t('lgn.notice.offDone')} rows={[[t('lgn.notice.stateNow'), t('lgn.notice.off')]]}>
          <BackToMenu onMenu={onMenu} />
        </DonePart>
      ) : null}
    </SettingsFrame>
  );
}
