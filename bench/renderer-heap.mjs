// Figure 3: the renderer's JS heap (host in desktop mode) after a login and an ad-hoc transfer (mail-notified password read
// from the mailbox), in Chromium through the browser host and the demo bank. Garbage is collected
// through CDP (HeapProfiler.collectGarbage) before reading Performance.getMetrics JSHeapUsedSize.
import { isMain, runAlone } from './lib/cli.mjs';
import { keychainNote } from './lib/keychain.mjs';
import { adHocTransfer, loginToHome } from './lib/app-flow.mjs';
import { CONTEXT_OPTIONS, launchChromium } from './lib/browser.mjs';
import { startBank, startHost } from './lib/processes.mjs';
import { median, summarize } from './lib/stats.mjs';

const SAMPLES = Number(process.env.BENCH_HEAP_SAMPLES ?? 3);
const MB = 1024 * 1024;

async function heapAfterGc(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('Performance.enable');
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name) => metrics.find((m) => m.name === name)?.value ?? NaN;
  await cdp.detach();
  return { used: get('JSHeapUsedSize') / MB, total: get('JSHeapTotalSize') / MB, nodes: get('Nodes'), listeners: get('JSEventListeners') };
}

export async function run() {
  const bank = await startBank();
  const host = await startHost(bank.apiUrl);
  const browser = await launchChromium();
  try {
    const runs = [];
    for (let i = 0; i < SAMPLES; i++) {
      const context = await browser.newContext(CONTEXT_OPTIONS);
      try {
        const page = await context.newPage();
        await page.goto(host.url);
        const atLogin = await heapAfterGc(page);
        await loginToHome(page);
        const receipt = await adHocTransfer(page, bank.mailboxUrl);
        if (!receipt) throw new Error('no receipt number after the transfer');
        const after = await heapAfterGc(page);
        runs.push({ atLogin, after, receipt });
        console.log(`renderer-heap: run ${i + 1}: login screen ${atLogin.used.toFixed(2)} MB; after login + transfer ${after.used.toFixed(2)} MB used / ${after.total.toFixed(2)} MB total, ${after.nodes} DOM nodes, ${after.listeners} listeners`);
      } finally {
        await context.close();
      }
    }
    const used = runs.map((r) => r.after.used);
    return [{
      id: 'renderer-heap', name: 'Renderer JS heap after login and a transfer (after GC), median', unit: 'MB', value: median(used),
      target: { kind: 'max', limit: 8 }, note: keychainNote() || undefined, samples: used.length,
      details: { usedMb: summarize(used), loginScreenMb: summarize(runs.map((r) => r.atLogin.used)), totalMb: summarize(runs.map((r) => r.after.total)), domNodes: runs.map((r) => r.after.nodes) },
    }];
  } finally {
    await browser.close();
    await host.stop();
    await bank.stop();
  }
}

if (isMain(import.meta.url)) await runAlone(run);
