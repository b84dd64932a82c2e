/** What every screen must pass: axe with no violations, and a screenshot to look at. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const shots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../test-results/screenshots');

export async function expectAccessible(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  const summary = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}

/** Checks the screen with axe and saves `test-results/screenshots/<name>-<lang>.png`. */
export async function checkScreen(page: Page, name: string): Promise<void> {
  await expectAccessible(page);
  const lang = await page.evaluate(() => document.documentElement.lang);
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, `${name}-${lang}.png`), fullPage: true });
}
