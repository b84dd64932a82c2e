/**
 * 各種利用設定: the menu and the page chosen from it. Each flow is its own file and returns to the
 * menu when done; the menu reloads the customer's state every time it is shown.
 */
import { useState } from 'react';
import { About } from './About.js';
import { EmailChange } from './EmailChange.js';
import { LanguageSetting } from './LanguageSetting.js';
import { OtpDestinations } from './OtpDestinations.js';
import { RememberedId } from './RememberedId.js';
import { SelectEmail } from './SelectEmail.js';
import { SettingsMenu, type SettingsPage } from './SettingsMenu.js';
import { TokenRelease } from './TokenRelease.js';
import { TokenStart } from './TokenStart.js';

export default function Settings() {
  const [page, setPage] = useState<SettingsPage | 'menu'>('menu');
  const toMenu = () => setPage('menu');
  switch (page) {
    case 'menu': return <SettingsMenu onOpen={setPage} />;
    case 'email': return <EmailChange onMenu={toMenu} />;
    case 'select': return <SelectEmail onMenu={toMenu} onDestinations={() => setPage('destinations')} />;
    case 'destinations': return <OtpDestinations onMenu={toMenu} onSelect={() => setPage('select')} />;
    case 'token-start': return <TokenStart onMenu={toMenu} onRelease={() => setPage('token-release')} />;
    case 'token-release': return <TokenRelease onMenu={toMenu} />;
    case 'language': return <LanguageSetting onMenu={toMenu} />;
    case 'remembered': return <RememberedId onMenu={toMenu} />;
    case 'about': return <About onMenu={toMenu} />;
  }
}
