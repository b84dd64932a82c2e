/**
 * Print or save the page on screen (a receipt) as PDF. Main does the work: Electron prints to PDF
 * and asks where to save; the browser host answers 'browser-print' and the browser's own print
 * dialog opens. A kiosk shows no PDF button, and a print button only when its file allows printing.
 */
import { useState } from 'react';
import type { SaveOutcome } from '../../src-shared/ipc/statements.js';
import type { MessageKey, Vars } from '../i18n/i18n.js';
import { useT } from '../i18n/use-t.js';
import { netbank } from '../lib/bridge.js';
import { useApp } from '../state/app-store.js';
import '../print.css';

export interface SaveNote { key: MessageKey; vars?: Vars; error?: boolean }

/** What to tell the customer after main answered (and what the page itself still has to do). */
export function afterSave(outcome: SaveOutcome): SaveNote | null {
  switch (outcome.outcome) {
    case 'saved': return { key: 'save.saved', vars: { file: outcome.fileName } };
    case 'cancelled': return { key: 'save.cancelled' };
    case 'printed': return { key: 'save.printed' };
    case 'download':
      // The host's own link: the browser saves the attachment; the page stays where it is.
      window.location.assign(outcome.url);
      return { key: 'save.download' };
    case 'browser-print':
      window.print();
      return null;
  }
}

export function usePrintRules(): { canSave: boolean; canPrint: boolean; browser: boolean } {
  const info = useApp((s) => s.info);
  const kiosk = info?.kiosk ?? true;
  return { canSave: !kiosk, canPrint: !kiosk || info?.allowPrinting === true, browser: info?.host === 'browser' };
}

export function PrintButtons({ name }: { name: string }) {
  const { t } = useT();
  const { canSave, canPrint, browser } = usePrintRules();
  const [note, setNote] = useState<SaveNote | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (to: 'pdf' | 'printer') => {
    setBusy(true);
    setNote(null);
    const r = await netbank().print.page({ to, name });
    setBusy(false);
    setNote(r.ok ? afterSave(r.value) : { key: `error.${r.error.code}`, error: true });
  };
  if (!canSave && !canPrint) return <p className="note no-print" data-testid="print-unavailable">{t('print.kioskNote')}</p>;
  return (
    <div className="print-buttons no-print" data-testid="print-buttons">
      {browser && canSave ? (
        <button type="button" className="btn btn-secondary" disabled={busy} onClick={() => void run('pdf')}>{t('print.browser')}</button>
      ) : (
        <>
          {canSave ? <button type="button" className="btn btn-secondary" disabled={busy} onClick={() => void run('pdf')}>{t('print.pdf')}</button> : null}
          {canPrint ? <button type="button" className="btn btn-secondary" disabled={busy} onClick={() => void run('printer')}>{t('print.printer')}</button> : null}
        </>
      )}
      <p aria-live="polite" className={note?.error ? 'field-error' : 'note'}>{note ? t(note.key, note.vars) : ''}</p>
    </div>
  );
}
