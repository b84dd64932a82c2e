// The bank and branch directory: look-ups by code and by name or reading, bad input, the session
// it needs, and transfers to codes it does not know (refused before any password is mailed).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BanksResponse, BranchesResponse } from '../../../src-shared/bank-api/index.js';
import { DEFAULT_BANK_PROFILE } from '../../../src-shared/bank-profile/index.js';
import { SEED_CUSTOMERS } from '../../../mock-bank/seed.js';
import { startTestBank, type TestBank } from './helpers.js';

let t: TestBank;
let token: string;
beforeAll(async () => {
  t = await startTestBank();
  token = await t.api.login('mail-user');
});
afterAll(() => t.close());

const get = (path: string) => t.api.get(path, token);
const codes = (list: { code: string }[]) => list.map((e) => e.code);
const mails = async () => ((await (await fetch(`${t.mailboxUrl}/api/messages`)).json()) as unknown[]).length;

describe('banks', () => {
  it('finds a bank by its code, with name and reading, in the shared schema', async () => {
    const r = await get('/api/v1/banks?code=0005');
    expect(r.status).toBe(200);
    expect(BanksResponse.parse(r.body)).toEqual({ banks: [{ code: '0005', name: 'サンプル銀行', kana: 'サンプルギンコウ' }] });
  });

  it('knows bank 0001 and the bank itself under the code of its profile', async () => {
    expect(codes((await get('/api/v1/banks?code=0001')).body.banks)).toEqual(['0001']);
    const own = (await get(`/api/v1/banks?code=${DEFAULT_BANK_PROFILE.bankCode}`)).body.banks;
    expect(own).toEqual([expect.objectContaining({ code: DEFAULT_BANK_PROFILE.bankCode, name: DEFAULT_BANK_PROFILE.bankName.ja })]);
  });

  it('answers an unknown code with no bank (200, empty list)', async () => {
    expect(await get('/api/v1/banks?code=0404')).toMatchObject({ status: 200, body: { banks: [] } });
  });

  it.each([
    ['kanji', '信託', ['0288']],
    ['hiragana reading', 'さんぷる', ['0005', '0288']],
    ['katakana reading', 'サンプルシンタク', ['0288']],
    ['half-width katakana', 'ｻﾝﾌﾟﾙ', ['0005', '0288']],
    ['a space inside', 'サンプル 銀行', ['0005']],
    ['reading in Latin letters', 'sanpuru', ['0005', '0288']],
    ['reading in Latin letters, another spelling', 'Sampuru Shintaku', ['0288']],
    ['nothing matching', 'ありえない名前', []],
  ])('searches by %s', async (_kind, q, expected) => {
    const r = await get(`/api/v1/banks?q=${encodeURIComponent(q)}`);
    expect(r.status).toBe(200);
    expect(codes(r.body.banks)).toEqual(expected);
  });
});

describe('branches', () => {
  it.each([
    ['0001', '001'], ['0001', '101'], ['0005', '101'], ['0005', '123'],
  ])('bank %s has branch %s', async (bank, branch) => {
    const r = await get(`/api/v1/banks/${bank}/branches?code=${branch}`);
    expect(r.status).toBe(200);
    const body = BranchesResponse.parse(r.body);
    expect(body.bank.code).toBe(bank);
    expect(codes(body.branches)).toEqual([branch]);
  });

  it('names the branch of the mail example: サンプル銀行 青山支店', async () => {
    const r = await get('/api/v1/banks/0005/branches?code=101');
    expect(r.body).toEqual({ bank: { code: '0005', name: 'サンプル銀行', kana: 'サンプルギンコウ' }, branches: [{ code: '101', name: '青山支店', kana: 'アオヤマシテン' }] });
  });

  it('answers a branch code the bank does not have with no branch', async () => {
    expect(await get('/api/v1/banks/0005/branches?code=999')).toMatchObject({ status: 200, body: { bank: { code: '0005' }, branches: [] } });
  });

  it('searches one bank\'s branches by name or reading', async () => {
    expect(codes((await get(`/api/v1/banks/0005/branches?q=${encodeURIComponent('しぶや')}`)).body.branches)).toEqual(['123']);
    expect(codes((await get(`/api/v1/banks/0001/branches?q=${encodeURIComponent('丸の内')}`)).body.branches)).toEqual(['101']);
    // Only that bank's branches: 渋谷 is a branch of 0005, not of 0001.
    expect((await get(`/api/v1/banks/0001/branches?q=${encodeURIComponent('渋谷')}`)).body.branches).toEqual([]);
  });

  it('refuses the branches of a bank the directory does not know: 422 UNKNOWN_BANK', async () => {
    const r = await get('/api/v1/banks/0404/branches?code=101');
    expect(r.status).toBe(422);
    expect(r.body.error.code).toBe('UNKNOWN_BANK');
  });

  it('resolves every seed payee and every seed account branch', async () => {
    for (const c of SEED_CUSTOMERS) {
      const p = (await get(`/api/v1/banks/${c.payee.bankCode}/branches?code=${c.payee.branchCode}`)).body;
      expect(codes(p.branches), `${c.loginId}'s payee`).toEqual([c.payee.branchCode]);
      const own = (await get(`/api/v1/banks/${DEFAULT_BANK_PROFILE.bankCode}/branches?code=${c.branchCode}`)).body;
      expect(codes(own.branches), `${c.loginId}'s account`).toEqual([c.branchCode]);
    }
  });
});

