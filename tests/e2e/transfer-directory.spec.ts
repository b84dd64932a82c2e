// Transfers as the bank says them, in both languages: the registered-payee policy (the bank's
// default asks for the mail password; BANK_REGISTERED_PAYEE_OTP=0 does not), the review note of a
// token user (no mail), bank and branch names on review, authorize and receipt (the bank itself by
// its profile's name in the screen's language: "Demo Bank" in English, never デモ銀行), names
// appearing as codes are typed, search by name filling the codes, and an unknown code refused
// before anything reaches the bank.
import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import * as OTPAuth from 'otpauth';
import { TOKEN_USER_TOTP_SECRET } from '../../mock-bank/seed.js';
import { checkScreen } from '../support/e2e/checks.js';
import { DIRECTORY, FULL_WIDTH, PAYEE_NAME, SEARCH_KANA, SEARCH_LATIN } from '../support/e2e/data.js';
import { LoginPage, Shell, TransferPage } from '../support/e2e/pages.js';
import { ReceiptsPage } from '../support/e2e/statements-pages.js';
import { missingPrerequisite, STACK_HOOK_MS, startStack, type Stack } from '../support/e2e/stack.js';
import { translate, type Lang } from '../support/e2e/text.js';
import { listMessages } from '../support/mailbox.js';

test.skip(missingPrerequisite() !== null, `E2E cannot run here: ${missingPrerequisite()}`);

const LANGS: Lang[] = ['ja', 'en'];
const MAIL_USER = 'mail-user@docomo.ne.jp';
/** mail-user's registered payee: an account at the bank itself, 本店営業部 (001). */
const OWN = DIRECTORY.own;
const AOYAMA = { bank: { ja: DIRECTORY.sampleBank, en: DIRECTORY.sampleBank }, bankCode: '0005', branch: DIRECTORY.aoyama, branchCode: '101' };
const named = (lang: Lang, p: Pick<typeof OWN, 'bank' | 'bankCode' | 'branch' | 'branchCode'>) =>
  `${translate(lang, 'trd.withCode', { name: p.bank[lang], code: p.bankCode })} ${translate(lang, 'trd.withCode', { name: p.branch, code: p.branchCode })}`;
/** The bank's own name a screen in `lang` must not show: the other language's (デモ銀行 on an English screen). */
const ownNameNotIn = (lang: Lang) => (lang === 'en' ? OWN.directoryName : OWN.bank.en);
/** The English part of a bank mail (after the rule between the two languages). */
const englishPart = (text: string) => text.slice(text.indexOf('-'.repeat(40)));

/**
 * POST /api/v1/operations requests in the bank's own request log, once every earlier request's line
 * is there: the bank writes its request lines in batches (within 25 ms, in order), so a request to
 * a path of our own is made and waited for in the log first.
 */
async function operationPosts(stack: Stack): Promise<number> {
  const marker = `/log-barrier-${randomUUID()}`;
  await fetch(new URL(marker, stack.apiUrl));
  await expect.poll(() => stack.bankLogs!().includes(`"path":"${marker}"`), { timeout: 5000 }).toBe(true);
  return (stack.bankLogs!().match(/"method":"POST","path":"\/api\/v1\/operations"/g) ?? []).length;
}
const otpMails = async (stack: Stack, to: string) => (await listMessages(stack.mailboxUrl, to)).filter((m) => m.from.includes('@otp-auth.net')).length;

async function startTransfer(page: Page, stack: Stack, lang: Lang, loginId: string): Promise<TransferPage> {
  const shell = new Shell(page);
  await shell.open(stack.appUrl);
  await shell.setLanguage(lang);
  await new LoginPage(page).loginToHome(loginId);
  const tr = new TransferPage(page);
  await tr.start();
  return tr;
}

/** Opens the guidance page from the menu and waits for the diagram to draw `policy` (it asks the bank first). */
async function expectDiagramPolicy(page: Page, policy: string): Promise<void> {
  await new Shell(page).nav('guidance').click();
  await expect(page.getByTestId('decision-diagram')).toHaveAttribute('data-policy', policy);
}

