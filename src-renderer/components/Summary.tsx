/** A list of label/value pairs (what is being authorized, a receipt). */
import type { ReactNode } from 'react';

export function Summary({ rows, testId }: { rows: [string, ReactNode][]; testId?: string }) {
  return (
    <dl className="summary" data-testid={testId}>
      {rows.map(([label, value]) => (
        <div key={label} className="summary-row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
