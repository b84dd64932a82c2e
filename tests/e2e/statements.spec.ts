// Statements and receipts through the real app, bank and browser host, in Japanese and English:
// bad periods get their own message before the bank is asked; the CSV the host hands over parses
// back to the rows on screen (count and sums); the recent-receipts list reopens a receipt, which
// Chromium prints to PDF (print media) with its receipt number and the bank's name and no secret.
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_BANK_PROFILE } from '../../src-shared/bank-profile/profile.js';
import { ACCOUNT_TYPE_LABELS } from '../../src-shared/domain/account.js';
import { addMonths, jstDate } from '../../src-shared/domain/statement-period.js';
import { checkScreen } from '../support/e2e/checks.js';
import { LoginPage, Shell } from '../support/e2e/pages.js';
import { missingPrerequisite, STACK_HOOK_MS, startStack, type Stack } from '../support/e2e/stack.js';
import { StatementsPage } from '../support/e2e/statements-pages.js';
import { ja, translate, type Lang } from '../support/e2e/text.js';

test.skip(missingPrerequisite() !== null, `E2E cannot run here: ${missingPrerequisite()}`);

const shots = path.resolve('test-results/screenshots');
let stack: Stack;
let receiptNumber = '';

/** A transfer to mail-user's registered payee, completed at the bank (confirmation password only under this stack's policy). */
async function completedTransfer(apiUrl: string, amount: number): Promise<string> {
  const post = async (p: string, body: unknown, token?: string) => {
    const r = await fetch(new URL(p, apiUrl), {
      method: 'POST', body: JSON.stringify(body),
      headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID(), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    });
    return (await r.json()) as Record<string, string>;
  };
  const { token } = await post('/api/v1/sessions', { loginId: 'mail-user', password: 'demo-login-1', channel: 'pc' });
  const payees = (await (await fetch(new URL('/api/v1/payees', apiUrl), { headers: { authorization: `Bearer ${token}` } })).json()) as { payees: { id: string }[] };
  const op = await post('/api/v1/operations', { type: 'transfer', fromAccountId: 'acc_1234567', amount, payeeId: payees.payees[0]!.id }, token);
  const done = await post(`/api/v1/operations/${op.id}/authorize`, { confirmationPassword: 'demo-confirm-1' }, token);
  expect(done.status).toBe('completed');
  return done.receiptNumber!;
}

test.beforeAll(async () => {
  test.setTimeout(STACK_HOOK_MS);
  stack = await startStack({ bankEnv: { BANK_REGISTERED_PAYEE_OTP: '0' } });
  receiptNumber = await completedTransfer(stack.apiUrl, 12_345);
});
test.afterAll(async () => stack?.stop());

/** The CSV as rows of fields (quoted fields with doubled quotes; CRLF line ends). */
function parseCsv(text: string): string[][] {
  return text.split('\r\n').filter((l) => l !== '').map((line) => (line.match(/("(?:[^"]|"")*"|[^,]*)(,|$)/g) ?? []).map((f) => f.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"')).slice(0, 5));
}

async function statementsFor(page: Page, lang: Lang): Promise<void> {
  const t = (k: Parameters<typeof translate>[1], v?: Record<string, string>) => translate(lang, k, v);
  const st = new StatementsPage(page);
  await new Shell(page).nav('statements').click();
  await expect(st.title()).toBeVisible();
  // Bad periods: each its own message, on its own field, before anything is asked.
  const today = jstDate(Date.now());
  await page.getByLabel(t('st.period.range')).check();
  await st.field('from').fill(addMonths(today, -14));
  await st.field('to').fill(addMonths(today, -15));
  await page.getByRole('button', { name: t('st.show') }).click();
  await expect(st.fieldError('from')).toContainText(t('st.err.from-too-old', { earliest: addMonths(today, -13).replace(/-/g, '/') }));
  await expect(st.fieldError('to')).toHaveText(t('st.err.reversed'));
  await page.getByLabel(t('st.period.last-3-months')).check();
  await page.getByRole('button', { name: t('st.show') }).click();
  const rows = page.getByTestId('st-row');
  await expect(rows).toHaveCount(4); // three seed rows and today's transfer
  await expect(rows.first()).toContainText(t('tx.transfer'));
  await checkScreen(page, 'statements');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: t('st.csv') }).click();
  const file = await (await download).path();
  const bytes = readFileSync(file);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const table = parseCsv(bytes.toString('utf8').slice(1));
  expect(table[0]).toEqual((['st.col.date', 'st.col.desc', 'st.col.out', 'st.col.in', 'st.col.balance'] as const).map((k) => ja(k)));
  const body = table.slice(1);
  const sum = (col: number) => body.reduce((s, r) => s + Number(r[col] || 0), 0);
  expect(body).toHaveLength(Number(await page.getByTestId('st-count').getAttribute('data-count')));
  expect(sum(2)).toBe(Number(await page.getByTestId('st-sum-out').getAttribute('data-yen')));
  expect(sum(3)).toBe(Number(await page.getByTestId('st-sum-in').getAttribute('data-yen')));
  expect(sum(2)).toBe(50_000 + 12_345);
  await expect(page.getByTestId('st-save-note')).toHaveText(t('save.download'));
}

async function receiptFor(page: Page, lang: Lang): Promise<void> {
  const t = (k: Parameters<typeof translate>[1], v?: Record<string, string>) => translate(lang, k, v);
  await new Shell(page).nav('receipts').click();
  await expect(page.getByTestId('receipt-row')).toHaveCount(1);
  await checkScreen(page, 'receipts');
  await page.getByRole('button', { name: t('rc.open', { number: receiptNumber }) }).click();
  await expect(page.getByTestId('receipt-number')).toHaveText(receiptNumber);
  await expect(page.getByRole('button', { name: t('print.browser') })).toBeVisible();
  await checkScreen(page, 'receipt-view');

  mkdirSync(shots, { recursive: true });
  const pdf = path.join(shots, `receipt-${lang}.pdf`);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain(receiptNumber);
  expect(text).toContain(DEFAULT_BANK_PROFILE.bankName[lang]);
  expect(text).toContain('12,345');
  // The payee's account type in the page's language only (the bank's names of banks and branches are proper names).
  expect(text).toContain(ACCOUNT_TYPE_LABELS.ordinary[lang]);
  expect(text).not.toContain(ACCOUNT_TYPE_LABELS.ordinary[lang === 'ja' ? 'en' : 'ja']);
  for (const hidden of [t('print.browser'), t('rc.back'), t('nav.logout'), 'demo-confirm-1']) expect(text).not.toContain(hidden);
  // Looked at as an image too: the first page, rendered.
  execFileSync('pdftoppm', ['-png', '-r', '70', '-singlefile', pdf, path.join(shots, `receipt-printed-${lang}`)]);
}

test('statements by period with their CSV, and a receipt reopened and printed to PDF, in Japanese and English', async ({ page }) => {
  test.setTimeout(240_000);
  for (const lang of ['ja', 'en'] as const) {
    const shell = new Shell(page);
    await shell.open(stack.appUrl);
    await shell.setLanguage(lang);
    await new LoginPage(page).loginToHome('mail-user');
    await statementsFor(page, lang);
    await receiptFor(page, lang);
    await shell.logout();
  }
});
