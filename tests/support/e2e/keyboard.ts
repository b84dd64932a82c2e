/**
 * Moving through the app as a keyboard user does: Tab to a control (which must show a focus ring),
 * type over a field, arrow keys in a radio group, and logging in with Tab and Enter alone.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Records, in the page, whether the element that last took focus took it during a Tab key press
 * (the keyboard user's move) or otherwise (the page's own focus() after a render or a load).
 * Installed again after every reload; cheap when already there.
 */
async function watchFocus(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __tabWatch?: { tabDown: boolean; byTab: WeakSet<Element> } };
    if (w.__tabWatch) return;
    const watch = { tabDown: false, byTab: new WeakSet<Element>() };
    w.__tabWatch = watch;
    window.addEventListener('keydown', (e) => { if (e.key === 'Tab') watch.tabDown = true; }, true);
    window.addEventListener('keyup', (e) => { if (e.key === 'Tab') watch.tabDown = false; }, true);
    document.addEventListener('focusin', (e) => {
      if (!(e.target instanceof Element)) return;
      if (watch.tabDown) watch.byTab.add(e.target);
      else watch.byTab.delete(e.target);
    }, true);
  }).catch(() => undefined);
}

/**
 * Presses Tab until `target` has focus (fails after `max` presses): moving as a keyboard user does.
 * The control reached must show that it has focus (a visible outline), or the keyboard user is lost.
 * An arrival without the ring while the page is still settling (after a reload its start-up work
 * can move focus by script during the very Tab press, and Chromium then draws no ring) is noted and
 * the round goes on: the control must show its ring when Tab brings it back. One that never does
 * within `max` presses fails with what was seen at its first arrival.
 */
export async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  let firstMiss: string | null = null;
  for (let i = 0; i < max; i += 1) {
    await watchFocus(page);
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) {
      const ring = await target.evaluate((el) => {
        const st = getComputedStyle(el);
        const w = window as unknown as { __tabWatch?: { byTab: WeakSet<Element> } };
        return { visible: el.matches(':focus-visible'), style: st.outlineStyle, width: st.outlineWidth, byTab: w.__tabWatch?.byTab.has(el) ?? false };
      });
      const shows = ring.visible && ring.style !== 'none' && ring.width !== '0px';
      if (shows) return;
      // Focus the page placed there itself (after a load or a render, not during a Tab press) is not
      // the keyboard user's: Chromium draws no ring for it. Go on with Tab until the keyboard brings
      // it back; likewise after an arrival without a ring (see above).
      if (ring.byTab) firstMiss ??= JSON.stringify(ring);
    }
    await page.keyboard.press('Tab');
  }
  if (firstMiss !== null) expect(firstMiss, `${target.toString()} shows no focus ring`).toBe('a visible focus ring');
  throw new Error(`could not reach ${target.toString()} with Tab`);
}

/** Selects what the focused field holds and types over it. */
export async function typeOver(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/** Logs in with the keyboard only (optionally ticking "remember my ID" with Space). */
export async function loginByKeyboard(page: Page, loginId: string, opts: { remember?: boolean } = {}): Promise<void> {
  await expect(page.locator('#login-title')).toBeVisible();
  await tabTo(page, page.locator('#login-id'));
  await typeOver(page, loginId);
  if (opts.remember) {
    await tabTo(page, page.locator('#login-remember'));
    await page.keyboard.press('Space');
    await expect(page.locator('#login-remember')).toBeChecked();
  }
  await tabTo(page, page.locator('#login-password'));
  await typeOver(page, 'demo-login-1');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('balance').first()).toBeVisible();
}

/** Moves the focused radio button's group on by one with an arrow key, as a keyboard user selects. */
export async function arrowTo(page: Page, group: Locator, target: Locator): Promise<void> {
  await tabTo(page, group.locator('input[type=radio]:checked'));
  for (let i = 0; i < 4; i += 1) {
    if (await target.isChecked()) break;
    await page.keyboard.press('ArrowDown');
  }
  await expect(target).toBeChecked();
  await expect(target).toBeFocused();
}

/** A form with the OTP prompt and/or the confirmation password (transfer, bill, settings). */
export interface AuthorizeForm {
  readonly page: Page;
  readonly otp: { input(): Locator };
  confirmField(): Locator;
}

/** Types the one-time password and/or the confirmation password (Tab, typing), then submits with Enter. */
export async function authorizeByKeyboard(form: AuthorizeForm, values: { code?: string; confirm?: string }): Promise<void> {
  await expect(values.code !== undefined ? form.otp.input() : form.confirmField()).toBeVisible();
  if (values.code !== undefined) {
    await tabTo(form.page, form.otp.input());
    await typeOver(form.page, values.code);
  }
  if (values.confirm !== undefined) {
    await tabTo(form.page, form.confirmField());
    await typeOver(form.page, values.confirm);
  }
  await form.page.keyboard.press('Enter');
}
