/**
 * Names for the codes a customer types, from the bank's directory: looked up once the code is
 * complete (4 or 3 digits), after a short pause in typing; a newer code cancels the answer to an
 * older one, so the name shown always belongs to the code in the field.
 */
import { useEffect, useState } from 'react';
import type { DirectoryBank, DirectoryBranch } from '../../../src-shared/bank-api/directory.js';
import { parseBankCode, parseBranchCode } from '../../../src-shared/domain/account.js';
import type { IpcError } from '../../../src-shared/ipc/errors.js';
import type { T } from '../../i18n/use-t.js';
import type { BankNames } from '../../lib/bank-name.js';
import { netbank } from '../../lib/bridge.js';

/** How long typing must pause before a look-up is sent. */
export const LOOKUP_PAUSE_MS = 250;

export type Lookup<V> =
  | { state: 'idle' }
  | { state: 'checking' }
  | { state: 'found'; value: V }
  | { state: 'unknown' }
  | { state: 'failed'; code: IpcError['code'] };

type Answer<V> = Exclude<Lookup<V>, { state: 'idle' } | { state: 'checking' }>;

export const bankCodeOf = (text: string): string | null => {
  const r = parseBankCode(text);
  return r.ok ? r.value : null;
};
export const branchCodeOf = (text: string): string | null => {
  const r = parseBranchCode(text);
  return r.ok ? r.value : null;
};

export async function lookUpBank(code: string): Promise<Answer<DirectoryBank>> {
  const r = await netbank().directory.banks({ code });
  if (!r.ok) return { state: 'failed', code: r.error.code };
  const bank = r.value.banks.find((b) => b.code === code);
  return bank ? { state: 'found', value: bank } : { state: 'unknown' };
}

export async function lookUpBranch(bankCode: string, code: string): Promise<Answer<DirectoryBranch>> {
  const r = await netbank().directory.branches({ bankCode, code });
  if (!r.ok) return r.error.code === 'UNKNOWN_BANK' ? { state: 'unknown' } : { state: 'failed', code: r.error.code };
  const branch = r.value.branches.find((b) => b.code === code);
  return branch ? { state: 'found', value: branch } : { state: 'unknown' };
}

/** A branch looked up by the key `bank-branch` that useBranchName builds. */
function lookUpBranchByKey(key: string): Promise<Answer<DirectoryBranch>> {
  const [bankCode, code] = key.split('-') as [string, string];
  return lookUpBranch(bankCode, code);
}

/** Debounced, cancellable look-up of `key` (null: nothing to look up yet); `run` gets the key. */
function useLookup<V>(key: string | null, run: (key: string) => Promise<Answer<V>>): Lookup<V> {
  const [result, setResult] = useState<Lookup<V>>({ state: 'idle' });
  useEffect(() => {
    if (key === null) {
      setResult({ state: 'idle' });
      return;
    }
    let current = true;
    setResult({ state: 'checking' });
    const timer = setTimeout(() => {
      void run(key).then((answer) => {
        if (current) setResult(answer);
      });
    }, LOOKUP_PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key, run]);
  return result;
}

export function useBankName(bankText: string): Lookup<DirectoryBank> {
  const code = bankCodeOf(bankText);
  return useLookup(code, lookUpBank);
}

/** Looked up only once the bank is known. */
export function useBranchName(bank: DirectoryBank | null, branchText: string): Lookup<DirectoryBranch> {
  const code = branchCodeOf(branchText);
  const key = bank && code ? `${bank.code}-${code}` : null;
  return useLookup(key, lookUpBranchByKey);
}

/**
 * "サンプル銀行（0005） 青山支店（101）", or the codes alone when the names are not known; the bank's
 * own name in the screen's language ("Demo Bank (0999)"), from `names`.
 */
export function bankAndBranch(t: T, names: BankNames, p: { bankCode: string; branchCode: string; bankName?: string | null; branchName?: string | null }): string {
  if (!p.bankName || !p.branchName) return t('trd.codesOnly', { bank: p.bankCode, branch: p.branchCode });
  const bank = names.bank(p.bankCode, p.bankName);
  return `${t('trd.withCode', { name: bank, code: p.bankCode })} ${t('trd.withCode', { name: p.branchName, code: p.branchCode })}`;
}
