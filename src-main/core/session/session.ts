/**
 * The session: logged-out → start-of-use-required → ready, and back to logged-out on logout, idle
 * timeout, absolute timeout or when the bank no longer accepts the token. The access token lives
 * here, in main-process memory only; nothing else keeps it.
 */
import type { SessionState } from '../../../src-shared/ipc/contract.js';
import type { EndReason } from '../../../src-shared/ipc/events.js';
import type { Clock, TimerHandle } from '../clock.js';
import { CoreError } from '../errors.js';

export type { EndReason };

export interface SessionTimeouts {
  /** Seconds without activity until the session ends. */
  idleSeconds: number;
  /** Seconds without activity until the warning; the warning then says `idleSeconds − idleWarningSeconds` are left. */
  idleWarningSeconds: number;
  /** Seconds after login until the session ends whatever the activity. */
  absoluteSeconds: number;
}

export interface SessionEvents {
  idleWarning(secondsLeft: number): void;
  /** The session is over; `token` is the one it held (to log it out at the bank). */
  ended(reason: EndReason, token: string): void;
}

interface Live {
  token: string;
  loginId: string;
  state: Exclude<SessionState, 'logged-out'>;
  startedAt: number;
  lastActivity: number;
  warned: boolean;
}

export class Session {
  private live: Live | null = null;
  private idleWarnTimer: TimerHandle | null = null;
  private idleEndTimer: TimerHandle | null = null;
  private absoluteTimer: TimerHandle | null = null;

  constructor(
    private readonly clock: Clock,
    readonly timeouts: SessionTimeouts,
    private readonly events: SessionEvents,
  ) {}

  get state(): SessionState {
    return this.live?.state ?? 'logged-out';
  }

  get loginId(): string | null {
    return this.live?.loginId ?? null;
  }

  /** A successful login: replaces any earlier session without an "ended" event for it. */
  begin(token: string, loginId: string, startOfUseRequired: boolean): void {
    this.stopTimers();
    const now = this.clock.now();
    this.live = { token, loginId, state: startOfUseRequired ? 'start-of-use-required' : 'ready', startedAt: now, lastActivity: now, warned: false };
    this.absoluteTimer = this.clock.setTimeout(() => this.end('absolute'), this.timeouts.absoluteSeconds * 1000);
    this.armIdle();
  }

  /** Whether `token` is the current session's: an answer to an older session's call says nothing about this one. */
  holds(token: string): boolean {
    return this.live?.token === token;
  }

  /** The start-of-use procedure is done. */
  markReady(): void {
    if (this.live) this.live.state = 'ready';
  }

  /** The token for a call that needs the given state; counts as activity. Throws a typed error. */
  tokenFor(required: 'any' | 'start-of-use-required' | 'ready'): string {
    const live = this.live;
    if (!live) throw new CoreError('NOT_LOGGED_IN', 'Not logged in.');
    if (required === 'ready' && live.state !== 'ready') {
      throw new CoreError('START_OF_USE_PENDING', 'Finish the start-of-use procedure first.');
    }
    if (required === 'start-of-use-required' && live.state !== 'start-of-use-required') {
      throw new CoreError('START_OF_USE_ALREADY_DONE', 'The start-of-use procedure is already done.');
    }
    this.touch();
    return live.token;
  }

  /** The customer did something: restarts the idle clock (and withdraws a warning). */
  touch(): void {
    if (!this.live) return;
    this.live.lastActivity = this.clock.now();
    this.live.warned = false;
    this.armIdle();
  }

  /** Ends the session, clears the token and timers; emits "ended" once. Returns the old token. */
  end(reason: EndReason): string | null {
    const live = this.live;
    this.stopTimers();
    this.live = null;
    if (!live) return null;
    this.events.ended(reason, live.token);
    return live.token;
  }

  /** Stops every timer without an event (shutting down). */
  dispose(): string | null {
    const token = this.live?.token ?? null;
    this.stopTimers();
    this.live = null;
    return token;
  }

  private armIdle(): void {
    this.clock.clearTimeout(this.idleWarnTimer);
    this.clock.clearTimeout(this.idleEndTimer);
    const { idleSeconds, idleWarningSeconds } = this.timeouts;
    this.idleWarnTimer = this.clock.setTimeout(() => {
      if (!this.live) return;
      this.live.warned = true;
      this.events.idleWarning(idleSeconds - idleWarningSeconds);
    }, idleWarningSeconds * 1000);
    this.idleEndTimer = this.clock.setTimeout(() => this.end('idle'), idleSeconds * 1000);
  }

  private stopTimers(): void {
    for (const t of [this.idleWarnTimer, this.idleEndTimer, this.absoluteTimer]) this.clock.clearTimeout(t);
    this.idleWarnTimer = this.idleEndTimer = this.absoluteTimer = null;
  }
}
