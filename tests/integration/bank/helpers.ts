/** In-process demo bank for integration tests: real servers on loopback, a clock the test can move. */
import { randomUUID } from 'node:crypto';
import { URI, Secret, TOTP } from 'otpauth';
import { DEFAULT_CONFIG, type BankConfig } from '../../../mock-bank/config.js';
import { startBank, type RunningBank } from '../../../mock-bank/server.js';
import { TOKEN_USER_TOTP_SECRET } from '../../../mock-bank/seed.js';
import { parseOtpMail, waitForMessage } from '../../support/mailbox.js';
import type { Channel } from '../../../src-shared/domain/index.js';

export interface Clock {
  now(): number;
  advance(ms: number): void;
}

export function movableClock(): Clock {
  let offset = 0;
  return { now: () => Date.now() + offset, advance: (ms) => void (offset += ms) };
}

export interface ApiResponse {
  status: number;
  // Test code reads arbitrary fields of bank answers; each test checks the ones it relies on.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  headers: Headers;
}

export class Api {
  constructor(readonly baseUrl: string) {}

  async request(method: string, path: string, o: { token?: string; body?: unknown; key?: string | null; headers?: Record<string, string>; raw?: string } = {}): Promise<ApiResponse> {
    const headers: Record<string, string> = { ...o.headers };
    if (o.token) headers.authorization = `Bearer ${o.token}`;
    if (o.key) headers['idempotency-key'] = o.key;
    let payload: string | undefined = o.raw;
    if (o.body !== undefined) payload = JSON.stringify(o.body);
    if (payload !== undefined) headers['content-type'] ??= 'application/json';
    const res = await fetch(new URL(path, this.baseUrl), { method, headers, body: payload });
    const text = await res.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      body = text;
    }
    return { status: res.status, body, headers: res.headers };
  }

  get(path: string, token?: string) {
    return this.request('GET', path, { token });
  }

  post(path: string, body: unknown, token?: string, key: string | null = randomUUID()) {
    return this.request('POST', path, { token, body, key });
  }

  async login(loginId: string, password = 'demo-login-1', channel: Channel = 'pc'): Promise<string> {
    const r = await this.post('/api/v1/sessions', { loginId, password, channel });
    if (r.status !== 201) throw new Error(`login ${loginId}: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body.token as string;
  }
}

export interface TestBank {
  bank: RunningBank;
  api: Api;
  mailboxUrl: string;
  clock: Clock;
  close(): Promise<void>;
}

export async function startTestBank(overrides: Partial<BankConfig> = {}, logDestination?: { write(s: string): void }): Promise<TestBank> {
  const clock = movableClock();
  const config: BankConfig = {
    ...DEFAULT_CONFIG, apiPort: 0, smtpPort: 0, mailboxPort: 0, dbPath: ':memory:', logLevel: 'silent', ...overrides,
  };
  const bank = await startBank(config, { now: clock.now, logDestination, checkResponses: true });
  return { bank, api: new Api(bank.apiUrl), mailboxUrl: bank.mailboxUrl, clock, close: () => bank.close() };
}

/** The newest mail-notified password mail with this reference. */
export async function otpFor(mailboxUrl: string, reference: string): Promise<string> {
  const m = await waitForMessage(mailboxUrl, undefined, (x) => parseOtpMail(x)?.reference === reference);
  return parseOtpMail(m)!.code;
}

export function totpCode(secretBase32: string, at: number): string {
  return new TOTP({ secret: Secret.fromBase32(secretBase32), algorithm: 'SHA1', digits: 6, period: 30 }).generate({ timestamp: at });
}

export interface Completion {
  created: ApiResponse;
  steps: ApiResponse[];
  /** The secret of a token enrolled by token-start (from its provisioning URI). */
  enrolledSecret?: string;
}

/**
 * Creates an operation and authorizes every step with the factors each asks for: mailed passwords
 * from the mailbox, token codes from the seed secret (or the one just enrolled). The clock moves
 * 31 s after each token code, as a code is good only once.
 */
export async function completeOperation(
  t: TestBank,
  token: string,
  body: unknown,
  o: { confirmationPassword?: string; totpSecret?: string } = {},
): Promise<Completion> {
  const created = await t.api.post('/api/v1/operations', body, token);
  const result: Completion = { created, steps: [] };
  if (created.status !== 201) return result;
  let current: { factors: string[]; otp?: { reference: string } } = created.body;
  let totpSecret = o.totpSecret ?? TOKEN_USER_TOTP_SECRET;
  for (let guard = 0; guard < 4; guard++) {
    const auth: Record<string, string> = {};
    if (current.factors.includes('confirmation-password')) auth.confirmationPassword = o.confirmationPassword ?? 'demo-confirm-1';
    if (current.factors.includes('mail-otp')) auth.mailOtp = await otpFor(t.mailboxUrl, current.otp!.reference);
    if (current.factors.includes('token-otp')) {
      auth.tokenOtp = totpCode(totpSecret, t.clock.now());
    }
    const r = await t.api.post(`/api/v1/operations/${created.body.id}/authorize`, auth, token);
    if (current.factors.includes('token-otp')) t.clock.advance(31_000);
    result.steps.push(r);
    if (r.status !== 200 || r.body.status === 'completed') return result;
    if (r.body.provisioningUri) {
      const uri = URI.parse(r.body.provisioningUri as string) as TOTP;
      totpSecret = uri.secret.base32;
      result.enrolledSecret = totpSecret;
    }
    current = r.body;
  }
  throw new Error('too many steps');
}
