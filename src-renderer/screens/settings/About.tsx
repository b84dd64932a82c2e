/** このアプリについて: version, which bank it is set up for, support, and the sender domains. */
import { useEffect, useState } from 'react';
import type { ResponseOf } from '../../../src-shared/ipc/contract.js';
import { Alert } from '../../components/Alert.js';
import { StepHeading } from '../../components/Heading.js';
import { SenderDomains } from '../../components/SenderDomains.js';
import { Summary } from '../../components/Summary.js';
import { useT } from '../../i18n/use-t.js';
import { netbank } from '../../lib/bridge.js';
import { SettingsFrame } from './SettingsFrame.js';

export function About({ onMenu }: { onMenu: () => void }) {
  const { t, lang } = useT();
  const [info, setInfo] = useState<ResponseOf<'app.info'> | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    void (async () => {
      const r = await netbank().app.info({});
      if (r.ok) setInfo(r.value);
      else setFailed(true);
    })();
  }, []);
  const p = info?.profile;
  return (
    <SettingsFrame id="about" title={t('set.about.title')} onMenu={onMenu}>
      <StepHeading>{t('set.about.heading')}</StepHeading>
      {failed ? <Alert kind="error"><p>{t('home.loadError')}</p></Alert> : null}
      {info && p ? (
        <>
          <Summary testId="about" rows={[
            [t('set.about.version'), <span data-testid="about-version">{info.version}</span>],
            [t('set.about.host'), t(info.host === 'electron' ? 'set.about.hostElectron' : 'set.about.hostBrowser')],
            [t('set.about.mode'), t(info.kiosk ? 'set.about.kiosk' : 'set.about.personal')],
            ...(info.testBuild ? [[t('set.about.build'), t('set.about.testBuild')] as [string, string]] : []),
            [t('set.about.bank'), t('set.about.bankValue', { name: p.bankName[lang], code: p.bankCode })],
            [t('set.about.profile'), <code>{p.id}</code>],
            [t('set.about.otpValidity'), t('set.about.minutes', { n: Math.round(p.otpValiditySeconds / 60) })],
            [t('set.about.support'), t('set.about.supportValue', { phone: p.support.phone, hours: p.support.hours[lang] })],
          ]} />
          <SenderDomains headingLevel={2} />
        </>
      ) : !failed ? <p role="status">{t('common.loading')}</p> : null}
      <div className="actions">
        <button type="button" className="btn btn-secondary" onClick={onMenu}>{t('set.backToMenu')}</button>
      </div>
    </SettingsFrame>
  );
}
