// Bad input typed into the real forms: the transfer (new payee and amount) and start of use
// (passwords and address). Each tricky value (zero-width spaces, full-width characters, a
// homoglyph domain, negative, fractional and oversized amounts, kanji in a payee name) shows its
// own plain message next to the field, and nothing reaches the bank: a proxy between the host and
// the bank records every request, and no POST passes it while the bad values are on screen.
import { expect, test } from '@playwright/test';
import { startBankProcess, type BankProcess } from '../support/bank-process.js';
import { FULL_WIDTH, KANJI_PAYEE_NAME, OTHER_PAYEE_NAME } from '../support/e2e/data.js';
import { LoginPage, Shell, StartOfUsePage, TransferPage } from '../support/e2e/pages.js';
import { missingPrerequisite, rendererEnv } from '../support/e2e/stack.js';
import { ja, like } from '../support/e2e/text.js';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy.js';
import { startHostProcess, type HostProcess } from '../support/host-process.js';
import { listMessages } from '../support/mailbox.js';

test.skip(missingPrerequisite() !== null, `E2E cannot run here: ${missingPrerequisite()}`);

let bank: BankProcess;
let proxy: FaultProxy;
let host: HostProcess;
test.beforeAll(async () => {
  bank = await startBankProcess({ env: { BANK_RESET: '1' } });
  proxy = await startFaultProxy(bank.apiUrl);
  host = await startHostProcess({ bankUrl: proxy.url, env: { NETBANK_KIOSK: '1', ...rendererEnv() } });
});
test.afterAll(async () => {
  await host?.stop();
  await proxy?.close();
  await bank?.stop();
});

/** Requests that would store something at the bank (or send mail), seen since `mark`. */
const postsSince = (mark: number) => proxy.seen.slice(mark).filter((s) => s.method === 'POST').map((s) => s.path);

test('transfer form: tricky payee details and amounts get their own message and never reach the bank', async ({ page }) => {
  await new Shell(page).open(host.url);
  await new LoginPage(page).loginToHome('mail-user');
  const tr = new TransferPage(page);
  await tr.start();
  const mark = proxy.seen.length;
  // The login's notice mail is there already (the bank sends it before it answers the login).
  const mailsAtMark = await listMessages(bank.mailboxUrl);

  // New payee: a zero-width space in the bank code, too many digits, kanji in the name.
  await tr.fillNewPayee({ bankCode: '00\u200b05', branchCode: FULL_WIDTH.branchCodeMixed, accountNumber: '76543210', name: KANJI_PAYEE_NAME });
  await tr.next().click();
  await expect(tr.fieldError('bankCode')).toHaveText(ja('tr.err.bankCode'));
  await expect(tr.fieldError('accountNumber')).toHaveText(ja('tr.err.accountNumber'));
  await expect(tr.fieldError('name')).toContainText(like('ja', 'tr.err.nameChars'));
  await expect(tr.field('bankCode')).toBeFocused();
  // Full-width digits are fine where only digits make sense: the branch code had no message.
  await expect(tr.fieldError('branchCode')).toBeHidden();

  // A valid payee, then amounts that must be refused one by one.
  await tr.fillNewPayee({ bankCode: '0005', branchCode: '101', accountNumber: '7654321', name: OTHER_PAYEE_NAME });
  await tr.next().click();
  await expect(tr.amountField()).toBeVisible();
  const amounts: [string, RegExp][] = [
    ['-1000', like('ja', 'amount.err.AMOUNT_TOO_SMALL')],
    ['0', like('ja', 'amount.err.AMOUNT_TOO_SMALL')],
    ['1000.5', like('ja', 'amount.err.AMOUNT_NOT_WHOLE_YEN')],
    [FULL_WIDTH.amountWithZeroWidth, like('ja', 'amount.err.AMOUNT_NOT_A_NUMBER')],
    ['99999999999', like('ja', 'amount.err.AMOUNT_TOO_LARGE')],
    ['12,000,000', like('ja', 'amount.err.AMOUNT_TOO_LARGE')],
    [FULL_WIDTH.amountExponent, like('ja', 'amount.err.AMOUNT_NOT_A_NUMBER')],
    ['', like('ja', 'amount.err.AMOUNT_EMPTY')],
  ];
  for (const [text, message] of amounts) {
    await tr.amountField().fill(text);
    await tr.next().click();
    await expect(tr.amountError(), `amount ${JSON.stringify(text)}`).toHaveText(message);
    await expect(page.getByTestId('review')).toHaveCount(0);
  }
  expect(postsSince(mark)).toEqual([]);
  expect(await listMessages(bank.mailboxUrl)).toEqual(mailsAtMark);
});

test('start of use: full-width digits in a password and tricky addresses get their own message and never reach the bank', async ({ page }) => {
  await new Shell(page).open(host.url);
  await new LoginPage(page).login('new-user', 'demo-first-1');
  const sou = new StartOfUsePage(page);
  await expect(sou.title()).toBeVisible();
  const mark = proxy.seen.length;
  // Mail already there (the first test's login notice) stays; nothing new may come.
  const mailsAtMark = await listMessages(bank.mailboxUrl);

  // Full-width digits look like digits but are not allowed in a password.
  await sou.passwords({ login: FULL_WIDTH.passwordDigits, confirm: 'Confirm2025x' });
  await expect(sou.fieldError('new-login')).toHaveText(ja('sou.err.newLoginRules'));
  await sou.passwords({ login: 'NewLogin2025', confirm: 'Confirm2025x', confirmAgain: 'Confirm2025x\u200b' });
  await expect(sou.fieldError('confirm-again')).toHaveText(ja('sou.err.confirmMismatch'));
  await sou.passwords({ login: 'NewLogin2025', confirm: 'Confirm2025x' });
  await sou.stepHeadingFocused();

  const addresses: [string, string][] = [
    // A Cyrillic "о" in the domain: Chromium's e-mail field turns such a domain into its xn-- form,
    // which the app refuses as an international domain.
    ['arai@docоmo.ne.jp', ja('email.err.EMAIL_IDN_NOT_SUPPORTED')],
    ['arai\u200b@docomo.ne.jp', ja('email.err.EMAIL_INVISIBLE_CHARACTERS')],
    [FULL_WIDTH.atSign, ja('email.err.EMAIL_NON_ASCII')],
    ['arai@', ja('email.err.EMAIL_DOMAIN_INVALID')],
  ];
  for (const [address, message] of addresses) {
    await sou.email(address);
    await sou.next().click();
    await expect(sou.fieldError('email'), address).toHaveText(message);
    await expect(sou.field('email')).toBeFocused();
  }
  expect(postsSince(mark)).toEqual([]);
  expect(await listMessages(bank.mailboxUrl)).toEqual(mailsAtMark);
  await new Shell(page).logout();
});
