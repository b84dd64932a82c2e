// Figure 2: time to an interactive login form in Chromium: from navigation start until the login ID
// field exists, is rendered and is enabled (a MutationObserver stamps performance.now()), median of
// cold loads (a new browser context each). Baseline: a minimal React page with one form
// (bench/baseline-page), built with the same Vite and served by a second browser host in the same
// way, loaded alternately with the app in the same Chromium.
/* global window, document, MutationObserver */
import { isMain, runAlone } from './lib/cli.mjs';
import { CONTEXT_OPTIONS, launchChromium } from './lib/browser.mjs';
import { buildBaselinePage } from './lib/bundle.mjs';
import { startBank, startHost } from './lib/processes.mjs';
import { describe, median, summarize } from './lib/stats.mjs';

const SAMPLES = Number(process.env.BENCH_TTI_SAMPLES ?? 20);

// Runs in the page before any of its scripts.
function stampWhenInteractive() {
  const w = window;
  w.__ttiAt = null;
  const check = () => {
    const el = document.getElementById('login-id');
    if (w.__ttiAt === null && el && !el.disabled && el.getClientRects().length > 0) {
      w.__ttiAt = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true });
}

async function coldLoad(browser, url) {
  const context = await browser.newContext(CONTEXT_OPTIONS);
  try {
    const page = await context.newPage();
    const scripts = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.addInitScript(stampWhenInteractive);
    await page.goto(url, { timeout: 120_000 });
    await page.waitForFunction(() => window.__ttiAt !== null, null, { timeout: 120_000, polling: 20 });
    const ms = await page.evaluate(() => window.__ttiAt);
    return { ms, scripts: scripts.filter((s) => s.endsWith('.js')) };
  } finally {
    await context.close();
  }
}

export async function run() {
  const baselineDir = await buildBaselinePage();
  const bank = await startBank();
  const app = await startHost(bank.apiUrl);
  const base = await startHost(bank.apiUrl, ['--renderer-dir', baselineDir]);
  const browser = await launchChromium();
  try {
    await coldLoad(browser, app.url); // first load fills the OS file cache and the hosts' code paths
    await coldLoad(browser, base.url);
    const appMs = [];
    const baseMs = [];
    let appScripts = [];
    for (let i = 0; i < SAMPLES; i++) {
      baseMs.push((await coldLoad(browser, base.url)).ms);
      const a = await coldLoad(browser, app.url);
      appMs.push(a.ms);
      appScripts = a.scripts;
    }
    console.log(`login-tti: baseline page   ${describe(baseMs)}`);
    console.log(`login-tti: app login form  ${describe(appMs)}`);
    console.log(`login-tti: scripts the app loaded before its form was ready: ${appScripts.join(', ')}`);
    return [{
      id: 'login-tti', name: 'Login form interactive in Chromium, median of cold loads', unit: 'ms', value: median(appMs),
      baseline: { label: 'minimal React form page', value: median(baseMs) }, target: { kind: 'ratio-max', limit: 1.3 },
      samples: appMs.length, details: { app: summarize(appMs), baseline: summarize(baseMs), appScripts, chromium: browser.version() },
    }];
  } finally {
    await browser.close();
    await base.stop();
    await app.stop();
    await bank.stop();
  }
}

if (isMain(import.meta.url)) await runAlone(run);
