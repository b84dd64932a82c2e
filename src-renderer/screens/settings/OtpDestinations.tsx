/**
 * メール通知パスワード設定, in the order of the bank's guide: one screen takes the choice for Select
 * e-mail addresses 1 and 2 ("use / don't use as destination") with the CURRENT mail-notified
 * password at the bottom → 「送信先変更確認画面へ」; the confirmation screen takes the password just
 * sent to the NEWLY added destination (proof that it receives mail) and the confirmation password →
 * 「変更を確定する」. The operation is created when the screen opens, so the current password is
 * on its way while the customer chooses; the choice goes to the bank with that password.
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { OtpDestinationChoice } from '../../../src-shared/bank-api/operations.js';
import type { Me } from '../../../src-shared/bank-api/customer.js';
import { maskEmail } from '../../../src-shared/domain/email-policy.js';
import { Alert } from '../../components/Alert.js';
import { AuthorizeStep } from '../../components/AuthorizeStep.js';
import { CreateError } from '../../components/flow/FlowActions.js';
import { StepHeading } from '../../components/Heading.js';
import { WizardSteps } from '../../components/WizardSteps.js';
import { useT } from '../../i18n/use-t.js';
import { useOperationFlow, type OperationFlow } from '../../lib/flow/use-operation-flow.js';
import { listOf, slotNo } from './list.js';
import { SettingsFrame } from './SettingsFrame.js';
import { SlotsTable } from './SlotsTable.js';
import { useMe } from './use-me.js';
import { BackToMenu, DonePart } from '../../components/flow/FlowSteps.js';

type Wanted = [boolean | null, boolean | null];
const ORDER = ['authorize', 'next', 'done'] as const;

function SlotChoices({ me, choice, onChoose }: { me: Me; choice: (i: 0 | 1) => boolean; onChoose: (i: 0 | 1, use: boolean) => void }) {
  const { t, lang } = useT();
  return (
    <>
      {me.selectEmail.map((s, i) => (
        <fieldset key={s.slot} className="choice slot-input" data-slot={s.slot} disabled={!(s.use && s.address)}>
          <legend>{s.use && s.address ? t('set.dest.slotLegend', { n: slotNo(s.slot, lang), address: s.address }) : t('set.dest.slotUnused', { n: slotNo(s.slot, lang) })}</legend>
          <div className="radio-row">
            {([true, false] as const).map((use) => (
              <div className="radio-card" key={String(use)}>
                <input type="radio" id={`set-dest${s.slot}-${use ? 'use' : 'nouse'}`} name={`set-dest${s.slot}`} checked={choice(i as 0 | 1) === use && s.use}
                  onChange={() => onChoose(i as 0 | 1, use)} />
                <label htmlFor={`set-dest${s.slot}-${use ? 'use' : 'nouse'}`}>{t(use ? 'set.dest.use' : 'set.dest.noUse')}</label>
              </div>
            ))}
          </div>
        </fieldset>
      ))}
    </>
  );
}

/**
 * The first step's body: loading; nothing to choose (no Select address in use); the choice with the
 * current password once it is sent (`form`); or why it could not be sent, with a retry.
 */
function ChooseBody({ me, usable, flow, form, onSelect, onRetry }: {
  me: Me | null; usable: number; flow: OperationFlow<(typeof ORDER)[number]>; form: ReactNode; onSelect: () => void; onRetry: () => void;
}) {
  const { t } = useT();
  if (!me) return <p role="status">{t('common.loading')}</p>;
  if (usable === 0) {
    return (
      <Alert kind="info">
        <p>{t('set.dest.noSelect')}</p>
        <button type="button" className="btn btn-secondary" onClick={onSelect}>{t('set.select.title')}</button>
      </Alert>
    );
  }
  if (flow.pending) return form;
  if (flow.error) {
    return (
      <CreateError error={flow.error}>
        <button type="button" className="btn btn-secondary" onClick={onRetry} disabled={flow.busy}>{t('set.dest.retrySend')}</button>
      </CreateError>
    );
  }
  return <p role="status">{t('set.sending')}</p>;
}

