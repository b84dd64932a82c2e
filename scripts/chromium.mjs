// Debian's Chromium as the tests, benchmarks and icon renderer launch it (Playwright's own browser
// download does not work on these machines). One list, so every headless launch behaves alike.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Chromium will not start as root with its sandbox on; anyone else keeps the sandbox. */
const AS_ROOT = typeof process.getuid === 'function' && process.getuid() === 0;

export const CHROMIUM_ARGS = [
  ...(AS_ROOT ? ['--no-sandbox'] : []),
  '--disable-features=Translate',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
];

/** Playwright `use` options shared by the E2E and Electron-fallback suites. */
export const PLAYWRIGHT_USE = {
  headless: true,
  locale: 'ja-JP',
  timezoneId: 'Asia/Tokyo',
  viewport: { width: 1200, height: 900 },
  screenshot: 'only-on-failure',
  trace: 'off',
  launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
};
