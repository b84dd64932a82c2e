/** Home's 前回ログイン日時: the login before this one (Japan time and channel), or that there was none. */
import { useT } from '../i18n/use-t.js';
import { channelName, loginTime, openLoginsSettingsNext, useLoginHistory } from '../lib/logins.js';
import { navigate } from '../state/app-store.js';

export function PreviousLogin() {
  const { t } = useT();
  const { history, failed } = useLoginHistory();
  if (!history && !failed) return null;
  const previous = history?.previous ?? null;
  return (
    <p className="previous-login" data-testid="previous-login">
      <span data-testid="previous-login-text">
        {failed ? t('lgn.home.loadError') : previous ? t('lgn.home.previous', { time: loginTime(previous), channel: channelName(t, previous) }) : t('lgn.home.first')}
      </span>{' '}
      <button type="button" className="link-button" onClick={() => { openLoginsSettingsNext('logins'); navigate('settings'); }}>
        {t('lgn.home.toHistory')}
      </button>
    </p>
  );
}
