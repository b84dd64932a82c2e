/**
 * The tester controls' state: an offset on the bank's clock (ctx.now reads through it, so password
 * expiry, session timeouts, daily limits and history dates follow), faults armed per kind of
 * request, and the mail gate. Listeners hear of every change (the mailbox page's live state).
 */
import type { FaultKind, FaultMode, TesterState } from '../../src-shared/bank-api/index.js';
import type { MailGate } from './mail-gate.js';

const MINUTE_MS = 60_000;
const JST_OFFSET_MS = 9 * 3_600_000;

/** Whole minutes from `at` to just after the next midnight in Japan time. */
export function minutesToNextJstDay(at: number): number {
  const nextMidnight = Math.floor((at + JST_OFFSET_MS) / 86_400_000 + 1) * 86_400_000 - JST_OFFSET_MS;
  return Math.ceil((nextMidnight - at) / MINUTE_MS);
}

interface Fault { kind: FaultKind; mode: FaultMode; remaining: number }

export class TesterControls {
  private offsetMinutes = 0;
  private faults: Fault[] = [];
  private listeners = new Set<() => void>();
  mail: MailGate | null = null;

  constructor(private readonly base: () => number) {}

  /** The bank's clock: the real (or test) clock plus the offset. */
  readonly now = (): number => this.base() + this.offsetMinutes * MINUTE_MS;

  advance(minutes: number): void {
    this.offsetMinutes += minutes;
    this.changed();
  }

  toNextDay(): void {
    this.advance(minutesToNextJstDay(this.now()));
  }

  resetClock(): void {
    this.offsetMinutes = 0;
    this.changed();
  }

  /** Arms (or with count 0 disarms) a fault; arming the same kind and mode again replaces the count. */
  arm(kind: FaultKind, mode: FaultMode, count: number): void {
    this.faults = this.faults.filter((f) => !(f.kind === kind && f.mode === mode));
    if (count > 0) this.faults.push({ kind, mode, remaining: count });
    this.changed();
  }

  /** Whether a fault of this mode is armed for a request of this kind (the kind's own first, then `any`). */
  peek(kind: FaultKind | null, mode: FaultMode): boolean {
    return this.find(kind, mode) !== undefined;
  }

  /** Uses one fault of this mode for a request of this kind; false when none is armed. */
  take(kind: FaultKind | null, mode: FaultMode): boolean {
    const f = this.find(kind, mode);
    if (!f) return false;
    f.remaining -= 1;
    if (f.remaining === 0) this.faults = this.faults.filter((x) => x !== f);
    this.changed();
    return true;
  }

  private find(kind: FaultKind | null, mode: FaultMode): Fault | undefined {
    return this.faults.find((f) => f.mode === mode && kind !== null && f.kind === kind) ?? this.faults.find((f) => f.mode === mode && f.kind === 'any');
  }

  /** Back to real time, no faults, no mail delay or hold (held mail dropped). */
  clearAll(): void {
    this.offsetMinutes = 0;
    this.faults = [];
    this.mail?.discard();
    this.changed();
  }

  state(): TesterState {
    const mail = { delaySeconds: this.mail?.delaySeconds ?? 0, held: this.mail?.held ?? false, heldCount: this.mail?.heldCount ?? 0 };
    return {
      active: this.offsetMinutes !== 0 || mail.delaySeconds > 0 || mail.held || this.faults.length > 0,
      clockOffsetMinutes: this.offsetMinutes,
      bankTime: new Date(this.now()).toISOString(),
      mail,
      faults: this.faults.map((f) => ({ ...f })),
    };
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  changed(): void {
    for (const l of this.listeners) l();
  }
}
