/**
 * Step 2 of a transfer: the from-account, today's limit and the amount. The amount is checked here
 * (format, range, what is left of today's limit) before the review; a message shown is written
 * again from the entry as it was checked, so it follows a change of language.
 */
import { useState, type FormEvent } from 'react';
import type { TransferLimits } from '../../../src-shared/bank-api/limits.js';
import { MAX_TRANSFER_YEN } from '../../../src-shared/domain/money.js';
import { Field } from '../../components/Field.js';
import { FromAccountField } from '../../components/flow/FromAccountField.js';
import { StepHeading } from '../../components/Heading.js';
import { Summary } from '../../components/Summary.js';
import { yen } from '../../i18n/i18n.js';
import { useT } from '../../i18n/use-t.js';
import type { FromAccount } from '../../lib/flow/use-from-account.js';
import { checkAmount } from '../../lib/forms.js';
import { overLimit } from '../../lib/limits.js';
import { LimitNote } from './LimitNote.js';

export function AmountStep({ account, text, onText, payeeRows, onBack, onAmount }: {
  account: FromAccount; text: string; onText: (text: string) => void; payeeRows: [string, string][];
  onBack: () => void; onAmount: (amount: number) => void;
}) {
  const { t, lang } = useT();
  const fmt = (n: number) => yen(n, lang);
  // Today's limit as the bank last said (read each time the step is shown).
  const [limits, setLimits] = useState<TransferLimits | null>(null);
  const [checked, setChecked] = useState<string | null>(null);
  const problemOf = (entry: string) => {
    const r = checkAmount(entry, fmt);
    return r.ok ? overLimit(r.value, limits?.remainingToday, fmt) : r.error;
  };
  const error = checked === null ? null : problemOf(checked);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const r = checkAmount(text, fmt);
    if (!r.ok || problemOf(text)) {
      setChecked(text);
      document.getElementById('tr-amount')?.focus();
      return;
    }
    setChecked(null);
    onAmount(r.value);
  };

  return (
    <form key="amount" onSubmit={submit} noValidate>
      <StepHeading>{t('tr.amount.title')}</StepHeading>
      <Summary rows={payeeRows} />
      <FromAccountField id="tr-from" account={account} balance="note" />
      <LimitNote onLimits={setLimits} />
      <Field id="tr-amount" className="amount-field" label={t('tr.amount')} hint={t('tr.amountHint', { max: fmt(MAX_TRANSFER_YEN) })} value={text}
        onValue={onText} error={error} inputMode="numeric" autoComplete="off" required />
      <div className="actions">
        <button type="button" className="btn btn-secondary" onClick={onBack}>{t('common.back')}</button>
        <button type="submit" className="btn btn-primary">{t('common.next')}</button>
      </div>
    </form>
  );
}
