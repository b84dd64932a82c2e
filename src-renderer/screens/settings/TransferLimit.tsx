/**
 * 振込限度額の変更: the limit in force, today's use, the bank's maximum and a raise waiting; the new
 * limit (checked here, then by the bank); the confirmation the bank asks for, which depends on the
 * direction (lowering: the confirmation password, at once; raising: the second factor too, from
 * the next day in Japan); the receipt with the limits read again from the bank.
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { TransferLimits } from '../../../src-shared/bank-api/limits.js';
import { LIMIT_MIN_YEN, LIMIT_STEP_YEN } from '../../../src-shared/domain/limits.js';
import { Alert } from '../../components/Alert.js';
import { AuthorizeStep, type Completed, type PendingOperation } from '../../components/AuthorizeStep.js';
import { Field } from '../../components/Field.js';
import { StepHeading } from '../../components/Heading.js';
import { Receipt } from '../../components/Receipt.js';
import { Summary } from '../../components/Summary.js';
import { WizardSteps } from '../../components/WizardSteps.js';
import { yen } from '../../i18n/i18n.js';
import { useT } from '../../i18n/use-t.js';
import { netbank } from '../../lib/bridge.js';
import type { FieldError } from '../../lib/forms.js';
import { checkLimitInput, limitDate } from '../../lib/limits.js';
import { useBankValue } from '../../lib/use-bank-value.js';
import { useCreateOperation } from '../../lib/use-create-operation.js';
import { SettingsFrame } from './SettingsFrame.js';

export function useLimits(): { limits: TransferLimits | null; failed: boolean; reload: () => Promise<void> } {
  const { value, failed, reload } = useBankValue(() => netbank().limits.get({}));
  return { limits: value, failed, reload };
}

export function TransferLimit({ onMenu }: { onMenu: () => void }) {
  const { t, lang } = useT();
  const { limits, failed, reload } = useLimits();
  const [step, setStep] = useState(0);
  const [text, setText] = useState('');
  const [error, setError] = useState<FieldError | null>(null);
  const [pending, setPending] = useState<(PendingOperation & { dailyLimit: number; from: string | null; before: number }) | null>(null);
  const [done, setDone] = useState<Completed | null>(null);
  const op = useCreateOperation();
  const fmt = (n: number) => yen(n, lang);
  const steps = [t('lim.step.input'), t('set.step.confirm'), t('set.step.done')];
  const when = (from: string | null) => (from ? t('lim.row.fromDate', { date: limitDate(from, lang) }) : t('lim.row.fromNow'));

  // A message shown stays in the screen's language: its amounts are written again when that changes.
  useEffect(() => {
    if (error && limits) {
      const r = checkLimitInput(text, limits, fmt);
      setError(r.ok ? null : r.error);
    }
  }, [lang]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!limits) return;
    const r = checkLimitInput(text, limits, fmt);
    if (!r.ok) {
      setError(r.error);
      document.getElementById('lim-new')?.focus();
      return;
    }
    setError(null);
    const c = await op.create({ type: 'limit-change', dailyLimit: r.value });
    if (c) {
      setPending({ ...c, dailyLimit: r.value, from: c.summary.limitEffectiveFrom ?? null, before: limits.dailyLimit });
      setStep(1);
    }
  };

  const completed = (d: Completed) => {
    setDone(d);
    setStep(2);
    void reload();
  };

  const nowRows = (l: TransferLimits): [string, string][] => [
    [t('lim.current'), fmt(l.dailyLimit)],
    [t('lim.usedToday'), fmt(l.usedToday)],
    [t('lim.remainingToday'), fmt(l.remainingToday)],
    [t('lim.maximum'), fmt(l.maximum)],
    [t('lim.pending'), l.pendingRaise ? t('lim.pendingValue', { amount: fmt(l.pendingRaise.amount), date: limitDate(l.pendingRaise.effectiveFrom, lang) }) : t('lim.pendingNone')],
  ];
  const changeRows = (p: NonNullable<typeof pending>): [string, string][] => [
    [t('lim.row.current'), fmt(p.before)],
    [t('lim.row.new'), fmt(p.dailyLimit)],
    [t('lim.row.from'), when(p.from)],
  ];

  return (
    <SettingsFrame id="limit" title={t('lim.title')} onMenu={onMenu}>
      <WizardSteps steps={steps} current={step} />
      {failed ? (
        <Alert kind="error">
          <p>{t('home.loadError')}</p>
          <button type="button" className="btn btn-secondary" onClick={() => void reload()}>{t('common.retry')}</button>
        </Alert>
      ) : null}
      {step === 0 ? (
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
          {op.error ? <Alert kind="error"><p>{t(`error.${op.error.code}`)}</p></Alert> : null}
          <div className="actions">
            <button type="button" className="btn btn-secondary" onClick={onMenu}>{t('common.cancel')}</button>
            <button type="submit" className="btn btn-primary" disabled={op.busy || !limits}>{op.busy ? t('set.sending') : t('lim.toConfirm')}</button>
          </div>
        </form>
      ) : step === 1 && pending ? (
        <div key="confirm">
          <StepHeading>{t('set.step.confirm')}</StepHeading>
          <p>{t(pending.from ? 'lim.confirm.raise' : 'lim.confirm.lower')}</p>
          <AuthorizeStep operation={pending} submitLabel={t('set.confirmChange')} onCompleted={completed}
            onBack={() => { setPending(null); op.reset(); setStep(0); void reload(); }} backLabel={t('set.startOver')}>
            <Summary testId="limit-change" rows={changeRows(pending)} />
          </AuthorizeStep>
        </div>
      ) : done && pending ? (
        <Receipt title={t(pending.from ? 'lim.done.raise' : 'lim.done.lower')} receiptNumber={done.receiptNumber} completedAt={done.completedAt}
          rows={[[t('lim.row.new'), fmt(pending.dailyLimit)], [t('lim.row.from'), when(pending.from)], ...(limits ? nowRows(limits) : [])]}>
          <button type="button" className="btn btn-primary" onClick={onMenu}>{t('set.backToMenu')}</button>
        </Receipt>
      ) : null}
    </SettingsFrame>
  );
}
