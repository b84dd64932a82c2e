/**
 * Real mail out (BANK_SMTP_URL): every bank mail goes to the sink and, as a copy, to a real server
 * (here a second smtp-server with STARTTLS on a self-signed certificate and AUTH). A copy that
 * cannot go never holds up or fails the operation, and the URL's password never reaches the log.
 */
import { spawnSync } from 'node:child_process';
import net from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseBankEnv } from '../../../mock-bank/config.js';
import { BANK_ENTRY, ensureBankBuilt } from '../../support/bank-process.js';
import { listMessages, waitForOtp } from '../../support/mailbox.js';
import { startTestBank, type TestBank } from './helpers.js';
import { makeSelfSigned, startRealServer, until, type RealServer, type SelfSigned } from './real-smtp.js';

const USER = 'tester@relay.example';
const PASS = 'Relay-pa55:w/rd%';
const urlFor = (port: number, pass = PASS, host = '127.0.0.1') => `smtp://${encodeURIComponent(USER)}:${encodeURIComponent(pass)}@${host}:${port}`;
/** The password as it could leak: plain, %-encoded, or inside AUTH PLAIN / AUTH LOGIN exchanges. */
const leaks = (pass: string) => [pass, encodeURIComponent(pass), Buffer.from(pass).toString('base64'), Buffer.from(`\0${USER}\0${pass}`).toString('base64')];

let cert: SelfSigned;
let real: RealServer | null = null;
let t: TestBank | null = null;
let log: string[] = [];

beforeAll(() => {
  cert = makeSelfSigned();
});
afterAll(() => cert.remove());
afterEach(async () => {
  await t?.close();
  await real?.close();
  t = null;
  real = null;
});

async function bankWith(env: Record<string, string>): Promise<TestBank> {
  const parsed = parseBankEnv(env);
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  // Each bank writes to its own list: a late line from a closed bank never lands in the next one's.
  const lines: string[] = [];
  log = lines;
  t = await startTestBank({ smtpRelay: parsed.config.smtpRelay, logLevel: 'info' }, { write: (s) => void lines.push(s) });
  return t;
}

/** A transfer to mail-user's registered payee: the bank mails a password and answers 201. */
async function transferWithMail(bank: TestBank) {
  const token = await bank.api.login('mail-user');
  const payeeId = (await bank.api.get('/api/v1/payees', token)).body.payees[0].id as string;
  const created = await bank.api.post('/api/v1/operations', { type: 'transfer', fromAccountId: 'acc_1234567', amount: 1000, payeeId }, token);
  expect(created.status).toBe(201);
  const inSink = await waitForOtp(bank.mailboxUrl, 'mail-user@docomo.ne.jp', { reference: created.body.otp.reference });
  // The login sent its notice first (the login waits for the sink to take it).
  const notice = (await listMessages(bank.mailboxUrl, 'mail-user@docomo.ne.jp')).find((m) => m.subject.includes('ログインのお知らせ'))!;
  return { created, inSink, notice };
}

const logText = () => log.join('');
const relayLines = () => log.map((l) => JSON.parse(l) as { msg: string; relay?: Record<string, unknown> }).filter((l) => l.relay !== undefined);

