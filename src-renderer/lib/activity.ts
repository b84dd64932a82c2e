/**
 * When the customer was last reported active to main (which runs the idle timeout). Reports are
 * spaced out; what was last reported is forgotten at every session end, so a kiosk's next customer
 * is reported at their first touch.
 */
let lastReportedAt = 0;

/** Whether a report is due at `nowMs` (at most one per `everyMs`); if so, it counts as made. */
export function activityReportDue(nowMs: number, everyMs: number): boolean {
  if (nowMs - lastReportedAt < everyMs) return false;
  lastReportedAt = nowMs;
  return true;
}

/** Called at every session end. */
export function forgetActivity(): void {
  lastReportedAt = 0;
}