test.describe("the bank's default policy (the guide: every transfer needs the second factor)", () => {
  let stack: Stack;
  test.beforeAll(async () => {
    test.setTimeout(STACK_HOOK_MS);
    stack = await startStack();
  });
  test.afterAll(async () => stack?.stop());

  for (const lang of LANGS) {
    test(`${lang}: a registered payee asks for the mail password; names on review, authorize and receipt`, async ({ page }) => {
      const shell = new Shell(page);
      await shell.open(stack.appUrl);
      await shell.setLanguage(lang);
      // Before login the policy is not known, and the diagram says so instead of guessing.
      await new LoginPage(page).guidanceLink().click();
      await expect(page.getByTestId('decision-diagram')).toHaveAttribute('data-policy', 'unknown');
      await expect(page.getByTestId('registered-payee-rule')).toHaveText(translate(lang, 'trd.guide.registeredUnknown'));
      await page.getByRole('button', { name: translate(lang, 'nav.login') }).click();
      await new LoginPage(page).loginToHome('mail-user');
      await expectDiagramPolicy(page, 'registered-needs-otp');
      await expect(page.getByTestId('registered-payee-rule')).toHaveText(translate(lang, 'trd.guide.registeredOtp'));
      await checkScreen(page, 'guidance-policy-guide');

      const tr = new TransferPage(page);
      await tr.start();
      await expect(page.getByTestId('tr-mode-registered-hint')).toHaveText(translate(lang, 'trd.hint.mail'));
      await tr.showRegistered();
      await expect(tr.payeeChoice(0)).toContainText(`${OWN.bank[lang]} ${OWN.branch}`);
      await expect(tr.payeeChoice(0)).not.toContainText(ownNameNotIn(lang));
      await tr.chooseRegistered(0);
      await tr.amount('5000');
      await expect(page.getByTestId('review')).toContainText(named(lang, OWN));
      await expect(page.getByTestId('review')).not.toContainText(ownNameNotIn(lang));
      const note = page.getByTestId('factor-note');
      await expect(note).toHaveAttribute('data-expected', 'mail');
      await expect(note).toContainText(translate(lang, 'trd.review.mail'));
      await expect(note.getByTestId('factor-destinations')).toHaveText(translate(lang, 'trd.dest.registered', { address: 'm***@docomo.ne.jp' }));
      await checkScreen(page, 'transfer-directory-review-registered');

      const posts = await operationPosts(stack);
      await tr.toAuthorize();
      // The way this spec sees that nothing reached the bank is the bank's own log: it sees this one.
      expect(await operationPosts(stack)).toBe(posts + 1);
      await expect(tr.otp.root).toBeVisible();
      await expect(note).toHaveAttribute('data-expected', 'mail');
      await expect(note.getByTestId('factor-destinations')).toHaveText('m***@docomo.ne.jp');
      await expect(tr.wizard()).toContainText(named(lang, OWN));
      await checkScreen(page, 'transfer-directory-authorize-registered');
      await expect(tr.wizard()).not.toContainText(ownNameNotIn(lang));
      const mail = await tr.otp.mailFor(stack.mailboxUrl, MAIL_USER);
      // The mail's English part names the bank in English too; its Japanese part in Japanese.
      expect(englishPart(mail.message.text)).toContain(`${OWN.bank.en} ${OWN.branch}`);
      expect(englishPart(mail.message.text)).not.toContain(OWN.directoryName);
      await tr.authorize('demo-confirm-1', mail.code);
      await expect(tr.receiptNumber()).not.toBeEmpty();
      await expect(page.getByTestId('receipt')).toContainText(named(lang, OWN));
      await expect(page.getByTestId('receipt')).not.toContainText(ownNameNotIn(lang));
      await checkScreen(page, 'transfer-directory-receipt');

      // The same receipt reopened from the receipts list, built from the bank's record.
      const number = await tr.receiptNumber().innerText();
      await new Shell(page).nav('receipts').click();
      const receipts = new ReceiptsPage(page);
      await receipts.open(number).click();
      await expect(receipts.receipt()).toContainText(`${OWN.bank[lang]} ${OWN.branch}`);
      await expect(receipts.receipt()).not.toContainText(ownNameNotIn(lang));
      await checkScreen(page, 'transfer-directory-receipt-reopened');
    });

    test(`${lang}: a token user's review says no mail is sent`, async ({ page }) => {
      const before = await otpMails(stack, 'token-user@ezweb.ne.jp');
      const tr = await startTransfer(page, stack, lang, 'token-user');
      await expect(page.getByTestId('tr-mode-new-hint')).toHaveText(translate(lang, 'trd.hint.token'));
      await tr.fillNewPayee({ bankCode: '0005', branchCode: '101', accountNumber: '7654321', name: PAYEE_NAME });
      await tr.next().click();
      await tr.amount('3000');
      const note = page.getByTestId('factor-note');
      await expect(note).toHaveAttribute('data-expected', 'token');
      await expect(note).toHaveText(translate(lang, 'trd.review.token'));
      await expect(page.getByTestId('review')).toContainText(named(lang, AOYAMA));
      await checkScreen(page, 'transfer-directory-review-token');
      await tr.toAuthorize();
      await expect(note).toHaveText(translate(lang, 'trd.auth.token'));
      await expect(tr.otp.resendButton()).toHaveCount(0);
      await checkScreen(page, 'transfer-directory-authorize-token');
      if (lang === 'ja') {
        const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(TOKEN_USER_TOTP_SECRET), digits: 6, period: 30, algorithm: 'SHA1' });
        await tr.authorize('demo-confirm-1', totp.generate());
        await expect(tr.receiptNumber()).not.toBeEmpty();
        await expect(page.getByTestId('receipt')).toContainText(named(lang, AOYAMA));
      }
      expect(await otpMails(stack, 'token-user@ezweb.ne.jp')).toBe(before);
    });

    test(`${lang}: typed codes show the names; the search by name fills the codes`, async ({ page }) => {
      const tr = await startTransfer(page, stack, lang, 'mail-user');
      await tr.modeNew().check();
      // The bank's own code names the bank as the profile does in this language.
      await tr.field('bankCode').fill(OWN.bankCode);
      await expect(tr.bankCodeName()).toHaveText(translate(lang, 'trd.bank.found', { name: OWN.bank[lang] }));
      await tr.field('branchCode').fill('999');
      await expect(page.getByTestId('branch-name')).toHaveText(translate(lang, 'trd.branch.unknown', { bank: OWN.bank[lang] }));
      await checkScreen(page, 'transfer-directory-typed-own');
      await tr.field('branchCode').fill('');
      await tr.field('bankCode').fill(FULL_WIDTH.bankCode);
      await expect(page.getByTestId('bank-name')).toHaveText(translate(lang, 'trd.bank.found', { name: DIRECTORY.sampleBank }));
      await tr.field('branchCode').fill('123');
      await expect(page.getByTestId('branch-name')).toHaveText(translate(lang, 'trd.branch.found', { name: DIRECTORY.shibuya }));
      await tr.field('branchCode').fill('999');
      await expect(page.getByTestId('branch-name')).toHaveText(translate(lang, 'trd.branch.unknown', { bank: DIRECTORY.sampleBank }));
      await tr.field('bankCode').fill('0404');
      await expect(page.getByTestId('bank-name')).toHaveText(translate(lang, 'trd.bank.unknown'));
      await expect(page.getByTestId('branch-name')).toHaveText('');
      await checkScreen(page, 'transfer-directory-typed');

      // The search, by keyboard: the field has focus, each result is a button, Enter chooses. In
      // English the readings are typed in Latin letters.
      const typed = lang === 'en' ? SEARCH_LATIN : SEARCH_KANA;
      await page.getByRole('button', { name: translate(lang, 'trd.search.open') }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog.getByRole('heading')).toHaveText(translate(lang, 'trd.search.titleBank'));
      await expect(tr.directoryQuery()).toBeFocused();
      await page.keyboard.type(typed.sampleBank);
      // An English screen adds the reading in Latin letters to a Japanese name.
      const sample = dialog.getByRole('button', { name: translate(lang, 'trd.withCode', { name: lang === 'en' ? `${DIRECTORY.sampleBank} Sanpuru Ginko` : DIRECTORY.sampleBank, code: '0005' }), exact: true });
      await expect(sample).toBeVisible();
      await expect(dialog.getByTestId('directory-results').getByRole('button')).toHaveCount(2);
      await checkScreen(page, 'transfer-directory-search-bank');
      await sample.focus();
      await page.keyboard.press('Enter');
      await expect(dialog.getByRole('heading')).toHaveText(translate(lang, 'trd.search.titleBranch', { bank: DIRECTORY.sampleBank }));
      await expect(tr.field('bankCode')).toHaveValue('0005');
      await expect(tr.directoryQuery()).toBeFocused();
      await page.keyboard.type(typed.aoyamaBranch);
      const aoyama = dialog.getByRole('button', { name: translate(lang, 'trd.withCode', { name: lang === 'en' ? `${DIRECTORY.aoyama} Aoyama Shiten` : DIRECTORY.aoyama, code: '101' }), exact: true });
      await expect(aoyama).toBeVisible();
      await checkScreen(page, 'transfer-directory-search-branch');
      await aoyama.focus();
      await page.keyboard.press('Enter');
      await expect(dialog).toBeHidden();
      await expect(tr.field('branchCode')).toHaveValue('101');
      await expect(tr.field('accountNumber')).toBeFocused();
      await expect(page.getByTestId('bank-name')).toHaveText(translate(lang, 'trd.bank.found', { name: DIRECTORY.sampleBank }));
      await expect(page.getByTestId('branch-name')).toHaveText(translate(lang, 'trd.branch.found', { name: DIRECTORY.aoyama }));

      // Escape closes the dialog without changing anything.
      await page.getByRole('button', { name: translate(lang, 'trd.search.open') }).click();
      await expect(dialog.getByRole('heading')).toHaveText(translate(lang, 'trd.search.titleBranch', { bank: DIRECTORY.sampleBank }));
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(tr.field('branchCode')).toHaveValue('101');
    });

    test(`${lang}: an unknown bank or branch code gets its own message; nothing reaches the bank`, async ({ page }) => {
      const creates: string[] = [];
      page.on('request', (r) => {
        if (r.url().includes('/ipc/operations.create')) creates.push(r.url());
      });
      const posts = await operationPosts(stack);
      const mails = await otpMails(stack, MAIL_USER);
      const tr = await startTransfer(page, stack, lang, 'mail-user');
      await tr.fillNewPayee({ bankCode: '0404', branchCode: '101', accountNumber: '7654321', name: PAYEE_NAME });
      await tr.next().click();
      await expect(tr.fieldError('bankCode')).toHaveText(translate(lang, 'trd.err.unknownBank'));
      await expect(tr.field('bankCode')).toBeFocused();
      await expect(tr.field('bankCode')).toHaveAttribute('aria-invalid', 'true');
      await checkScreen(page, 'transfer-directory-unknown-bank');
      await tr.field('bankCode').fill('0005');
      await tr.field('branchCode').fill('999');
      await tr.next().click();
      await expect(tr.fieldError('branchCode')).toHaveText(translate(lang, 'trd.err.unknownBranch', { bank: DIRECTORY.sampleBank }));
      await expect(tr.field('branchCode')).toBeFocused();
      await expect(tr.amountField()).toHaveCount(0);
      expect(creates).toEqual([]);
      expect(await operationPosts(stack)).toBe(posts);
      expect(await otpMails(stack, MAIL_USER)).toBe(mails);
    });
  }
});

