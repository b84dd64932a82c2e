/**
 * セレクトEメールサービス, exactly the bank's steps and names: 利用状況 of セレクトメールアドレス１／２ →
 * 「利用変更」 → use / don't use and the address (live advice) → 「利用変更確認画面へ」: the
 * addresses with the one-time password and the confirmation password → 変更を確定する → done.
 */
import { useState, type FormEvent } from 'react';
import type { SelectEmailSlot } from '../../../src-shared/bank-api/customer.js';
import { Alert } from '../../components/Alert.js';
import { AuthorizeStep } from '../../components/AuthorizeStep.js';
import { EmailAdviceField } from '../../components/EmailAdviceField.js';
import { CreateActions, CreateError } from '../../components/flow/FlowActions.js';
import { StepHeading } from '../../components/Heading.js';
import { WizardSteps } from '../../components/WizardSteps.js';
import { useT } from '../../i18n/use-t.js';
import { checkEmail, type FieldError } from '../../lib/forms.js';
import { useOperationFlow } from '../../lib/flow/use-operation-flow.js';
import { slotNo } from './list.js';
import { SettingsFrame } from './SettingsFrame.js';
import { SlotsTable } from './SlotsTable.js';
import { useMe } from './use-me.js';
import { BackToMenu, DonePart } from '../../components/flow/FlowSteps.js';

interface SlotInput { use: boolean; address: string; ack: boolean }
interface SlotErrors { address?: FieldError; ack?: FieldError }
interface SlotRequest { slot: 1 | 2; use: boolean; address?: string; acknowledgeFreeMail?: boolean }
type Planned = Pick<SelectEmailSlot, 'slot' | 'use' | 'address' | 'otpDestination'>;
const ORDER = ['intro', 'input', 'authorize', 'done'] as const;

