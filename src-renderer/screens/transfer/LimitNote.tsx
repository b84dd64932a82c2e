/**
 * The amount step's note on today's limit: what is left today (Japan time, the bank's day), the
 * limit and what was used, a raise waiting, and the way to the limit settings. Read from the bank
 * each time the step is shown; the screen checks the amount against it before anything is sent.
 */
import { useEffect, useState } from 'react';
import type { TransferLimits } from '../../../src-shared/bank-api/limits.js';
import { yen } from '../../i18n/i18n.js';
import { useT } from '../../i18n/use-t.js';
import { netbank } from '../../lib/bridge.js';
import { limitDate, openLimitSettingsNext } from '../../lib/limits.js';
import { navigate } from '../../state/app-store.js';

/** `onLimits` must keep its identity (a state setter): the limits are read again when it changes. */
export function LimitNote({ onLimits }: { onLimits: (limits: TransferLimits | null) => void }) {
  const { t, lang } = useT();
  const [limits, setLimits] = useState<TransferLimits | null>(null);
  const [failed, setFailed] = useState(false);
  const fmt = (n: number) => yen(n, lang);

  useEffect(() => {
    let live = true;
    void (async () => {
      const r = await netbank().limits.get({});
      if (!live) return;
      setLimits(r.ok ? r.value : null);
      setFailed(!r.ok);
      onLimits(r.ok ? r.value : null);
    })();
    return () => {
      live = false;
    };
  }, [onLimits]);

  if (failed) return <p className="note">{t('lim.tr.unknown')}</p>;
  if (!limits) return null;
  return (
    <section className="limit-note" aria-labelledby="lim-tr-title" data-testid="limit-note">
      <h3 id="lim-tr-title" className="limit-note-title">{t('lim.tr.title')}</h3>
      <p className="limit-note-remaining">{t('lim.tr.remaining', { remaining: fmt(limits.remainingToday) })}</p>
      <p className="note">{t('lim.tr.detail', { limit: fmt(limits.dailyLimit), used: fmt(limits.usedToday) })}</p>
      {limits.pendingRaise ? (
        <p className="note">{t('lim.tr.pending', { date: limitDate(limits.pendingRaise.effectiveFrom, lang), amount: fmt(limits.pendingRaise.amount) })}</p>
      ) : null}
      <p>
        <button type="button" className="link-button" onClick={() => { openLimitSettingsNext(); navigate('settings'); }}>{t('lim.tr.toSettings')}</button>
      </p>
    </section>
  );
}
