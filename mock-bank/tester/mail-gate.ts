/**
 * Tester control over outgoing mail: delay each mail by N seconds, or hold every mail until
 * released (then they go in the order they were sent). A delayed or held mail counts as accepted
 * at once, as a mail server queueing it would; its later delivery failure is logged, not thrown.
 * With neither set, mail goes straight through as before.
 */
import type { Logger } from 'pino';
import type { MailContent } from '../mail-templates.js';
import type { Mailer } from '../mail.js';

interface Queued { from: string; to: string[]; content: MailContent }

export interface MailGate extends Mailer {
  readonly delaySeconds: number;
  readonly held: boolean;
  readonly heldCount: number;
  setDelay(seconds: number): void;
  /** hold:false sends every held mail, oldest first. */
  setHold(hold: boolean): Promise<void>;
  /** Drops held and delayed mail (reset to seed data). */
  discard(): number;
}

/** `changed` hears of every change to the delay, the hold or the held mails. */
export function gateMailer(inner: Mailer, log: Logger, changed: () => void = () => undefined): MailGate {
  let delaySeconds = 0;
  let held = false;
  let queue: Queued[] = [];
  const timers = new Set<NodeJS.Timeout>();

  const deliver = (m: Queued): Promise<void> =>
    inner.send(m.from, m.to, m.content).catch((error: unknown) => {
      log.error({ mail: { error: error instanceof Error ? error.message : String(error) } }, 'delayed or held mail not sent');
    });

  return {
    get delaySeconds() { return delaySeconds; },
    get held() { return held; },
    get heldCount() { return queue.length; },
    send(from, to, content) {
      if (held) {
        queue.push({ from, to, content });
        changed();
        return Promise.resolve();
      }
      if (delaySeconds > 0) {
        const timer = setTimeout(() => {
          timers.delete(timer);
          void deliver({ from, to, content });
        }, delaySeconds * 1000);
        timers.add(timer);
        return Promise.resolve();
      }
      return inner.send(from, to, content);
    },
    setDelay(seconds) {
      delaySeconds = seconds;
      changed();
    },
    async setHold(hold) {
      held = hold;
      const out = hold ? [] : queue;
      if (!hold) queue = [];
      changed();
      for (const m of out) await deliver(m); // one after another: the order the bank sent them in
    },
    discard() {
      const n = queue.length + timers.size;
      queue = [];
      for (const t of timers) clearTimeout(t);
      timers.clear();
      held = false;
      delaySeconds = 0;
      changed();
      return n;
    },
    close() {
      const dropped = this.discard();
      if (dropped > 0) log.info({ tester: { droppedMails: dropped } }, 'delayed or held mail dropped at shutdown');
      inner.close();
    },
  };
}
