/**
 * メール通知パスワード設定: for Select addresses 1 and 2, "use / don't use as destination", with the
 * current one-time password at the bottom → confirmation: the password just sent to the NEWLY
 * added destination (proof that it receives mail) and the confirmation password → confirm.
 */
import { useState, type FormEvent } from 'react';
import { maskEmail } from '../../../src-shared/domain/email-policy.js';
import { Alert } from '../../components/Alert.js';
import { AuthorizeStep, type Completed, type PendingOperation } from '../../components/AuthorizeStep.js';
import { StepHeading } from '../../components/Heading.js';
import { Receipt } from '../../components/Receipt.js';
import { WizardSteps } from '../../components/WizardSteps.js';
import { useT } from '../../i18n/use-t.js';
import { useCreateOperation } from '../../lib/use-create-operation.js';
import { listOf } from './list.js';
import { SettingsFrame } from './SettingsFrame.js';
import { SlotsTable } from './SlotsTable.js';
import { useMe } from './use-me.js';

export function OtpDestinations({ onMenu, onSelect }: { onMenu: () => void; onSelect: () => void }) {
  const { t, lang } = useT();
  const { me, reload } = useMe();
  const [step, setStep] = useState(0);
  const [wanted, setWanted] = useState<[boolean | null, boolean | null]>([null, null]);
  const [noChange, setNoChange] = useState(false);
  const [pending, setPending] = useState<PendingOperation | null>(null);
  const [added, setAdded] = useState<string[]>([]);
  const [done, setDone] = useState<Completed | null>(null);
  const op = useCreateOperation();
  const steps = [t('set.dest.step.choose'), t('set.dest.step.current'), t('set.step.confirm'), t('set.step.done')];
  const choice = (i: 0 | 1): boolean => wanted[i] ?? me?.selectEmail[i]?.otpDestination ?? false;
  const usable = me?.selectEmail.filter((s) => s.use && s.address) ?? [];
  const planned = me ? me.selectEmail.map((s, i) => ({ ...s, otpDestination: s.use && Boolean(s.address) && choice(i as 0 | 1) })) : [];

  const toCurrent = async (e: FormEvent) => {
    e.preventDefault();
    if (!me) return;
    const destinations = me.selectEmail.map((s, i) => ({ slot: s.slot, use: s.use && Boolean(s.address) && choice(i as 0 | 1) }));
    if (destinations.every((d, i) => d.use === me.selectEmail[i]!.otpDestination)) {
      setNoChange(true);
      return;
    }
    setNoChange(false);
    const c = await op.create({ type: 'otp-destination-change', destinations });
    if (c) {
      setAdded(me.selectEmail.filter((s, i) => destinations[i]!.use && !s.otpDestination && s.address).map((s) => s.address!));
      setPending(c);
      setStep(1);
    }
  };

  const restart = () => {
    setPending(null);
    op.reset();
    setStep(0);
  };
  const finish = (d: Completed) => {
    setDone(d);
    setStep(3);
    void reload();
  };
  // A single-step change (only removing a destination) asks for the confirmation password at once.
  const finalNow = pending?.factors.includes('confirmation-password') ?? false;

  return (
    <SettingsFrame id="destinations" title={t('set.dest.title')} onMenu={onMenu}>
      <WizardSteps steps={steps} current={step} />
      {step === 0 ? (
        <form key="choose" onSubmit={(e) => void toCurrent(e)} noValidate>
          <StepHeading>{t('set.dest.step.choose')}</StepHeading>
          <p>{t('set.dest.intro')}</p>
          {me?.email ? <p className="note">{t('set.dest.registeredAlways', { address: maskEmail(me.email) })}</p> : null}
          {!me ? <p role="status">{t('common.loading')}</p> : usable.length === 0 ? (
            <Alert kind="info">
              <p>{t('set.dest.noSelect')}</p>
              <button type="button" className="btn btn-secondary" onClick={onSelect}>{t('set.select.title')}</button>
            </Alert>
          ) : (
            me.selectEmail.map((s, i) => (
              <fieldset key={s.slot} className="choice slot-input" data-slot={s.slot} disabled={!(s.use && s.address)}>
                <legend>{s.use && s.address ? t('set.dest.slotLegend', { n: s.slot, address: s.address }) : t('set.dest.slotUnused', { n: s.slot })}</legend>
                <div className="radio-row">
                  {([true, false] as const).map((use) => (
                    <div className="radio-card" key={String(use)}>
                      <input type="radio" id={`set-dest${s.slot}-${use ? 'use' : 'nouse'}`} name={`set-dest${s.slot}`} checked={choice(i as 0 | 1) === use && s.use}
                        onChange={() => { setWanted((w) => (i === 0 ? [use, w[1]] : [w[0], use])); setNoChange(false); op.reset(); }} />
                      <label htmlFor={`set-dest${s.slot}-${use ? 'use' : 'nouse'}`}>{t(use ? 'set.dest.use' : 'set.dest.noUse')}</label>
                    </div>
                  ))}
                </div>
              </fieldset>
            ))
          )}
          <p className="note">{t('set.dest.proofNote')}</p>
          {noChange ? <Alert kind="error"><p>{t('set.dest.err.noChange')}</p></Alert> : null}
          {op.error ? <Alert kind="error"><p>{t(`error.${op.error.code}`)}</p></Alert> : null}
          <div className="actions">
            <button type="button" className="btn btn-secondary" onClick={onMenu}>{t('common.cancel')}</button>
            <button type="submit" className="btn btn-primary" disabled={op.busy || usable.length === 0}>{op.busy ? t('set.sending') : t('set.toNext')}</button>
          </div>
        </form>
      ) : step === 1 && pending ? (
        <div key="current">
          <StepHeading>{t('set.dest.step.current')}</StepHeading>
          <p>{t(finalNow ? 'set.dest.currentFinalIntro' : 'set.dest.currentIntro')}</p>
          <AuthorizeStep key="step1" operation={pending} submitLabel={finalNow ? t('set.confirmChange') : t('set.toConfirm')} onCompleted={finish} onBack={restart} backLabel={t('set.startOver')}
            onNextStep={(next) => { setPending({ id: pending.id, factors: next.factors, otp: next.otp }); setStep(2); }}>
            <SlotsTable slots={planned} caption={t('set.dest.afterCaption')} testId="dest-planned" />
          </AuthorizeStep>
        </div>
      ) : step === 2 && pending ? (
        <div key="proof">
          <StepHeading>{t('set.step.confirm')}</StepHeading>
          <Alert kind="info" title={t('set.dest.proofWhyTitle')}>
            <p>{t('set.dest.proofWhy', { list: listOf(added.map(maskEmail), lang) })}</p>
          </Alert>
          <AuthorizeStep key="step2" operation={pending} submitLabel={t('set.confirmChange')} onCompleted={finish} onBack={restart} backLabel={t('set.startOver')}>
            <SlotsTable slots={planned} caption={t('set.dest.afterCaption')} />
          </AuthorizeStep>
        </div>
      ) : done ? (
        <Receipt title={t('set.dest.doneTitle')} receiptNumber={done.receiptNumber} completedAt={done.completedAt}
          rows={planned.map((p) => [t('set.slot', { n: p.slot }), t(p.otpDestination ? 'set.dest.yes' : 'set.dest.no')])}>
          <button type="button" className="btn btn-primary" onClick={onMenu}>{t('set.backToMenu')}</button>
        </Receipt>
      ) : null}
    </SettingsFrame>
  );
}
