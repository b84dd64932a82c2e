// What the renderer keeps about one customer outside React (the learned resend cooldown, when
// activity was last reported) is forgotten at every session end, so a kiosk's next customer starts
// clean: logout, the idle end, the absolute end, and a session the bank says is gone.
import { beforeEach, describe, expect, it } from 'vitest';
import { activityReportDue } from '../../../src-renderer/lib/activity.js';
import { knownResendCooldown, learnResendCooldown } from '../../../src-renderer/lib/resend-cooldown.js';
import { useApp } from '../../../src-renderer/state/app-store.js';
import { endSession, watch } from '../../../src-renderer/state/session.js';

const EVERY = 10_000;

/** A customer who has used the app: a cooldown learned, activity reported just now (at t = 1000 s). */
function customerActive(): void {
  useApp.setState({ session: 'ready', route: 'home' });
  learnResendCooldown(45_000);
  activityReportDue(1_000_000, EVERY);
  expect(knownResendCooldown()).toBe(45_000);
  expect(activityReportDue(1_000_000 + 1, EVERY)).toBe(false);
}

function expectClean(): void {
  expect(knownResendCooldown()).toBeNull();
  // Reported at once, though the previous customer's report was only a moment before.
  expect(activityReportDue(1_000_000 + 1, EVERY)).toBe(true);
}

describe('module state at the session end', () => {
  beforeEach(() => endSession('logout'));

  it('spaces activity reports while the session lasts', () => {
    expect(activityReportDue(2_000_000, EVERY)).toBe(true);
    expect(activityReportDue(2_000_000 + EVERY - 1, EVERY)).toBe(false);
    expect(activityReportDue(2_000_000 + EVERY, EVERY)).toBe(true);
  });

  for (const reason of ['logout', 'idle', 'absolute', 'revoked'] as const) {
    it(`forgets both at a session end (${reason})`, () => {
      customerActive();
      endSession(reason);
      expect(useApp.getState().endReason).toBe(reason);
      expectClean();
    });
  }

  for (const code of ['SESSION_EXPIRED', 'NOT_LOGGED_IN', 'UNAUTHENTICATED'] as const) {
    it(`forgets both when an answer says the session is gone (${code})`, () => {
      customerActive();
      watch({ ok: false, error: { code, message: '' } });
      expect(useApp.getState().session).toBe('logged-out');
      expectClean();
    });
  }

  it('keeps both through an answer that is not about the session', () => {
    customerActive();
    watch({ ok: false, error: { code: 'INSUFFICIENT_FUNDS', message: '' } });
    expect(knownResendCooldown()).toBe(45_000);
    expect(activityReportDue(1_000_000 + 1, EVERY)).toBe(false);
  });
});
