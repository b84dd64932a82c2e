// Debian's Chromium through playwright-core, with the E2E suite's flags.
import { chromium } from 'playwright-core';
import { CHROMIUM } from './machine.mjs';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync'];

export function launchChromium(extraArgs = []) {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

export const CONTEXT_OPTIONS = { locale: 'ja-JP', timezoneId: 'Asia/Tokyo', viewport: { width: 1200, height: 900 } };
