/**
 * 金融機関名・支店名で検索: a modal dialog that finds the bank by name or reading, then one of its
 * branches; choosing a result fills its code into the transfer form. Keyboard: the search field
 * has focus on opening, Tab reaches each result (a button), Escape closes.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { DIRECTORY_QUERY_MAX, type DirectoryBank, type DirectoryBranch } from '../../../src-shared/bank-api/directory.js';
import { readingToShow } from '../../../src-shared/bank-api/directory-reading.js';
import { Field } from '../../components/Field.js';
import { useT } from '../../i18n/use-t.js';
import { useBankNames } from '../../lib/bank-name.js';
import { netbank } from '../../lib/bridge.js';
import { LOOKUP_PAUSE_MS } from './directory.js';
import { useModalDialog } from '../../lib/use-modal-dialog.js';

type Entry = DirectoryBank | DirectoryBranch;
type Results = { state: 'idle' } | { state: 'searching' } | { state: 'done'; entries: Entry[] } | { state: 'failed' };

async function search(bank: DirectoryBank | null, q: string): Promise<Results> {
  if (bank) {
    const r = await netbank().directory.branches({ bankCode: bank.code, q });
    return r.ok ? { state: 'done', entries: r.value.branches } : { state: 'failed' };
  }
  const r = await netbank().directory.banks({ q });
  return r.ok ? { state: 'done', entries: r.value.banks } : { state: 'failed' };
}

export interface DirectorySearchProps {
  open: boolean;
  /** The bank already known from the form: the search starts with its branches. */
  bank: DirectoryBank | null;
  onBank: (bank: DirectoryBank) => void;
  onBranch: (bank: DirectoryBank, branch: DirectoryBranch) => void;
  onClose: () => void;
}

export function DirectorySearch({ open, bank, onBank, onBranch, onClose }: DirectorySearchProps) {
  const ref = useModalDialog(open);
  return (
    <dialog ref={ref} className="directory-dialog" aria-labelledby="dir-title" onCancel={(e) => { e.preventDefault(); onClose(); }}>
      {open ? <SearchBody initialBank={bank} onBank={onBank} onBranch={onBranch} onClose={onClose} /> : null}
    </dialog>
  );
}

/** Names with anything but Latin letters, digits and punctuation in them (a Japanese name). */
const NOT_LATIN = /[^\p{Script=Latin}\p{N}\p{P}\p{Zs}]/u;

function SearchBody({ initialBank, onBank, onBranch, onClose }: { initialBank: DirectoryBank | null } & Omit<DirectorySearchProps, 'open' | 'bank'>) {
  const { t, lang } = useT();
  const names = useBankNames();
  const [bank, setBank] = useState<DirectoryBank | null>(initialBank);
  const [text, setText] = useState('');
  const [results, setResults] = useState<Results>({ state: 'idle' });
  const [runs, setRuns] = useState(0);
  const q = text.trim().slice(0, DIRECTORY_QUERY_MAX);
  const focusInput = () => document.getElementById('dir-q')?.focus();

  useEffect(() => {
    if (q === '') {
      setResults({ state: 'idle' });
      return;
    }
    let current = true;
    setResults({ state: 'searching' });
    const timer = setTimeout(() => void search(bank, q).then((r) => current && setResults(r)), runs > 0 ? 0 : LOOKUP_PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [q, bank, runs]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setRuns((n) => n + 1);
  };
  const chooseBank = (b: DirectoryBank) => {
    onBank(b);
    setBank(b);
    setText('');
    setRuns(0);
    focusInput();
  };
  const choose = (e: Entry) => (bank ? onBranch(bank, e) : chooseBank(e as DirectoryBank));
  // On an English screen a Japanese name also gets its reading in Latin letters, so a customer
  // who searched by the reading can tell the results apart.
  const label = (e: Entry) => {
    const name = bank ? e.name : names.bank(e.code, e.name);
    return lang === 'en' && NOT_LATIN.test(name) ? `${name} ${readingToShow(e.kana)}` : name;
  };
  const status = results.state === 'searching' ? t('trd.search.searching')
    : results.state === 'failed' ? t('trd.search.failed')
      : results.state === 'done' ? (results.entries.length ? t('trd.search.count', { n: results.entries.length }) : t('trd.search.none')) : '';

  return (
    <>
      <h2 id="dir-title">{bank ? t('trd.search.titleBranch', { bank: names.bank(bank.code, bank.name) }) : t('trd.search.titleBank')}</h2>
      <form role="search" aria-labelledby="dir-title" onSubmit={submit} noValidate className="directory-search">
        <Field id="dir-q" label={bank ? t('trd.search.branchLabel') : t('trd.search.bankLabel')} hint={t('trd.search.hint')}
          value={text} onValue={setText} maxLength={DIRECTORY_QUERY_MAX} autoComplete="off" autoFocus />
        <button type="submit" className="btn btn-secondary">{t('trd.search.submit')}</button>
      </form>
      <p id="dir-status" role="status" className="directory-status">{status}</p>
      {results.state === 'done' && results.entries.length ? (
        <ul className="directory-results" aria-label={t('trd.search.results')} data-testid="directory-results">
          {results.entries.map((e) => (
            <li key={e.code}>
              <button type="button" onClick={() => choose(e)}>{t('trd.withCode', { name: label(e), code: e.code })}</button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="actions">
        {bank ? <button type="button" className="btn btn-secondary" onClick={() => { setBank(null); setText(''); focusInput(); }}>{t('trd.search.changeBank')}</button> : null}
        <button type="button" className="btn btn-secondary" onClick={onClose}>{t('common.close')}</button>
      </div>
    </>
  );
}