describe('real mail out', () => {
  it('sends each mail to the sink and to the real server over STARTTLS with AUTH', async () => {
    real = await startRealServer({ tls: cert, login: { user: USER, pass: PASS } });
    const bank = await bankWith({ BANK_SMTP_URL: urlFor(real.port), BANK_SMTP_CA: cert.certFile });
    const { created, inSink, notice } = await transferWithMail(bank);
    // Two mails went: the login notice and the password.
    await until(() => real!.deliveries.length === 2, 'the copies at the real server');
    expect(real.deliveries.map((d) => d.subject).sort()).toEqual([notice.subject, inSink.message.subject].sort());
    const copy = real.deliveries.find((d) => d.subject === inSink.message.subject)!;
    expect(copy.to).toEqual(['mail-user@docomo.ne.jp']);
    expect(copy.subject).toBe(inSink.message.subject);
    expect(copy.text).toContain(`照合番号: ${created.body.otp.reference as string}`);
    expect(copy.text).toContain(inSink.code);
    expect(copy.secure).toBe(true);
    expect(copy.user).toBe(USER);
    expect(real.deliveries.every((d) => d.secure && d.user === USER)).toBe(true);
    // One session per pooled connection, each upgraded and authenticated.
    expect(real.logins.length).toBeGreaterThan(0);
    for (const l of real.logins) expect(l).toEqual({ user: USER, accepted: true, secure: true });
    await until(() => relayLines().some((l) => l.msg === 'mail relayed'), 'the relay log line');
    expect(relayLines()[0]!.relay).toMatchObject({ host: '127.0.0.1', port: real.port });
    for (const s of leaks(PASS)) expect(logText()).not.toContain(s);
  });

  it('logs a wrong password by code and host only, and the operation goes on', async () => {
    real = await startRealServer({ tls: cert, login: { user: USER, pass: PASS } });
    const wrong = 'Wrong-secret-77';
    const bank = await bankWith({ BANK_SMTP_URL: urlFor(real.port, wrong), BANK_SMTP_CA: cert.certFile });
    const { created } = await transferWithMail(bank);
    await until(() => relayLines().some((l) => l.msg === 'mail relay failed'), 'the failure log line');
    const failed = relayLines().find((l) => l.msg === 'mail relay failed')!;
    expect(failed.relay).toEqual({ host: '127.0.0.1', port: real.port, to: expect.any(String), code: 'EAUTH', systemCode: null, responseCode: 535 });
    // Each pooled connection tried once (the login notice and the password may each have opened one).
    expect(real.logins.length).toBeGreaterThan(0);
    for (const l of real.logins) expect(l).toEqual({ user: USER, accepted: false, secure: true });
    expect(real.deliveries).toEqual([]);
    // The operation waits for its password as usual.
    expect((await bank.api.get(`/api/v1/operations/${created.body.id as string}`, await bank.api.login('mail-user'))).body.status).toBe('awaiting-authorization');
    for (const s of [...leaks(wrong), ...leaks(PASS)]) expect(logText()).not.toContain(s);
  });

  it('refuses a certificate it was not told to trust, and a server that offers no STARTTLS', async () => {
    real = await startRealServer({ tls: cert, login: { user: USER, pass: PASS } });
    const bank = await bankWith({ BANK_SMTP_URL: urlFor(real.port) });
    await transferWithMail(bank);
    await until(() => relayLines().some((l) => l.msg === 'mail relay failed'), 'the failure log line');
    expect(relayLines()[0]!.relay).toMatchObject({ code: 'ESOCKET', systemCode: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
    expect(real.logins).toEqual([]);
    await bank.close();
    await real.close();
    // A plain server that is not on this machine's loopback names (127.0.0.2 is routed to lo on Linux).
    real = await startRealServer({ host: '127.0.0.2', login: { user: USER, pass: PASS } });
    const plain = await bankWith({ BANK_SMTP_URL: urlFor(real.port, PASS, '127.0.0.2') });
    await transferWithMail(plain);
    await until(() => relayLines().some((l) => l.msg === 'mail relay failed'), 'the failure log line');
    expect(relayLines().find((l) => l.msg === 'mail relay failed')!.relay!.code).toBe('ETLS');
    expect(real.logins).toEqual([]);
    expect(real.deliveries).toEqual([]);
    for (const s of leaks(PASS)) expect(logText()).not.toContain(s);
  });

  it('sends to a mail catcher on loopback without TLS or a login', async () => {
    real = await startRealServer({});
    const bank = await bankWith({ BANK_SMTP_URL: `smtp://localhost:${real.port}` });
    await transferWithMail(bank);
    await until(() => real!.deliveries.length === 2, 'the copies at the mail catcher (login notice and password)');
    for (const d of real.deliveries) expect(d).toMatchObject({ secure: false, user: null, to: ['mail-user@docomo.ne.jp'] });
  });

  it('never holds up the operation: a server that does not answer, and one that is not there', async () => {
    const connections: net.Socket[] = [];
    const silent = net.createServer((s) => void connections.push(s));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', () => r()));
    const silentPort = (silent.address() as net.AddressInfo).port;
    try {
      const bank = await bankWith({ BANK_SMTP_URL: urlFor(silentPort) });
      await transferWithMail(bank);
      // The copy is still waiting for a greeting, yet the operation has its answer and its mail.
      await until(() => connections.length > 0, 'the copy to connect');
      expect(relayLines()).toEqual([]);
      await bank.close();
    } finally {
      for (const s of connections) s.destroy();
      await new Promise((r) => silent.close(r));
    }
    // Nothing listens on the port now.
    const gone = await bankWith({ BANK_SMTP_URL: urlFor(silentPort) });
    await transferWithMail(gone);
    await until(() => relayLines().some((l) => l.msg === 'mail relay failed'), 'the failure log line');
    expect(relayLines()[0]!.relay).toMatchObject({ host: '127.0.0.1', port: silentPort, code: 'ESOCKET', systemCode: 'ECONNREFUSED' });
    for (const s of leaks(PASS)) expect(logText()).not.toContain(s);
  });
});

describe('BANK_SMTP_URL and BANK_SMTP_CA settings', () => {
  it('stops the bank with exit 2 and a line that names the setting but not the password', () => {
    ensureBankBuilt();
    for (const [name, value] of [
      ['BANK_SMTP_URL', `http://${USER}:${PASS}@mail.example:587`],
      ['BANK_SMTP_URL', `smtp://u:${PASS}@mail.example:587/inbox`],
      ['BANK_SMTP_URL', `smtp://:${PASS}@mail.example`],
      ['BANK_SMTP_URL', `smtp://u:%E0%A4%A@mail.example`],
      ['BANK_SMTP_CA', '/nonexistent/ca.pem'],
    ] as const) {
      const r = spawnSync(process.execPath, [BANK_ENTRY], { env: { PATH: process.env.PATH, BANK_DB: ':memory:', [name]: value }, encoding: 'utf8' });
      expect(r.status, value).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(name);
      expect(r.stderr).not.toContain(PASS);
      expect(r.stderr).not.toContain(encodeURIComponent(PASS));
    }
  });

  it('reads smtp:// as STARTTLS on 587 and smtps:// as TLS on 465, with %-decoded credentials', () => {
    const plain = parseBankEnv({ BANK_SMTP_URL: `smtp://${encodeURIComponent(USER)}:${encodeURIComponent(PASS)}@mail.example` });
    expect(plain.ok && plain.config.smtpRelay).toEqual({ secure: false, host: 'mail.example', port: 587, user: USER, pass: PASS, ca: null });
    const tls = parseBankEnv({ BANK_SMTP_URL: 'smtps://mail.example', BANK_SMTP_CA: cert.certFile });
    expect(tls.ok && tls.config.smtpRelay).toEqual({ secure: true, host: 'mail.example', port: 465, user: null, pass: null, ca: cert.certPem });
    const none = parseBankEnv({});
    expect(none.ok && none.config.smtpRelay).toBeNull();
  });
});
