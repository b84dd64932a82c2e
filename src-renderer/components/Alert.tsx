/** Messages for the whole form or page. Errors use role="alert"; notices are polite. */
import type { ReactNode } from 'react';

export function Alert({ kind = 'error', title, children, id }: { kind?: 'error' | 'warning' | 'info' | 'success'; title?: string; children?: ReactNode; id?: string }) {
  const role = kind === 'error' ? 'alert' : 'status';
  return (
    <div id={id} role={role} className={`alert alert-${kind}`}>
      {title ? <p className="alert-title">{title}</p> : null}
      {children ? <div className="alert-body">{children}</div> : null}
    </div>
  );
}

/** A polite live region that is always present, so changes inside it are announced. */
export function LiveRegion({ children, id }: { children?: ReactNode; id?: string }) {
  return (
    <div id={id} aria-live="polite" className="live-region">
      {children}
    </div>
  );
}
