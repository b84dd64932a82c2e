/**
 * 各種利用設定: the menu and the page chosen from it. Each flow is its own file and returns to the
 * menu when done; the menu reloads the customer's state every time it is shown.
 */
import { useState } from 'react';
import { OtpLockGate } from '../../components/OtpLock.js';
import { useT } from '../../i18n/use-t.js';
import { takeSettingsPage } from '../../lib/limits.js';
import { takeLoginsPage } from '../../lib/logins.js';
import { settingAsksForPassword } from '../../lib/otp-limits.js';
import { About } from './About.js';
import { EmailChange } from './EmailChange.js';
import { LanguageSetting } from './LanguageSetting.js';
import { LoginHistory } from './LoginHistory.js';
import { LoginNotice } from './LoginNotice.js';
import { OtpDestinations } from './OtpDestinations.js';
import { RememberedId } from './RememberedId.js';
import { SelectEmail } from './SelectEmail.js';
import { SettingsMenu, type SettingsPage } from './SettingsMenu.js';
import { TokenRelease } from './TokenRelease.js';
import { TokenStart } from './TokenStart.js';
import { TransferLimit } from './TransferLimit.js';

export default function Settings() {
  const { t } = useT();
  const [page, setPage] = useState<SettingsPage | 'menu'>(() => takeSettingsPage() ?? takeLoginsPage() ?? 'menu');
  const toMenu = () => setPage('menu');
  // A page that asks for a one-time password shows the bank's lock instead, when there is one.
  if (page !== 'menu' && settingAsksForPassword(page)) {
    return <OtpLockGate key={page} onMenu={toMenu} menuLabel={t('set.backToMenu')}><PageFor page={page} setPage={setPage} /></OtpLockGate>;
  }
  return <PageFor page={page} setPage={setPage} />;
}

function PageFor({ page, setPage }: { page: SettingsPage | 'menu'; setPage: (p: SettingsPage | 'menu') => void }) {
  const toMenu = () => setPage('menu');
  switch (page) {
    case 'menu': return <SettingsMenu onOpen={setPage} />;
    case 'email': return <EmailChange onMenu={toMenu} />;
    case 'select': return <SelectEmail onMenu={toMenu} onDestinations={() => setPage('destinations')} />;
    case 'destinations': return <OtpDestinations onMenu={toMenu} onSelect={() => setPage('select')} />;
    case 'token-start': return <TokenStart onMenu={toMenu} onRelease={() => setPage('token-release')} />;
    case 'token-release': return <TokenRelease onMenu={toMenu} />;
    case 'limit': return <TransferLimit onMenu={toMenu} />;
    case 'logins': return <LoginHistory onMenu={toMenu} onNotice={() => setPage('login-notice')} />;
    case 'login-notice': return <LoginNotice onMenu={toMenu} />;
    case 'language': return <LanguageSetting onMenu={toMenu} />;
    case 'remembered': return <RememberedId onMenu={toMenu} />;
    case 'about': return <About onMenu={toMenu} />;
  }
}
