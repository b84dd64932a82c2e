/** The frame of every settings page: the way back to the menu, the title, and the page. */
import type { ReactNode } from 'react';
import { useT } from '../../i18n/use-t.js';
import { StepHeading } from '../../components/Heading.js';

export function SettingsFrame({ id, title, onMenu, children, focusTitle = false }: {
  id: string; title: string; onMenu: () => void; children: ReactNode; focusTitle?: boolean;
}) {
  const { t } = useT();
  return (
    <section className="card wizard settings-page" aria-labelledby={`${id}-title`} data-testid={`settings-${id}`}>
      <p className="settings-back">
        <button type="button" className="link-button" onClick={onMenu}>{t('set.backToMenu')}</button>
      </p>
      {focusTitle ? (
        <StepHeading level={1} id={`${id}-title`}>{title}</StepHeading>
      ) : (
        <h1 id={`${id}-title`} className="page-title">{title}</h1>
      )}
      {children}
    </section>
  );
}
