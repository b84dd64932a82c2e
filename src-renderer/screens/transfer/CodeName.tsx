/** The name the bank's directory gives the code in the field above, or why there is none. */
import type { DirectoryBank, DirectoryBranch } from '../../../src-shared/bank-api/directory.js';
import { useT } from '../../i18n/use-t.js';
import { useBankNames } from '../../lib/bank-name.js';
import type { Lookup } from './directory.js';

export function CodeName({ id, kind, lookup, bankName = '' }: {
  id: string; kind: 'bank' | 'branch'; lookup: Lookup<DirectoryBank | DirectoryBranch>; bankName?: string;
}) {
  const { t } = useT();
  const names = useBankNames();
  const text = lookup.state === 'checking' ? t(kind === 'bank' ? 'trd.bank.checking' : 'trd.branch.checking')
    : lookup.state === 'found' ? (kind === 'bank' ? t('trd.bank.found', { name: names.bank(lookup.value.code, lookup.value.name) }) : t('trd.branch.found', { name: lookup.value.name }))
      : lookup.state === 'unknown' ? (kind === 'bank' ? t('trd.bank.unknown') : t('trd.branch.unknown', { bank: bankName }))
        : lookup.state === 'failed' ? t(kind === 'bank' ? 'trd.bank.failed' : 'trd.branch.failed') : '';
  const tone = lookup.state === 'unknown' ? ' is-unknown' : lookup.state === 'checking' || lookup.state === 'failed' ? ' is-pending' : '';
  // Always in the page, so that a change of its text is announced.
  return <p id={id} className={`directory-name${tone}`} aria-live="polite" data-testid={`${kind}-name`} data-state={lookup.state}>{text}</p>;
}