describe('bad input', () => {
  it.each([
    ['neither code nor q', '/api/v1/banks', ['code']],
    ['both code and q', '/api/v1/banks?code=0005&q=x', ['code']],
    ['a 3-digit bank code', '/api/v1/banks?code=005', ['code']],
    ['full-width digits', `/api/v1/banks?code=${encodeURIComponent('０００５')}`, ['code']],
    ['an empty search', '/api/v1/banks?q=', ['q']],
    ['only spaces', '/api/v1/banks?q=%20%20', ['q']],
    ['a search too long', `/api/v1/banks?q=${'あ'.repeat(31)}`, ['q']],
    ['a control character', '/api/v1/banks?q=a%00b', ['q']],
    ['an unknown parameter', '/api/v1/banks?code=0005&name=x', []],
    ['a bank code of letters in the path', '/api/v1/banks/abcd/branches?code=101', ['bankCode']],
    ['a 4-digit branch code', '/api/v1/banks/0005/branches?code=1010', ['code']],
    ['branches with neither code nor q', '/api/v1/banks/0005/branches', ['code']],
  ])('%s → 400 VALIDATION_FAILED with issues', async (_name, path, issuePath) => {
    const r = await get(path);
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('VALIDATION_FAILED');
    expect(r.body.error.issues.length).toBeGreaterThan(0);
    expect(r.body.error.issues.map((i: { path: unknown[] }) => i.path)).toContainEqual(issuePath);
  });

  it('needs a session like every customer path', async () => {
    expect((await t.api.get('/api/v1/banks?code=0005')).status).toBe(401);
    expect((await t.api.get('/api/v1/banks/0005/branches?code=101')).status).toBe(401);
  });
});

describe('transfers to codes the directory does not know', () => {
  const adHoc = (bankCode: string, branchCode: string) => ({
    type: 'transfer', fromAccountId: 'acc_1234567', amount: 1000,
    payee: { bankCode, branchCode, accountType: 'ordinary', accountNumber: '7654321', name: 'ﾔﾏﾀﾞ ｻﾁｺ' },
  });

  it.each([
    ['an unknown bank', '0404', '101', 'UNKNOWN_BANK'],
    ['an unknown branch of a known bank', '0005', '999', 'UNKNOWN_BRANCH'],
  ])('%s is refused at creation with 422, and no password is mailed', async (_name, bank, branch, code) => {
    const before = await mails();
    const r = await t.api.post('/api/v1/operations', adHoc(bank, branch), token);
    expect(r.status).toBe(422);
    expect(r.body.error.code).toBe(code);
    expect(await mails()).toBe(before);
  });

  it('a known pair is accepted and the summary names the bank and the branch', async () => {
    const r = await t.api.post('/api/v1/operations', adHoc('0005', '123'), token);
    expect(r.status).toBe(201);
    expect(r.body.summary.payeeBankName).toBe('サンプル銀行 渋谷支店');
    // The code and the branch apart too, so a screen or mail can name the bank itself in its own language.
    expect(r.body.summary).toMatchObject({ payeeBankCode: '0005', payeeBranchName: '渋谷支店' });
  });
});
