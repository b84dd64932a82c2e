import { afterEach, describe, expect, it } from 'vitest';
import { waitForOtp } from '../../support/mailbox.js';
import { startTestBank, type TestBank } from './helpers.js';

let t: TestBank;
afterEach(async () => t?.close());

const good = { newLoginPassword: 'fresh-login-7', confirmationPassword: 'fresh-confirm-8', email: 'new-user@au.com' };

describe('start-of-use for new-user', () => {
  it('blocks every other path until done', async () => {
    t = await startTestBank();
    const token = await t.api.login('new-user', 'demo-first-1');
    for (const path of ['/api/v1/accounts', '/api/v1/payees', '/api/v1/accounts/acc_4567890/transactions']) {
      const r = await t.api.get(path, token);
      expect(r.status, path).toBe(403);
      expect(r.body.error.code).toBe('START_OF_USE_REQUIRED');
    }
    const op = await t.api.post('/api/v1/operations', { type: 'token-start' }, token);
    expect(op.body.error.code).toBe('START_OF_USE_REQUIRED');
    expect((await t.api.get('/api/v1/me', token)).body.startOfUseRequired).toBe(true);
  });

  it('needs the explicit acknowledgement for free and cloud mail', async () => {
    t = await startTestBank();
    const token = await t.api.login('new-user', 'demo-first-1');
    for (const email of ['someone@gmail.com', 'someone@icloud.com']) {
      const r = await t.api.post('/api/v1/start-of-use', { ...good, email }, token);
      expect(r.status, email).toBe(422);
      expect(r.body.error.code).toBe('FREE_MAIL_NOT_ACKNOWLEDGED');
    }
    const ok = await t.api.post('/api/v1/start-of-use', { ...good, email: 'someone@gmail.com', acknowledgeFreeMail: true }, token);
    expect(ok.status).toBe(202);
  });

  it('checks the password rules', async () => {
    t = await startTestBank();
    const token = await t.api.login('new-user', 'demo-first-1');
    const weak = await t.api.post('/api/v1/start-of-use', { ...good, newLoginPassword: 'short1' }, token);
    expect(weak.status).toBe(422);
    expect(weak.body.error.code).toBe('PASSWORD_POLICY');
    const same = await t.api.post('/api/v1/start-of-use', { ...good, confirmationPassword: good.newLoginPassword }, token);
    expect(same.body.error.code).toBe('PASSWORD_POLICY');
    const bad = await t.api.post('/api/v1/start-of-use', { ...good, email: 'not an address' }, token);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
  });

  it('completes with the mailed password, then the new passwords work and the old one does not', async () => {
    t = await startTestBank();
    const token = await t.api.login('new-user', 'demo-first-1');
    const started = await t.api.post('/api/v1/start-of-use', good, token);
    expect(started.status).toBe(202);
    expect(started.body.otp.destinations).toEqual(['n***@au.com']);
    const mail = await waitForOtp(t.mailboxUrl, good.email, { reference: started.body.otp.reference });
    expect(mail.message.from).toContain('@otp-auth.net');

    const wrongCode = mail.code === '000000' ? '000001' : '000000';
    const wrong = await t.api.post('/api/v1/start-of-use/verify', { mailOtp: wrongCode }, token);
    expect(wrong.status).toBe(401);
    expect(wrong.body.error).toMatchObject({ code: 'OTP_INVALID', attemptsLeft: 4 });

    const done = await t.api.post('/api/v1/start-of-use/verify', { mailOtp: mail.code }, token);
    expect(done.status).toBe(200);
    expect(done.body).toEqual({ startOfUseRequired: false });
    expect((await t.api.get('/api/v1/accounts', token)).status).toBe(200);
    expect((await t.api.get('/api/v1/me', token)).body).toMatchObject({ email: good.email, startOfUseRequired: false });

    const again = await t.api.post('/api/v1/start-of-use', good, token);
    expect(again.body.error.code).toBe('START_OF_USE_ALREADY_DONE');
    expect((await t.api.post('/api/v1/sessions', { loginId: 'new-user', password: 'demo-first-1', channel: 'pc' })).status).toBe(401);
    const fresh = await t.api.login('new-user', good.newLoginPassword);
    expect((await t.api.get('/api/v1/me', fresh)).body.startOfUseRequired).toBe(false);
  });

  it('a resent password voids the first one', async () => {
    t = await startTestBank({ otpResendCooldownSeconds: 0 });
    const token = await t.api.login('new-user', 'demo-first-1');
    const first = await t.api.post('/api/v1/start-of-use', good, token);
    const firstCode = (await waitForOtp(t.mailboxUrl, good.email, { reference: first.body.otp.reference })).code;
    const resent = await t.api.post('/api/v1/start-of-use/otp', undefined, token);
    expect(resent.status).toBe(201);
    const old = await t.api.post('/api/v1/start-of-use/verify', { mailOtp: firstCode }, token);
    expect(old.body.error.code).toBe('OTP_SUPERSEDED');
    const code = (await waitForOtp(t.mailboxUrl, good.email, { reference: resent.body.otp.reference })).code;
    expect((await t.api.post('/api/v1/start-of-use/verify', { mailOtp: code }, token)).status).toBe(200);
  });
});
