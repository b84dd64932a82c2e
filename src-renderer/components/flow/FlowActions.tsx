/**
 * The buttons at the foot of a flow's steps before authorization, and the bank's refusal to create
 * the operation. `ReviewActions`: back, and on to authorization (payments). `CreateActions`: cancel,
 * and the button that sends the details to the bank (settings).
 */
import type { ReactNode } from 'react';
import type { IpcError } from '../../../src-shared/ipc/errors.js';
import type { MessageKey } from '../../i18n/i18n.js';
import { useT } from '../../i18n/use-t.js';
import { Alert } from '../Alert.js';

/**
 * The bank's answer to creating the operation, when it refused: its error's message, or `message`
 * when the screen says more; `children` offer a way out.
 */
export function CreateError({ error, message, children }: { error: IpcError | null; message?: string | null; children?: ReactNode }) {
  const { t } = useT();
  if (!error) return null;
  return (
    <Alert kind="error">
      <p>{message ?? t(`error.${error.code}`)}</p>
      {children}
    </Alert>
  );
}

export function ReviewActions({ busy, disabled, onBack, onAuthorize }: { busy: boolean; disabled?: boolean; onBack: () => void; onAuthorize: () => void }) {
  const { t } = useT();
  return (
    <div className="actions">
      <button type="button" className="btn btn-secondary" onClick={onBack}>{t('common.back')}</button>
      <button type="button" className="btn btn-primary" disabled={busy || disabled} onClick={onAuthorize}>
        {busy ? t('tr.creating') : t('tr.toAuthorize')}
      </button>
    </div>
  );
}

/** Without `onSend` the send button submits the form it is in. */
export function CreateActions({ busy, disabled, sendKey, onCancel, cancelKey = 'common.cancel', onSend }: {
  busy: boolean; disabled?: boolean; sendKey: MessageKey; onCancel: () => void; cancelKey?: MessageKey; onSend?: () => void;
}) {
  const { t } = useT();
  return (
    <div className="actions">
      <button type="button" className="btn btn-secondary" onClick={onCancel}>{t(cancelKey)}</button>
      <button type={onSend ? 'button' : 'submit'} className="btn btn-primary" disabled={busy || disabled} onClick={onSend}>
        {busy ? t('set.sending') : t(sendKey)}
      </button>
    </div>
  );
}
