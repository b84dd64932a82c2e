/**
 * Tells the renderer when the newest mail-notified password ran out. Only the newest password of a
 * customer is valid, so one timer is enough: a new password replaces it, a finished operation or the
 * end of the session clears it.
 */
import type { OtpInfo } from '../../src-shared/bank-api/index.js';
import type { Clock, TimerHandle } from './clock.js';

export class OtpWatch {
  private timer: TimerHandle | null = null;
  private operationId: string | null = null;

  constructor(
    private readonly clock: Clock,
    private readonly expired: (operationId: string | null) => void,
  ) {}

  issued(operationId: string | null, otp: OtpInfo | undefined): void {
    if (!otp) return;
    this.clear();
    const at = Date.parse(otp.expiresAt);
    if (!Number.isFinite(at)) return;
    this.operationId = operationId;
    this.timer = this.clock.setTimeout(() => {
      this.timer = null;
      this.expired(operationId);
    }, Math.max(0, at - this.clock.now()));
  }

  /** The operation finished (or the start-of-use procedure): its password no longer matters. */
  finished(operationId: string | null): void {
    if (this.timer && this.operationId === operationId) this.clear();
  }

  clear(): void {
    this.clock.clearTimeout(this.timer);
    this.timer = null;
    this.operationId = null;
  }
}
