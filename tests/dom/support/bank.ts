/**
 * The demo bank for DOM tests: a real process on loopback with its tester controls on (clock,
 * expiry, lock, reset), and its mailbox, read over plain Node HTTP: the test thread's `fetch` is
 * happy-dom's, which behaves like a page (CORS, an Origin the tester guard refuses).
 */
import http from 'node:http';
import { MailboxMessages, TESTER_PATHS, TesterState } from '../../../src-shared/bank-api/index.js';
import { startBankProcess, type BankProcess } from '../../support/bank-process.js';
import { parseOtpMail, type OtpMail } from '../../support/mailbox.js';

function request(url: string, method: string, body?: unknown): Promise<{ status: number; text: string }> {
  const u = new URL(url);
  const data = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: u.hostname, port: u.port, path: `${u.pathname}${u.search}`, method, headers: data ? { 'content-type': 'application/json' } : {} },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

async function control(apiUrl: string, path: string, body: unknown): Promise<void> {
  const r = await request(new URL(path, apiUrl).href, 'POST', body);
  if (r.status !== 200) throw new Error(`tester control ${path} answered ${r.status}: ${r.text}`);
}

/** What the tests do to a demo bank: its tester controls and its mailbox. */
export interface BankControls {
  apiUrl: string;
  mailboxUrl: string;
  /** Moves the bank's clock forward (password expiry, resend cooldown, session timeouts follow). */
  advanceMinutes(minutes: number): Promise<void>;
  expireOtps(loginId: string): Promise<void>;
  /** Fails the next `count` requests of a kind with 503 (count 0 disarms). */
  fail503(kind: 'login' | 'create-operation' | 'authorize' | 'resend' | 'any', count: number): Promise<void>;
  lock(loginId: string, locked: boolean): Promise<void>;
  /** Back to the seed data, empty mailbox, real clock. */
  reset(): Promise<void>;
  /** The bank's clock now (the real time plus the tester offset), in ms. */
  now(): Promise<number>;
  /** The mailed password with this reference (polls the mailbox until it is there). */
  otpMail(address: string, reference: string): Promise<OtpMail>;
}

export function bankControls(apiUrl: string, mailboxUrl: string): BankControls {
  return {
    apiUrl,
    mailboxUrl,
    advanceMinutes: (minutes: number) => control(apiUrl, TESTER_PATHS.clock, { advanceMinutes: minutes }),
    expireOtps: (loginId: string) => control(apiUrl, TESTER_PATHS.expireOtps, { loginId }),
    fail503: (kind, count) => control(apiUrl, TESTER_PATHS.faults, { kind, mode: '503', count }),
    lock: (loginId: string, locked: boolean) => control(apiUrl, TESTER_PATHS.lock, { loginId, locked }),
    reset: () => control(apiUrl, TESTER_PATHS.reset, {}),
    async now() {
      const r = await request(new URL(TESTER_PATHS.state, apiUrl).href, 'GET');
      // performance is not faked in the DOM tests, so this is the real time whatever the fake clock says.
      return performance.timeOrigin + performance.now() + TesterState.parse(JSON.parse(r.text)).clockOffsetMinutes * 60_000;
    },
    async otpMail(address: string, reference: string): Promise<OtpMail> {
      // Mail leaves the bank over SMTP within milliseconds; a few hundred looks are plenty.
      for (let i = 0; i < 400; i++) {
        const r = await request(`${new URL('/api/messages', mailboxUrl).href}?to=${encodeURIComponent(address)}`, 'GET');
        const found = MailboxMessages.parse(JSON.parse(r.text)).map(parseOtpMail).find((m) => m?.reference === reference);
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      throw new Error(`no password mail with reference ${reference} for ${address}`);
    },
  };
}

/** A demo bank process of its own, tester controls on. */
export function startDomBank(env: Record<string, string>): Promise<BankProcess> {
  return startBankProcess({ env: { BANK_RESET: '1', BANK_TESTER_CONTROLS: '1', BANK_LOG_LEVEL: 'warn', ...env } });
}
