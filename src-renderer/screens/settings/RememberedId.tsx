/** 記憶したログインID: whether one is kept in this computer's keychain, and forgetting it. */
import { useState } from 'react';
import { Alert } from '../../components/Alert.js';
import { StepHeading } from '../../components/Heading.js';
import { useT } from '../../i18n/use-t.js';
import { netbank } from '../../lib/bridge.js';
import { useApp } from '../../state/app-store.js';
import { SettingsFrame } from './SettingsFrame.js';

export function RememberedId({ onMenu }: { onMenu: () => void }) {
  const { t } = useT();
  const { rememberedLoginId, keychain, info } = useApp();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<'forgotten' | 'failed' | null>(null);

  const forget = async () => {
    setBusy(true);
    const r = await netbank().preferences.forgetLoginId({});
    setBusy(false);
    if (r.ok) {
      useApp.setState({ rememberedLoginId: r.value.rememberedLoginId, keychain: r.value.keychain });
      setResult(r.value.rememberedLoginId === null ? 'forgotten' : 'failed');
    } else setResult('failed');
  };

  return (
    <SettingsFrame id="remembered" title={t('set.remember.title')} onMenu={onMenu}>
      <StepHeading>{t('set.remember.heading')}</StepHeading>
      <p>{t('set.remember.intro')}</p>
      {info?.kiosk || keychain === 'disabled-kiosk' ? (
        <Alert kind="info"><p>{t('set.remember.kiosk')}</p></Alert>
      ) : keychain === 'unavailable' && rememberedLoginId === null ? (
        <Alert kind="info"><p>{t('set.remember.unavailable')}</p></Alert>
      ) : rememberedLoginId ? (
        <>
          <p data-testid="remembered-id">{t('set.remember.now', { id: rememberedLoginId })}</p>
          <div className="actions">
            <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void forget()}>{t('set.remember.forget')}</button>
          </div>
        </>
      ) : (
        <p data-testid="remembered-id">{t('set.remember.none')}</p>
      )}
      <div aria-live="polite">
        {result === 'forgotten' ? <Alert kind="success"><p>{t('set.remember.done')}</p></Alert> : null}
        {result === 'failed' ? <Alert kind="error"><p>{t('set.remember.failed')}</p></Alert> : null}
      </div>
      <div className="actions">
        <button type="button" className="btn btn-secondary" onClick={onMenu}>{t('set.backToMenu')}</button>
      </div>
    </SettingsFrame>
  );
}
