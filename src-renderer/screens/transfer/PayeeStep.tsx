/**
 * Step 1 of a transfer: a registered payee, or a new one. For a new payee the bank's and the
 * branch's names appear as the codes are typed, a search by name fills the codes, and a code the
 * bank's directory does not know is refused here, before anything is sent for authorization.
 */
import { useState, type FormEvent } from 'react';
import type { Payee } from '../../../src-shared/bank-api/accounts.js';
import type { Me } from '../../../src-shared/bank-api/customer.js';
import type { AdHocPayee } from '../../../src-shared/bank-api/operations.js';
import { ACCOUNT_TYPES, maskAccountNumber } from '../../../src-shared/domain/account.js';
import { Field, FieldMessage } from '../../components/Field.js';
import { StepHeading } from '../../components/Heading.js';
import { useT } from '../../i18n/use-t.js';
import { useBankNames } from '../../lib/bank-name.js';
import { checkPayee, payeeNamePreview, type FieldErrors, type PayeeField, type PayeeInput } from '../../lib/forms.js';
import { useFocusAfterRender } from '../../lib/use-focus-after-render.js';
import { navigate } from '../../state/app-store.js';
import { CodeName } from './CodeName.js';
import { lookUpBank, lookUpBranch, useBankName, useBranchName } from './directory.js';
import { DirectorySearch } from './DirectorySearch.js';
import { expectedFactor, HINT_KEYS } from './FactorNote.js';

export type Target =
  | { kind: 'registered'; payee: Payee }
  | { kind: 'new'; payee: AdHocPayee; bankName: string | null; branchName: string | null };

export const EMPTY_PAYEE: PayeeInput = { bankCode: '', branchCode: '', accountType: 'ordinary', accountNumber: '', name: '' };

/** The step's entries, kept by the wizard so that going back finds them as they were. */
export function usePayeeForm() {
  const [mode, setMode] = useState<'registered' | 'new'>('registered');
  const [payeeId, setPayeeId] = useState('');
  const [input, setInput] = useState<PayeeInput>(EMPTY_PAYEE);
  return { mode, setMode, payeeId, setPayeeId, input, setInput };
}
export type PayeeForm = ReturnType<typeof usePayeeForm>;

