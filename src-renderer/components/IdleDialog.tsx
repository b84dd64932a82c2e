/** The idle warning: a modal dialog counting down to the automatic logout. */
import { useMemo } from 'react';
import { useT } from '../i18n/use-t.js';
import { useNow } from '../lib/use-now.js';
import { useApp } from '../state/app-store.js';
import { keepAlive, logout } from '../state/session.js';
import { useModalDialog } from '../lib/use-modal-dialog.js';

export function IdleDialog() {
  const { t } = useT();
  const secondsLeft = useApp((s) => s.idleSecondsLeft);
  const open = secondsLeft !== null;
  const ref = useModalDialog(open);
  const deadline = useMemo(() => (secondsLeft === null ? 0 : Date.now() + secondsLeft * 1000), [secondsLeft]);
  const now = useNow(1000, open);
  const left = Math.max(0, Math.ceil((deadline - now) / 1000));


  return (
    <dialog
      ref={ref}
      className="idle-dialog"
      aria-labelledby="idle-title"
      aria-describedby="idle-body"
      onCancel={(e) => {
        e.preventDefault();
        void keepAlive();
      }}
    >
      {open ? (
        <>
          <h2 id="idle-title">{t('idle.title')}</h2>
          <p id="idle-body">{t('idle.body', { n: left })}</p>
          <div className="actions">
            <button type="button" className="btn btn-primary" autoFocus onClick={() => void keepAlive()}>
              {t('idle.continue')}
            </button>
            <button type="button" className="btn btn-secondary" onClick={() => void logout()}>
              {t('idle.logout')}
            </button>
          </div>
        </>
      ) : null}
    </dialog>
  );
}