export function OtpDestinations({ onMenu, onSelect }: { onMenu: () => void; onSelect: () => void }) {
  const { t, lang } = useT();
  const { me, reload } = useMe();
  const flow = useOperationFlow(ORDER, { onCompleted: () => void reload() });
  const [wanted, setWanted] = useState<Wanted>([null, null]);
  const [noChange, setNoChange] = useState(false);
  const [added, setAdded] = useState<string[]>([]);
  const asked = useRef(false);
  const steps = [t('set.dest.step.choose'), t('set.step.confirm'), t('set.step.done')];
  const choice = (i: 0 | 1): boolean => wanted[i] ?? me?.selectEmail[i]?.otpDestination ?? false;
  const usable = me?.selectEmail.filter((s) => s.use && s.address).length ?? 0;
  const planned = me ? me.selectEmail.map((s, i) => ({ ...s, otpDestination: s.use && Boolean(s.address) && choice(i as 0 | 1) })) : [];

  // The current password is sent as the screen opens (once), when there is something to choose.
  const { create } = flow;
  const start = useCallback(() => void create({ type: 'otp-destination-change' }), [create]);
  useEffect(() => {
    if (!me || usable === 0 || asked.current) return;
    asked.current = true;
    start();
  }, [me, usable, start]);

  /** The choice to send with the current password, or null (and a message) when nothing changes. */
  const chosen = (): { destinations: OtpDestinationChoice } | null => {
    if (!me) return null;
    const destinations = me.selectEmail.map((s, i) => ({ slot: s.slot, use: s.use && Boolean(s.address) && choice(i as 0 | 1) })) as OtpDestinationChoice;
    if (destinations.every((d, i) => d.use === me.selectEmail[i]!.otpDestination)) {
      setNoChange(true);
      return null;
    }
    setNoChange(false);
    setAdded(me.selectEmail.filter((s, i) => destinations[i]!.use && !s.otpDestination && s.address).map((s) => s.address!));
    return { destinations };
  };

  const form = me && flow.pending ? (
    <AuthorizeStep key="step1" operation={flow.pending} submitLabel={t('set.dest.toConfirm')} details={chosen} onCompleted={flow.complete} onBack={onMenu} backLabel={t('set.backToMenu')}
      onNextStep={(next) => flow.next(next)}>
      <SlotChoices me={me} choice={choice} onChoose={(i, use) => { setWanted((w) => (i === 0 ? [use, w[1]] : [w[0], use])); setNoChange(false); }} />
      <p className="note">{t('set.dest.proofNote')}</p>
      {noChange ? <Alert kind="error"><p>{t('set.dest.err.noChange')}</p></Alert> : null}
      <p>{t('set.dest.currentIntro')}</p>
    </AuthorizeStep>
  ) : null;

  return (
    <SettingsFrame id="destinations" title={t('set.dest.title')} onMenu={onMenu}>
      <WizardSteps steps={steps} current={flow.index} />
      {flow.step === 'authorize' ? (
        <div key="choose">
          <StepHeading>{t('set.dest.step.choose')}</StepHeading>
          <p>{t('set.dest.intro')}</p>
          {me?.email ? <p className="note">{t('set.dest.registeredAlways', { address: maskEmail(me.email) })}</p> : null}
          <ChooseBody me={me} usable={usable} flow={flow} form={form} onSelect={onSelect} onRetry={start} />
          <div className="actions">
            <button type="button" className="btn btn-secondary" onClick={onMenu}>{t('common.cancel')}</button>
          </div>
        </div>
      ) : null}
      {flow.step === 'next' && flow.pending ? (
        <div key="confirm">
          <StepHeading>{t('set.step.confirm')}</StepHeading>
          {added.length > 0 ? (
            <Alert kind="info" title={t('set.dest.proofWhyTitle')}>
              <p>{t('set.dest.proofWhy', { list: listOf(added.map(maskEmail), lang) })}</p>
            </Alert>
          ) : <p>{t('set.dest.removeIntro')}</p>}
          <AuthorizeStep key="step2" operation={flow.pending} submitLabel={t('set.confirmChange')} onCompleted={flow.complete} onBack={onMenu} backLabel={t('set.backToMenu')}>
            <SlotsTable slots={planned} caption={t('set.dest.afterCaption')} testId="dest-planned" />
          </AuthorizeStep>
        </div>
      ) : null}
      {flow.step === 'done' && flow.done ? (
        <DonePart done={flow.done} title={t('set.dest.doneTitle')}
          rows={planned.map((p) => [t('set.slot', { n: slotNo(p.slot, lang) }), t(p.otpDestination ? 'set.dest.yes' : 'set.dest.no')])}>
          <BackToMenu onMenu={onMenu} />
        </DonePart>
      ) : null}
    </SettingsFrame>
  );
}
