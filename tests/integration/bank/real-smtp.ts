/**
 * A second smtp-server standing in for a real mail server (BANK_SMTP_URL's target): STARTTLS with a
 * self-signed certificate made for the test by openssl, AUTH against one user and password, and a
 * record of every session that delivered a mail (was it upgraded to TLS, who logged in).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SelfSigned {
  dir: string;
  keyPem: string;
  certPem: string;
  /** The certificate's PEM file (for BANK_SMTP_CA). */
  certFile: string;
  remove(): void;
}

/** A key and a self-signed certificate for 127.0.0.1 and localhost. */
export function makeSelfSigned(): SelfSigned {
  const dir = mkdtempSync(path.join(tmpdir(), 'smtp-relay-'));
  const keyFile = path.join(dir, 'key.pem');
  const certFile = path.join(dir, 'cert.pem');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '2',
    '-subj', '/CN=relay-test.invalid', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost',
    '-keyout', keyFile, '-out', certFile,
  ], { stdio: 'pipe' });
  return { dir, keyPem: readFileSync(keyFile, 'utf8'), certPem: readFileSync(certFile, 'utf8'), certFile, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface Delivery {
  to: string[];
  subject: string;
  text: string;
  /** True when the session had been upgraded to TLS by STARTTLS before the mail. */
  secure: boolean;
  user: string | null;
}

export interface RealServer {
  port: number;
  deliveries: Delivery[];
  /** Logins tried, with whether they were accepted. */
  logins: { user: string; accepted: boolean; secure: boolean }[];
  close(): Promise<void>;
}

export interface RealServerOptions {
  host?: string;
  /** Key and certificate: STARTTLS is offered. Without them the server offers none (a plain mail catcher). */
  tls?: SelfSigned;
  /** The one login accepted; without it, no AUTH is offered or needed. */
  login?: { user: string; pass: string };
}

export async function startRealServer(o: RealServerOptions): Promise<RealServer> {
  const deliveries: Delivery[] = [];
  const logins: RealServer['logins'] = [];
  const server = new SMTPServer({
    secure: false,
    ...(o.tls ? { key: o.tls.keyPem, cert: o.tls.certPem } : {}),
    authMethods: ['PLAIN', 'LOGIN'],
    authOptional: o.login === undefined,
    disabledCommands: [...(o.tls ? [] : ['STARTTLS']), ...(o.login ? [] : ['AUTH'])],
    logger: false,
    onAuth(auth, session, done) {
      const accepted = auth.username === o.login?.user && auth.password === o.login?.pass;
      logins.push({ user: auth.username ?? '', accepted, secure: session.secure });
      if (accepted) done(null, { user: auth.username });
      else done(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    },
    onData(stream, session, done) {
      simpleParser(stream).then(
        (mail) => {
          deliveries.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            secure: session.secure,
            user: typeof session.user === 'string' ? session.user : null,
          });
          done();
        },
        (error: Error) => done(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, o.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { port: address.port, deliveries, logins, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/** Polls until `check` holds (a wait, not a timing assertion: the deadline only ends a stuck test). */
export async function until(check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`still waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
