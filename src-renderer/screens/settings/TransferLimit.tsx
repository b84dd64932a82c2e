/**
 * 振込限度額の変更: the limit in force, today's use, the bank's maximum and a raise waiting; the new
 * limit (checked here, then by the bank); the confirmation the bank asks for, which depends on the
 * direction (lowering: the confirmation password, at once; raising: the second factor too, from
 * the next day in Japan); the receipt with the limits read again from the bank.
 */
import { useState, type FormEvent } from 'react';
import type { TransferLimits } from '../../../src-shared/bank-api/limits.js';
import { LIMIT_MIN_YEN, LIMIT_STEP_YEN } from '../../../src-shared/domain/limits.js';
import { Alert } from '../../components/Alert.js';
import { Field } from '../../components/Field.js';
import { CreateActions, CreateError } from '../../components/flow/FlowActions.js';
import { StepHeading } from '../../components/Heading.js';
import { Summary } from '../../components/Summary.js';
import { WizardSteps } from '../../components/WizardSteps.js';
import { yen } from '../../i18n/i18n.js';
import { useT } from '../../i18n/use-t.js';
import { netbank } from '../../lib/bridge.js';
import { useOperationFlow } from '../../lib/flow/use-operation-flow.js';
import { aboveBankMaximum, checkLimitInput, limitDate } from '../../lib/limits.js';
import { useBankValue } from '../../lib/use-bank-value.js';
import { SettingsFrame } from './SettingsFrame.js';
import { AuthorizePart, BackToMenu, DonePart } from '../../components/flow/FlowSteps.js';

export function useLimits(): { limits: TransferLimits | null; failed: boolean; reload: () => Promise<void> } {
  const { value, failed, reload } = useBankValue(() => netbank().limits.get({}));
  return { limits: value, failed, reload };
}

const ORDER = ['input', 'authorize', 'done'] as const;

/** The change asked for, as the review and the receipt show it. */
interface Change { dailyLimit: number; from: string | null; before: number }

export function TransferLimit({ onMenu }: { onMenu: () => void }) {
  const { t, lang } = useT();
  const { limits, failed, reload } = useLimits();
  const flow = useOperationFlow(ORDER, { onCompleted: () => void reload() });
  const [text, setText] = useState('');
  // The entry as it was checked: its message is written from it, so it follows a change of language.
  const [checked, setChecked] = useState<string | null>(null);
  const [change, setChange] = useState<Change | null>(null);
  const fmt = (n: number) => yen(n, lang);
  const steps = [t('lim.step.input'), t('set.step.confirm'), t('set.step.done')];
  const when = (from: string | null) => (from ? t('lim.row.fromDate', { date: limitDate(from, lang) }) : t('lim.row.fromNow'));
  const checkedResult = checked !== null && limits ? checkLimitInput(checked, limits, fmt) : null;
  const error = checkedResult && !checkedResult.ok ? checkedResult.error : null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!limits) return;
    const r = checkLimitInput(text, limits, fmt);
    if (!r.ok) {
      setChecked(text);
      document.getElementById('lim-new')?.focus();
      return;
    }
    setChecked(null);
    const c = await flow.create({ type: 'limit-change', dailyLimit: r.value });
    if (c) setChange({ dailyLimit: r.value, from: c.summary.limitEffectiveFrom ?? null, before: limits.dailyLimit });
    else void reload(); // what the bank holds now (its maximum may have changed), for the message and the next try
  };

  const nowRows = (l: TransferLimits): [string, string][] => [
    [t('lim.current'), fmt(l.dailyLimit)],
    [t('lim.usedToday'), fmt(l.usedToday)],
    [t('lim.remainingToday'), fmt(l.remainingToday)],
    [t('lim.maximum'), fmt(l.maximum)],
    [t('lim.pending'), l.pendingRaise ? t('lim.pendingValue', { amount: fmt(l.pendingRaise.amount), date: limitDate(l.pendingRaise.effectiveFrom, lang) }) : t('lim.pendingNone')],
  ];
  const changeRows = (p: Change): [string, string][] => [
    [t('lim.row.current'), fmt(p.before)],
    [t('lim.row.new'), fmt(p.dailyLimit)],
    [t('lim.row.from'), when(p.from)],
  ];

  return (
    <SettingsFrame id="limit" title={t('lim.title')} onMenu={onMenu}>
      <WizardSteps steps={steps} current={flow.index} />
      {failed ? (
        <Alert kind="error">
          <p>{t('home.loadError')}</p>
          <button type="button" className="btn btn-secondary" onClick={() => void reload()}>{t('common.retry')}</button>
        </Alert>
      ) : null}
      {flow.step === 'input' ? (
        <form key="input" onSubmit={(e) => void submit(e)} noValidate>
          <StepHeading>{t('lim.step.input')}</StepHeading>
          <p>{t('lim.intro')}</p>
          <section className="card" aria-labelledby="lim-now-title">
            <h3 id="lim-now-title">{t('lim.now.title')}</h3>
            {limits ? <Summary testId="limit-now" rows={nowRows(limits)} /> : <p>{t('common.loading')}</p>}
          </section>
          <Alert kind="info" title={t('lim.rulesTitle')}>
            <ul>
              <li>{t('lim.rule.lower')}</li>
              <li>{t('lim.rule.raise')}</li>
            </ul>
          </Alert>
          {limits?.pendingRaise ? <p className="note">{t('lim.pendingReplace')}</p> : null}
          <Field id="lim-new" className="amount-field" label={t('lim.new')} value={text} onValue={setText} error={error} inputMode="numeric" autoComplete="off" required
            hint={t('lim.newHint', { step: fmt(LIMIT_STEP_YEN), min: fmt(LIMIT_MIN_YEN), max: limits ? fmt(limits.maximum) : '—' })} />
          <CreateError error={flow.error} message={aboveBankMaximum(flow.error) && limits ? t('lim.err.LIMIT_ABOVE_MAXIMUM', { max: fmt(limits.maximum) }) : null} />
          <CreateActions busy={flow.busy} disabled={!limits} sendKey="lim.toConfirm" onCancel={onMenu} />
        </form>
      ) : null}
      {flow.step === 'authorize' && flow.pending && change ? (
        <AuthorizePart key="confirm" heading={t('set.step.confirm')} intro={t(change.from ? 'lim.confirm.raise' : 'lim.confirm.lower')}
          operation={flow.pending} submitLabel={t('set.confirmChange')} onCompleted={flow.complete}
          onBack={() => { flow.startOver(); void reload(); }} backLabel={t('set.startOver')}>
          <Summary testId="limit-change" rows={changeRows(change)} />
        </AuthorizePart>
      ) : null}
      {flow.step === 'done' && flow.done && change ? (
        <DonePart done={flow.done} title={t(change.from ? 'lim.done.raise' : 'lim.done.lower')}
          rows={[[t('lim.row.new'), fmt(change.dailyLimit)], [t('lim.row.from'), when(change.from)], ...(limits ? nowRows(limits) : [])]}>
          <BackToMenu onMenu={onMenu} />
        </DonePart>
      ) : null}
    </SettingsFrame>
  );
}
