/**
 * 表示言語: Japanese or English, applied at once and kept for the next start. A kiosk may offer
 * fewer languages (app.info): only those are offered here, as in the header.
 */
import { StepHeading } from '../../components/Heading.js';
import { useT } from '../../i18n/use-t.js';
import { useApp } from '../../state/app-store.js';
import { setLanguage } from '../../state/session.js';
import { SettingsFrame } from './SettingsFrame.js';

export function LanguageSetting({ onMenu }: { onMenu: () => void }) {
  const { t, lang } = useT();
  const offered = useApp((st) => st.info?.languages) ?? (['ja', 'en'] as const);
  return (
    <SettingsFrame id="language" title={t('set.lang.title')} onMenu={onMenu}>
      <StepHeading>{t('set.lang.choose')}</StepHeading>
      {offered.length < 2 ? <p className="note">{t('set.lang.fixed')}</p> : null}
      <fieldset className="choice">
        <legend>{t('set.lang.legend')}</legend>
        {offered.map((l) => (
          <div className="radio-card" key={l}>
            <input type="radio" id={`set-lang-${l}`} name="set-lang" value={l} checked={lang === l} onChange={() => void setLanguage(l)} />
            <label htmlFor={`set-lang-${l}`} lang={l}>{t(`app.language.${l}`)}</label>
          </div>
        ))}
      </fieldset>
      <p className="note" aria-live="polite" data-testid="language-now">{t('set.lang.now', { language: t(`app.language.${lang}`) })}</p>
      <p className="note">{t('set.lang.kept')}</p>
      <div className="actions">
        <button type="button" className="btn btn-primary" onClick={onMenu}>{t('set.backToMenu')}</button>
      </div>
    </SettingsFrame>
  );
}
