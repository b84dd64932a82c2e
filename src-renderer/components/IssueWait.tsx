/**
 * After 429 OTP_ISSUE_LIMIT: one notice, kept in view at the bottom of the window on every screen,
 * saying from when (Japan time) a new password can be sent, with a countdown; the screens keep
 * what was typed. Once the wait is over it says so and can be closed.
 */
import { clock } from '../i18n/format.js';
import { useT } from '../i18n/use-t.js';
import { issueWait, japanClock } from '../lib/otp-limits.js';
import { useNow } from '../lib/use-now.js';
import { useApp } from '../state/app-store.js';
import { dismissIssueWait } from '../state/session.js';

/** The notice's id: a button that waits for it (the resend button) points here with aria-describedby. */
export const ISSUE_WAIT_ID = 'issue-wait';

export function IssueWaitNotice() {
  const { t } = useT();
  const until = useApp((s) => s.issueWaitUntil);
  const now = useNow(1000, until !== null);
  if (until === null) return null;
  const w = issueWait(until, now);
  return (
    <aside className="issue-wait alert alert-warning" id={ISSUE_WAIT_ID} aria-labelledby={`${ISSUE_WAIT_ID}-title`} data-testid="issue-wait" data-over={w.over}>
      {/* The sentences are announced once; the countdown beside them is not a live region. */}
      <div role="status">
        <p className="alert-title" id={`${ISSUE_WAIT_ID}-title`}>{w.over ? t('lock.issue.over') : t('lock.issue.title')}</p>
        {w.over ? null : <p data-testid="issue-wait-until">{t('lock.issue.until', { time: japanClock(w.at) })}</p>}
      </div>
      {w.over ? (
        <button type="button" className="btn btn-secondary btn-small" onClick={dismissIssueWait}>{t('common.close')}</button>
      ) : (
        <>
          <p className="issue-wait-left" data-testid="issue-wait-left">{t('lock.issue.left', { time: clock(w.secondsLeft) })}</p>
          <p className="hint">{t('lock.issue.why')}</p>
        </>
      )}
    </aside>
  );
}

/** Whether a new password may be asked for now (false while the issue limit's wait runs). */
export function useIssueWaiting(): boolean {
  const until = useApp((s) => s.issueWaitUntil);
  const now = useNow(1000, until !== null);
  return until !== null && !issueWait(until, now).over;
}
