/**
 * The two ends every operation flow shares: the authorize step (its heading, what it is for, then
 * the passwords) and the receipt of the completed operation. Give each a `key` where one flow shows
 * two authorize steps in a row, so the second starts with empty fields.
 */
import type { ReactNode } from 'react';
import { useT } from '../../i18n/use-t.js';
import { AuthorizeStep, type AuthorizeStepProps, type Completed } from '../AuthorizeStep.js';
import { StepHeading } from '../Heading.js';
import { Receipt } from '../Receipt.js';

export function AuthorizePart({ heading, intro, note, ...step }: AuthorizeStepProps & {
  heading: string; intro: string; /** Shown between the intro and the passwords. */ note?: ReactNode;
}) {
  return (
    <div>
      <StepHeading>{heading}</StepHeading>
      <p>{intro}</p>
      {note}
      <AuthorizeStep {...step} />
    </div>
  );
}

export function DonePart({ done, title, rows, children }: {
  done: Completed; title: string; rows: [string, ReactNode][]; children: ReactNode;
}) {
  return <Receipt title={title} receiptNumber={done.receiptNumber} completedAt={done.completedAt} rows={rows}>{children}</Receipt>;
}

/** The settings flows' way out of their receipt. */
export function BackToMenu({ onMenu }: { onMenu: () => void }) {
  const { t } = useT();
  return <button type="button" className="btn btn-primary" onClick={onMenu}>{t('set.backToMenu')}</button>;
}
