/**
 * The demo bank for DOM tests: a real process on loopback with its tester controls on (clock,
 * expiry, lock, reset), and its mailbox, read over plain Node HTTP: the test thread's `fetch` is
 * happy-dom's, which behaves like a page (CORS, an Origin the tester guard refuses).
 */
import http from 'node:http';
import { MailboxMessages, TESTER_PATHS } from '../../../src-shared/bank-api/index.js';
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

export interface DomBank extends BankProcess {
  /** Moves the bank's clock forward (password expiry, resend cooldown, session timeouts follow). */
  advanceMinutes(minutes: number): Promise<void>;
  expireOtps(loginId: string): Promise<void>;
  lock(loginId: string, locked: boolean): Promise<void>;
  /** Back to the seed data, empty mailbox, real clock. */
  reset(): Promise<void>;
  /** The mailed password with this reference (polls the mailbox until it is there). */
  otpMail(address: string, reference: string): Promise<OtpMail>;
}

export async function startDomBank(env: Record<string, string> = {}): Promise<DomBank> {
  const bank = await startBankProcess({ env: { BANK_RESET: '1', BANK_TESTER_CONTROLS: '1', BANK_LOG_LEVEL: 'warn', ...env } });
  return Object.assign(bank, {
    advanceMinutes: (minutes: number) => control(bank.apiUrl, TESTER_PATHS.clock, { advanceMinutes: minutes }),
    expireOtps: (loginId: string) => control(bank.apiUrl, TESTER_PATHS.expireOtps, { loginId }),
    lock: (loginId: string, locked: boolean) => control(bank.apiUrl, TESTER_PATHS.lock, { loginId, locked }),
    reset: () => control(bank.apiUrl, TESTER_PATHS.reset, {}),
    async otpMail(address: string, reference: string): Promise<OtpMail> {
      // Mail leaves the bank over SMTP within milliseconds; a few hundred looks are plenty.
      for (let i = 0; i < 400; i++) {
        const r = await request(`${new URL('/api/messages', bank.mailboxUrl).href}?to=${encodeURIComponent(address)}`, 'GET');
        const found = MailboxMessages.parse(JSON.parse(r.text)).map(parseOtpMail).find((m) => m?.reference === reference);
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      throw new Error(`no password mail with reference ${reference} for ${address}`);
    },
  });
}
