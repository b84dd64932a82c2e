/**
 * Kept SMTP connections (nodemailer's SMTPConnection) for messages that are already written out
 * (mime.ts). nodemailer's pooled transport wraps even a finished message in a message object: a
 * MIME tree, a Message-ID, a stream pipeline per mail. To the local sink that took 1.5-1.8 ms per
 * mail here and this takes 0.2 ms, and every password mail's create waited for it.
 *
 * One message at a time per connection, up to `maxConnections`; the rest wait their turn. A
 * connection that failed is closed, never used again. A kept connection the server has closed
 * meanwhile (its idle timeout) fails at once; the message then goes once more over a new one.
 */
import SMTPConnection from 'nodemailer/lib/smtp-connection';

export interface SmtpPoolOptions {
  host: string;
  port: number;
  maxConnections: number;
  connectionTimeout: number;
  greetingTimeout: number;
  socketTimeout: number;
}

export interface Envelope {
  from: string;
  to: string[];
}

interface Lease {
  connection: SMTPConnection;
  /** It has sent before (the server may have closed it since). */
  reused: boolean;
}

type Waiter = (lease: Lease | Error) => void;

/** Errors of the connection, not of the message: the message may go over another connection. */
function connectionLost(error: unknown): boolean {
  const e = error as { code?: string; responseCode?: number };
  return e.code === 'ECONNECTION' || e.code === 'ESOCKET' || e.code === 'ETIMEDOUT' || e.responseCode === 421;
}

export class SmtpPool {
  private readonly idle: SMTPConnection[] = [];
  private readonly waiting: Waiter[] = [];
  /** Connections open or opening. */
  private count = 0;
  /** How to let go of each open connection (once): not counted, not kept. */
  private readonly forgetters = new Map<SMTPConnection, () => void>();
  private closed = false;

  constructor(private readonly o: SmtpPoolOptions) {}

  /** Resolves once the server has taken the message (250). */
  async send(envelope: Envelope, raw: Buffer): Promise<void> {
    const lease = await this.acquire();
    try {
      await this.sendOn(lease.connection, envelope, raw);
    } catch (error) {
      this.discard(lease.connection);
      if (!lease.reused || !connectionLost(error)) throw error;
      const fresh = await this.open();
      try {
        await this.sendOn(fresh.connection, envelope, raw);
      } catch (again) {
        this.discard(fresh.connection);
        throw again;
      }
      this.release(fresh.connection);
      return;
    }
    this.release(lease.connection);
  }

  /** Closes the kept connections; waiting and later messages fail. */
  close(): void {
    this.closed = true;
    for (const c of this.idle.splice(0)) c.quit();
    for (const w of this.waiting.splice(0)) w(new Error('mail pool closed'));
  }

  private sendOn(connection: SMTPConnection, envelope: Envelope, raw: Buffer): Promise<void> {
    return new Promise((resolve, reject) => {
      connection.send(envelope, raw, (error) => (error ? reject(error) : resolve()));
    });
  }

  private acquire(): Promise<Lease> {
    if (this.closed) return Promise.reject(new Error('mail pool closed'));
    const kept = this.idle.pop();
    if (kept) return Promise.resolve({ connection: kept, reused: true });
    if (this.count < this.o.maxConnections) return this.open();
    return new Promise((resolve, reject) => {
      this.waiting.push((lease) => (lease instanceof Error ? reject(lease) : resolve(lease)));
    });
  }

  /** A new connection, counted from now; resolves once the server has greeted it. */
  private open(): Promise<Lease> {
    if (this.closed) return Promise.reject(new Error('mail pool closed'));
    this.count += 1;
    const connection = new SMTPConnection({
      host: this.o.host, port: this.o.port, secure: false, ignoreTLS: true,
      connectionTimeout: this.o.connectionTimeout, greetingTimeout: this.o.greetingTimeout, socketTimeout: this.o.socketTimeout,
    });
    const forget = () => {
      if (!this.forgetters.delete(connection)) return;
      this.count -= 1;
      const at = this.idle.indexOf(connection);
      if (at >= 0) this.idle.splice(at, 1);
      this.serveNextWaiter();
    };
    this.forgetters.set(connection, forget);
    // Errors also reach the send or connect callback; without a listener one would be thrown.
    connection.on('error', () => undefined);
    connection.once('end', forget);
    return new Promise((resolve, reject) => {
      // Before the greeting a failure comes as 'error' (refused, timed out) or 'end' (closed), not
      // through connect's callback.
      const failed = (error?: Error) => {
        connection.off('error', failed);
        connection.off('end', closed);
        connection.close();
        forget();
        reject(error ?? Object.assign(new Error('the mail server closed the connection before greeting'), { code: 'ECONNECTION' }));
      };
      const closed = () => failed();
      connection.once('error', failed);
      connection.once('end', closed);
      connection.connect((error) => {
        if (error) {
          failed(error);
          return;
        }
        connection.off('error', failed);
        connection.off('end', closed);
        resolve({ connection, reused: false });
      });
    });
  }

  private release(connection: SMTPConnection): void {
    const next = this.waiting.shift();
    if (next) next({ connection, reused: true });
    else if (this.closed) connection.quit();
    else this.idle.push(connection);
  }

  /** Closes a connection that failed and makes room for a waiting message at once. */
  private discard(connection: SMTPConnection): void {
    connection.close();
    this.forgetters.get(connection)?.();
  }

  /** A message waiting while there is room again gets a new connection. */
  private serveNextWaiter(): void {
    if (this.count >= this.o.maxConnections || this.closed) return;
    const next = this.waiting.shift();
    if (next) this.open().then(next, next);
  }
}
