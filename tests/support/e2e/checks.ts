/** What every screen must pass: axe with no violations, and a screenshot to look at. */
import { expect, test, type Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const shots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../test-results/screenshots');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe (every rule it runs by default) on the page as it is. axe goes into the page once per document
 * and runs there. @axe-core/playwright put all of axe (650 KB) into the page again for every check
 * and opened a blank page to finish each run, for pages with frames: 1.3 s a check against 0.1 s
 * (the app has no frames). Only violations are reported in full.
 */
export async function expectAccessible(page: Page): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const options: RunOptions = { resultTypes: ['violations'] };
  const violations = await page.evaluate(async (o) => {
    const { axe } = window as unknown as { axe: { run(context: Document, options: RunOptions): Promise<AxeResults> } };
    const result = await axe.run(document, o);
    return result.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, options);
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.targets.join(', ')})`)).toEqual([]);
}

/** Checks the screen with axe and saves `test-results/screenshots/<name>-<lang>.png`. */
export async function checkScreen(page: Page, name: string): Promise<void> {
  // An axe run on a long page can take seconds on a busy machine: each check brings its own time.
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
