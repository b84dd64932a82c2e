// Demo bank latency: request round trips and OTP mail delivery (operation created -> visible in the
// mailbox API). Starts the built bank on random ports with a temp database. Prints p50/p99.
// Usage: node bench/bank-latency.mjs [samples]   (builds dist/bank first when missing)
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const entry = path.join(root, 'dist/bank/main.mjs');
const samples = Number(process.argv[2] ?? 200);
if (!existsSync(entry)) spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), 'bank'], { stdio: 'inherit' });

const dir = mkdtempSync(path.join(os.tmpdir(), 'bank-bench-'));
const child = spawn(process.execPath, [entry], {
  env: { ...process.env, BANK_PORT: '0', SINK_SMTP_PORT: '0', SINK_HTTP_PORT: '0', BANK_DB: path.join(dir, 'bank.sqlite'), BANK_OTP_RESEND_COOLDOWN_S: '0', BANK_LOG_LEVEL: 'warn', BANK_DAILY_LIMIT: '1000000000' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const [api, mailbox] = await new Promise((resolve, reject) => {
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
    const m = /BANK_READY (\S+) (\S+)/.exec(out);
    if (m) resolve([m[1], m[2]]);
  });
  child.on('exit', (c) => reject(new Error(`bank exited ${c}`)));
});

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const fmt = (xs) => `n=${xs.length} p50=${pct(xs, 50).toFixed(2)} ms p99=${pct(xs, 99).toFixed(2)} ms max=${Math.max(...xs).toFixed(2)} ms`;
async function call(method, p, body, token) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  if (method === 'POST') headers['idempotency-key'] = randomUUID();
  const t0 = performance.now();
  const res = await fetch(api + p, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const json = res.status === 204 ? null : await res.json();
  return { ms: performance.now() - t0, status: res.status, json };
}

const login = await call('POST', '/api/v1/sessions', { loginId: 'mail-user', password: 'demo-login-1', channel: 'pc' });
const token = login.json.token;
const results = { login: [], accounts: [], createWithMail: [], mailDelivery: [] };
for (let i = 0; i < Math.min(samples, 50); i++) results.login.push((await call('POST', '/api/v1/sessions', { loginId: 'token-user', password: 'demo-login-1', channel: 'pc' })).ms);
for (let i = 0; i < samples; i++) results.accounts.push((await call('GET', '/api/v1/accounts', undefined, token)).ms);
const transfer = { type: 'transfer', fromAccountId: 'acc_1234567', amount: 1, payee: { bankCode: '0005', branchCode: '101', accountType: 'ordinary', accountNumber: '7654321', name: 'ﾔﾏﾀﾞ ｻﾁｺ' } };
for (let i = 0; i < samples; i++) {
  const t0 = performance.now();
  const r = await call('POST', '/api/v1/operations', transfer, token);
  if (r.status !== 201) throw new Error(`create: ${r.status} ${JSON.stringify(r.json)}`);
  results.createWithMail.push(r.ms);
  const ref = r.json.otp.reference;
  for (;;) {
    const list = await (await fetch(`${mailbox}/api/messages?to=mail-user@docomo.ne.jp`)).json();
    if (list[0]?.reference === ref) break;
  }
  results.mailDelivery.push(performance.now() - t0);
  await fetch(`${mailbox}/api/messages`, { method: 'DELETE' });
}
child.kill('SIGTERM');
await new Promise((r) => child.once('exit', r));
rmSync(dir, { recursive: true, force: true });

console.log(`demo bank latency — node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} x${os.cpus().length}, ${os.platform()} ${os.release()}`);
console.log(`login (scrypt)              ${fmt(results.login)}`);
console.log(`GET /accounts               ${fmt(results.accounts)}`);
console.log(`POST /operations (+mail)    ${fmt(results.createWithMail)}`);
console.log(`OTP visible in mailbox API  ${fmt(results.mailDelivery)}  (from create request start; polled without sleep)`);
