// The accessibility check every screen goes through finds what it should: a page with unlabelled
// controls and an image without text fails it, naming each; the same page mended passes, with axe
// still in the page from the first check.
import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/e2e/checks.js';

// A scratch page of its own, not the app's: the app's screens are checked by the other specs.
const PAGE = (mended: boolean) => `<!doctype html><html lang="en"><head><title>Check</title></head><body><main>
  <h1>Check</h1>
  ${mended ? '<label for="a">Account number</label>' : ''}<input id="a">
  <button type="button">${mended ? 'Next' : ''}</button>
  <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" ${mended ? 'alt="Logo"' : ''}>
</main></body></html>`;

test('the accessibility check fails a page with unlabelled controls, naming each, and passes it mended', async ({ page }) => {
  await page.setContent(PAGE(false));
  const failure = await expectAccessible(page).then(() => null, (e: Error) => e.message);
  expect(failure).toContain('label: ');
  expect(failure).toContain('button-name: ');
  expect(failure).toContain('image-alt: ');
  expect(failure).toContain('#a');
  await page.evaluate((html) => {
    document.body.innerHTML = new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
  }, PAGE(true));
  expect(await page.evaluate(() => 'axe' in window)).toBe(true);
  await expectAccessible(page);
});
