/** The last step of a flow: receipt number and time, what was done, and where to go next. */
import type { ReactNode } from 'react';
import { dateTime } from '../i18n/i18n.js';
import { useT } from '../i18n/use-t.js';
import { StepHeading } from './Heading.js';
import { PrintButtons } from './PrintButtons.js';
import { Summary } from './Summary.js';

/** `level` 1 where the receipt is the page itself (one reopened from the list), 2 as a flow's last step. */
export function Receipt({ title, receiptNumber, completedAt, rows, children, level = 2 }: {
  title: string; receiptNumber: string; completedAt: string; rows: [string, ReactNode][]; children?: ReactNode; level?: 1 | 2;
}) {
  const { t, lang } = useT();
  return (
    <section className="card receipt" aria-labelledby="receipt-title">
      <StepHeading level={level} id="receipt-title">{title}</StepHeading>
      <Summary
        testId="receipt"
        rows={[[t('receipt.number'), <span data-testid="receipt-number">{receiptNumber}</span>], [t('receipt.time'), dateTime(completedAt, lang)], ...rows]}
      />
      <p>{t('receipt.mailNote')}</p>
      <PrintButtons name={`receipt-${receiptNumber.replace(/[^A-Za-z0-9_-]/g, '')}`} />
      <div className="actions">{children}</div>
    </section>
  );
}
