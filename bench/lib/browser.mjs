// Debian's Chromium through playwright-core, with the test suites' flags (scripts/chromium.mjs).
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../scripts/chromium.mjs';
import { CHROMIUM } from './machine.mjs';

export { CHROMIUM_ARGS };

export function launchChromium(extraArgs = []) {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

export const CONTEXT_OPTIONS = { locale: 'ja-JP', timezoneId: 'Asia/Tokyo', viewport: { width: 1200, height: 900 } };