export function SelectEmail({ onMenu, onDestinations }: { onMenu: () => void; onDestinations: () => void }) {
  const { t, lang } = useT();
  const { me, reload } = useMe();
  const flow = useOperationFlow(ORDER, { onCompleted: () => void reload() });
  const [input, setInput] = useState<SlotInput[]>([]);
  const [errors, setErrors] = useState<SlotErrors[]>([{}, {}]);
  const [formError, setFormError] = useState<FieldError | null>(null);
  const [planned, setPlanned] = useState<Planned[]>([]);
  const steps = [t('set.select.step.now'), t('set.select.step.input'), t('set.step.confirm'), t('set.step.done')];

  const startChange = () => {
    if (!me) return;
    setInput(me.selectEmail.map((s) => ({ use: s.use, address: s.address ?? '', ack: false })));
    setErrors([{}, {}]);
    setFormError(null);
    flow.proceed('input');
  };

  const setSlot = (i: number, patch: Partial<SlotInput>) => {
    setInput((old) => old.map((s, j) => (j === i ? { ...s, ...patch } : s)));
    flow.resetError();
  };

  const toConfirm = async (e: FormEvent) => {
    e.preventDefault();
    if (!me) return;
    const errs: SlotErrors[] = [{}, {}];
    const plan: Planned[] = [];
    const slots = input.map((s, i): SlotRequest => {
      const slot = (i + 1) as 1 | 2;
      if (!s.use) {
        plan.push({ slot, use: false, address: null, otpDestination: false });
        return { slot, use: false };
      }
      const r = checkEmail({ email: s.address, ack: s.ack });
      if (!r.ok) {
        errs[i] = { ...(r.errors.email ? { address: r.errors.email } : {}), ...(r.errors.ack ? { ack: r.errors.ack } : {}) };
        return { slot, use: true };
      }
      const current = me.selectEmail[i]!;
      plan.push({ slot, use: true, address: r.value.email, otpDestination: current.use && current.otpDestination && current.address === r.value.email });
      return { slot, use: true, address: r.value.email, ...(r.value.acknowledgeFreeMail ? { acknowledgeFreeMail: true } : {}) };
    });
    if (!errs[1]!.address && input[0]!.use && input[1]!.use && plan.length === 2 && plan[0]!.address === plan[1]!.address) errs[1] = { address: { key: 'set.select.err.sameTwice' } };
    setErrors(errs);
    const bad = errs.findIndex((x) => x.address || x.ack);
    if (bad >= 0) {
      document.getElementById(errs[bad]!.address ? `set-slot${bad + 1}-address` : `set-slot${bad + 1}-address-ack`)?.focus();
      return;
    }
    const unchanged = plan.every((p, i) => p.use === me.selectEmail[i]!.use && (!p.use || p.address === me.selectEmail[i]!.address));
    if (unchanged) {
      setFormError({ key: 'set.select.err.noChange' });
      return;
    }
    setFormError(null);
    if (await flow.create({ type: 'select-email-change', slots })) setPlanned(plan);
  };

  return (
    <SettingsFrame id="select" title={t('set.select.title')} onMenu={onMenu}>
      <WizardSteps steps={steps} current={flow.index} />
      {flow.step === 'intro' ? (
        <div key="now">
          <StepHeading>{t('set.select.step.now')}</StepHeading>
          <p>{t('set.select.intro')}</p>
          {me ? <SlotsTable slots={me.selectEmail} caption={t('set.select.nowCaption')} testId="select-now" /> : <p role="status">{t('common.loading')}</p>}
          <p className="note">{t('set.select.noticeNote')}</p>
          <div className="actions">
            <button type="button" className="btn btn-secondary" onClick={onMenu}>{t('common.back')}</button>
            <button type="button" className="btn btn-primary" onClick={startChange} disabled={!me}>{t('set.select.change')}</button>
          </div>
        </div>
      ) : null}
      {flow.step === 'input' ? (
        <form key="input" onSubmit={(e) => void toConfirm(e)} noValidate>
          <StepHeading>{t('set.select.step.input')}</StepHeading>
          <p>{t('set.select.inputIntro')}</p>
          {input.map((s, i) => (
            <fieldset key={i} className="choice slot-input" data-slot={i + 1}>
              <legend>{t('set.slot', { n: slotNo(i + 1, lang) })}</legend>
              <div className="radio-row">
                {([true, false] as const).map((use) => (
                  <div className="radio-card" key={String(use)}>
                    <input type="radio" id={`set-slot${i + 1}-${use ? 'use' : 'nouse'}`} name={`set-slot${i + 1}`} checked={s.use === use} onChange={() => setSlot(i, { use })} />
                    <label htmlFor={`set-slot${i + 1}-${use ? 'use' : 'nouse'}`}>{t(use ? 'set.use' : 'set.noUse')}</label>
                  </div>
                ))}
              </div>
              {s.use ? (
                <EmailAdviceField id={`set-slot${i + 1}-address`} label={t('set.select.address', { n: slotNo(i + 1, lang) })} value={s.address} onValue={(v) => setSlot(i, { address: v })}
                  acknowledged={s.ack} onAcknowledged={(v) => setSlot(i, { ack: v })} error={errors[i]?.address} ackError={errors[i]?.ack} />
              ) : null}
            </fieldset>
          ))}
          <p className="note">{t('set.select.destNote')}</p>
          {formError ? <Alert kind="error"><p>{t(formError.key)}</p></Alert> : null}
          <CreateError error={flow.error} />
          <CreateActions busy={flow.busy} sendKey="set.select.toConfirm" onCancel={() => flow.go('intro')} cancelKey="common.back" />
        </form>
      ) : null}
      {flow.step === 'authorize' && flow.pending ? (
        <div key="confirm">
          <StepHeading>{t('set.step.confirm')}</StepHeading>
          <p>{t('set.select.confirmIntro')}</p>
          <AuthorizeStep operation={flow.pending} submitLabel={t('set.confirmChange')} onCompleted={flow.complete}
            onBack={() => flow.go('input')} backLabel={t('set.select.change')}>
            <SlotsTable slots={planned} caption={t('set.select.afterCaption')} testId="select-planned" />
          </AuthorizeStep>
          <p className="settings-back">
            <button type="button" className="link-button" onClick={() => flow.go('input')}>{t('set.select.reenter')}</button>
          </p>
        </div>
      ) : null}
      {flow.step === 'done' && flow.done ? (
        <DonePart done={flow.done} title={t('set.select.doneTitle')}
          rows={planned.map((p) => [t('set.slot', { n: slotNo(p.slot, lang) }), p.use && p.address ? p.address : t('set.noUse')])}>
          <BackToMenu onMenu={onMenu} />
          <button type="button" className="btn btn-secondary" onClick={onDestinations}>{t('set.select.toDestinations')}</button>
        </DonePart>
      ) : null}
    </SettingsFrame>
  );
}
