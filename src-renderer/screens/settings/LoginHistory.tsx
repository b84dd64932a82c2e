/**
 * ログイン履歴: the last 10 logins (Japan time, channel), this one and the previous one marked, and
 * what to do when one was not the customer's (call the bank, change both passwords, notices on).
 */
import { Alert } from '../../components/Alert.js';
import { useT } from '../../i18n/use-t.js';
import { channelName, loginTime, useLoginHistory } from '../../lib/logins.js';
import { useApp } from '../../state/app-store.js';
import { SettingsFrame } from './SettingsFrame.js';

export function LoginHistory({ onMenu, onNotice }: { onMenu: () => void; onNotice: () => void }) {
  const { t, lang } = useT();
  const { history, failed } = useLoginHistory();
  const support = useApp((s) => s.info?.profile.support);
  // The previous login is the one right after this session's in the newest-first list.
  const currentAt = history ? history.logins.findIndex((l) => l.current) : -1;
  return (
    <SettingsFrame id="logins" title={t('lgn.history.title')} onMenu={onMenu}>
      <p>{t('lgn.history.intro')}</p>
      {failed ? <Alert kind="error"><p>{t('lgn.history.loadError')}</p></Alert> : null}
      {!history && !failed ? <p role="status">{t('common.loading')}</p> : null}
      {history && history.logins.length === 0 ? <p>{t('lgn.history.empty')}</p> : null}
      {history && history.logins.length > 0 ? (
        <div className="table-wrap">
          <table className="history" data-testid="login-history">
            <caption className="visually-hidden">{t('lgn.history.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('lgn.history.col.time')}</th>
                <th scope="col">{t('lgn.history.col.channel')}</th>
                <th scope="col">{t('lgn.history.col.note')}</th>
              </tr>
            </thead>
            <tbody>
              {history.logins.map((l, i) => (
                <tr key={`${l.at}-${i}`} data-current={l.current ? 'true' : undefined}>
                  <td>{loginTime(l)}</td>
                  <td>{channelName(t, l)}</td>
                  <td>{l.current ? t('lgn.history.current') : currentAt >= 0 && i === currentAt + 1 ? t('lgn.history.previous') : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <Alert kind="warning" title={t('lgn.history.notYoursTitle')}>
        <ol className="not-yours" data-testid="not-yours">
          {support ? <li>{t('lgn.history.notYours1', { phone: support.phone, hours: support.hours[lang] })}</li> : null}
          <li>{t('lgn.history.notYours2')}</li>
          <li>
            {t('lgn.history.notYours3')}{' '}
            <button type="button" className="link-button" onClick={onNotice}>{t('lgn.notice.title')}</button>
          </li>
        </ol>
      </Alert>
    </SettingsFrame>
  );
}