test.describe('the peer rule (BANK_REGISTERED_PAYEE_OTP=0)', () => {
  let stack: Stack;
  test.beforeAll(async () => {
    test.setTimeout(STACK_HOOK_MS);
    stack = await startStack({ bankEnv: { BANK_REGISTERED_PAYEE_OTP: '0' } });
  });
  test.afterAll(async () => stack?.stop());

  for (const lang of LANGS) {
    test(`${lang}: a registered payee needs the confirmation password only; no mail is sent`, async ({ page }) => {
      const mails = await otpMails(stack, MAIL_USER);
      const tr = await startTransfer(page, stack, lang, 'mail-user');
      await expect(page.getByTestId('tr-mode-registered-hint')).toHaveText(translate(lang, 'trd.hint.confirmOnly'));
      await expect(page.getByTestId('tr-mode-new-hint')).toHaveText(translate(lang, 'trd.hint.mail'));
      await tr.chooseRegistered(0);
      await tr.amount('4000');
      const note = page.getByTestId('factor-note');
      await expect(note).toHaveText(translate(lang, 'trd.review.confirmOnly'));
      await checkScreen(page, 'transfer-directory-review-peer');
      await tr.toAuthorize();
      await expect(tr.otp.root).toHaveCount(0);
      await expect(note).toHaveText(translate(lang, 'trd.auth.confirmOnly'));
      await expect(tr.wizard()).toContainText(named(lang, OWN));
      await checkScreen(page, 'transfer-directory-authorize-peer');
      await tr.authorize('demo-confirm-1');
      await expect(tr.receiptNumber()).not.toBeEmpty();
      await expect(page.getByTestId('receipt')).toContainText(named(lang, OWN));
      expect(await otpMails(stack, MAIL_USER)).toBe(mails);

      await expectDiagramPolicy(page, 'registered-confirm-only');
      await expect(page.getByTestId('registered-payee-rule')).toHaveText(translate(lang, 'trd.guide.registeredConfirmOnly'));
      await checkScreen(page, 'guidance-policy-peer');
    });
  }
});