export function PayeeStep({ form, payees, me, onChosen }: { form: PayeeForm; payees: Payee[] | null; me: Me | null; onChosen: (t: Target) => void }) {
  const { t } = useT();
  const { mode, setMode, payeeId, setPayeeId, input, setInput } = form;
  const [errors, setErrors] = useState<FieldErrors<PayeeField | 'pick'>>({});
  const [checking, setChecking] = useState(false);
  const [searching, setSearching] = useState(false);
  const focus = useFocusAfterRender();
  const set = (f: keyof PayeeInput) => (v: string) => setInput((p) => ({ ...p, [f]: v }));
  const bank = useBankName(input.bankCode);
  const branch = useBranchName(bank.state === 'found' ? bank.value : null, input.branchCode);
  const names = useBankNames();
  const foundBankName = bank.state === 'found' ? names.bank(bank.value.code, bank.value.name) : '';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (checking) return;
    if (mode === 'registered') {
      const payee = payees?.find((p) => p.id === payeeId);
      if (!payee) {
        setErrors({ pick: { key: 'tr.payee.err.pick' } });
        focus('tr-payee-0');
        return;
      }
      setErrors({});
      onChosen({ kind: 'registered', payee });
      return;
    }
    const r = checkPayee(input);
    if (!r.ok) {
      setErrors(r.errors);
      const first = (['bankCode', 'branchCode', 'accountType', 'accountNumber', 'name'] as const).find((f) => r.errors[f]);
      if (first) focus(`tr-${first}`);
      return;
    }
    // The bank's directory has the last word, asked now rather than trusting a look-up in flight.
    setChecking(true);
    const b = await lookUpBank(r.value.bankCode);
    const br = b.state === 'found' ? await lookUpBranch(r.value.bankCode, r.value.branchCode) : null;
    setChecking(false);
    if (b.state === 'unknown') {
      setErrors({ bankCode: { key: 'trd.err.unknownBank' } });
      focus('tr-bankCode');
      return;
    }
    if (b.state === 'found' && br?.state === 'unknown') {
      setErrors({ branchCode: { key: 'trd.err.unknownBranch', vars: { bank: names.bank(b.value.code, b.value.name) } } });
      focus('tr-branchCode');
      return;
    }
    setErrors({});
    onChosen({
      kind: 'new', payee: r.value,
      bankName: b.state === 'found' ? b.value.name : null,
      branchName: br?.state === 'found' ? br.value.name : null,
    });
  };

  const preview = payeeNamePreview(input.name);
  const hint = (m: 'registered' | 'new') => t(HINT_KEYS[expectedFactor(me, m === 'registered')]);

  return (
    <>
      <form key="payee" onSubmit={(e) => void submit(e)} noValidate>
        <StepHeading>{t('tr.payee.title')}</StepHeading>
        <fieldset className="choice">
          <legend>{t('tr.payee.kind')}</legend>
          {(['registered', 'new'] as const).map((m) => (
            <div className="radio-card" key={m}>
              <input type="radio" id={`tr-mode-${m}`} name="tr-mode" value={m} checked={mode === m} onChange={() => setMode(m)} aria-describedby={`tr-mode-${m}-hint`} />
              <label htmlFor={`tr-mode-${m}`}>{t(`tr.payee.${m}`)}</label>
              <p id={`tr-mode-${m}-hint`} className="hint" data-testid={`tr-mode-${m}-hint`}>{hint(m)}</p>
            </div>
          ))}
        </fieldset>
        {mode === 'registered' ? (
          payees && payees.length > 0 ? (
            <fieldset className="choice" aria-describedby={errors.pick ? 'tr-pick-error' : undefined}>
              <legend>{t('tr.payee.pick')}</legend>
              {payees.map((p, i) => (
                <div className="radio-card" key={p.id}>
                  <input type="radio" id={`tr-payee-${i}`} name="tr-payee" value={p.id} checked={payeeId === p.id} onChange={() => setPayeeId(p.id)} />
                  <label htmlFor={`tr-payee-${i}`}>
                    <span className="payee-name">{p.name}</span>
                    <span className="payee-detail">{names.bank(p.bankCode, p.bankName)} {p.branchName} {t(`acct.${p.accountType}`)} {maskAccountNumber(p.accountNumber)}</span>
                  </label>
                </div>
              ))}
              <FieldMessage id="tr-pick" error={errors.pick} />
            </fieldset>
          ) : payees ? <p>{t('tr.payee.none')}</p> : <p role="status">{t('common.loading')}</p>
        ) : (
          <div className="grid-2">
            <Field id="tr-bankCode" label={t('tr.bankCode')} value={input.bankCode} onValue={set('bankCode')} error={errors.bankCode} inputMode="numeric" autoComplete="off" required
              aria-describedby="tr-bankCode-name" after={<CodeName id="tr-bankCode-name" kind="bank" lookup={bank} />} />
            <Field id="tr-branchCode" label={t('tr.branchCode')} value={input.branchCode} onValue={set('branchCode')} error={errors.branchCode} inputMode="numeric" autoComplete="off" required
              aria-describedby="tr-branchCode-name" after={<CodeName id="tr-branchCode-name" kind="branch" lookup={branch} bankName={foundBankName} />} />
            <div className="directory-open span-2">
              <button type="button" className="btn btn-secondary" onClick={() => setSearching(true)}>{t('trd.search.open')}</button>
            </div>
            <div className={`field${errors.accountType ? ' has-error' : ''}`}>
              <label htmlFor="tr-accountType">{t('tr.accountType')}</label>
              <select id="tr-accountType" value={input.accountType} onChange={(e) => set('accountType')(e.target.value)}
                aria-describedby={errors.accountType ? 'tr-accountType-error' : undefined}>
                {ACCOUNT_TYPES.map((a) => <option key={a} value={a}>{t(`acct.${a}`)}</option>)}
              </select>
              <FieldMessage id="tr-accountType" error={errors.accountType} />
            </div>
            <Field id="tr-accountNumber" label={t('tr.accountNumber')} value={input.accountNumber} onValue={set('accountNumber')} error={errors.accountNumber} inputMode="numeric" autoComplete="off" required />
            <Field id="tr-name" className="span-2" label={t('tr.name')} hint={t('tr.nameHint')} value={input.name} onValue={set('name')} error={errors.name} autoComplete="off" required
              aria-describedby="tr-name-preview"
              after={<p id="tr-name-preview" className="preview" aria-live="polite" data-testid="payee-name-preview">{preview ? t('tr.namePreview', { name: preview }) : ''}</p>} />
          </div>
        )}
        <div className="actions">
          <button type="button" className="btn btn-secondary" onClick={() => navigate('home')}>{t('common.cancel')}</button>
          <button type="submit" className="btn btn-primary" disabled={checking}>{t('common.next')}</button>
        </div>
      </form>
      {mode === 'new' ? (
        <DirectorySearch
          open={searching}
          bank={bank.state === 'found' ? bank.value : null}
          onBank={(b) => setInput((p) => ({ ...p, bankCode: b.code, branchCode: b.code === p.bankCode ? p.branchCode : '' }))}
          onBranch={(b, br) => {
            setInput((p) => ({ ...p, bankCode: b.code, branchCode: br.code }));
            setErrors((x) => {
              const next = { ...x };
              delete next.bankCode;
              delete next.branchCode;
              return next;
            });
            setSearching(false);
            focus('tr-accountNumber');
          }}
          onClose={() => setSearching(false)}
        />
      ) : null}
    </>
  );
}
