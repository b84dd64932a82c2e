/** What every screen must pass: axe with no violations, and a screenshot to look at. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const shots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../test-results/screenshots');

export async function expectAccessible(page: Page): Promise<void> {
  // Only violations are reported in full (every node); passes and the rest are cut to one node
  // each, which nobody reads here, and that saves about a fifth of each run.
  const result = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
  const summary = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}

/** Checks the screen with axe and saves `test-results/screenshots/<name>-<lang>.png`. */
export async function checkScreen(page: Page, name: string): Promise<void> {
  // An axe run on a long page takes many seconds on a busy machine: each check brings its own time.
  test.info().setTimeout(test.info().timeout + 30_000);
  await expectAccessible(page);
  const lang = await page.evaluate(() => document.documentElement.lang);
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, `${name}-${lang}.png`), fullPage: true });
}

/**
 * The same screen in both languages: checks and saves it as shown, switches the language with the
 * header's buttons, checks and saves it again, and switches back. Focus moves to the header button,
 * so check focus before calling this.
 */
export async function checkScreenInBoth(page: Page, name: string): Promise<void> {
  await checkScreen(page, name);
  const shown = await page.evaluate(() => document.documentElement.lang);
  const other = shown === 'ja' ? 'en' : 'ja';
  for (const lang of [other, shown]) {
    await page.locator(`.lang-switch button[lang="${lang}"]`).click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    if (lang === other) await checkScreen(page, name);
  }
}
