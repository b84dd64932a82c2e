// Builds every layer once, then starts the shared bank and browser host that read-only specs use
// (specs that change customers' state start their own). Returns the teardown.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyRenderer, RENDERER_COPY_ENV } from '../support/e2e/renderer-copy.js';
import { missingPrerequisite, startStack } from '../support/e2e/stack.js';

export default async function globalSetup(): Promise<() => Promise<void>> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const missing = missingPrerequisite();
  if (missing) {
    process.env.E2E_SKIP = missing;
    return async () => {};
  }
  // Screenshots of Japanese screens are only worth looking at with a Japanese font: without one,
  // Chromium draws boxes and every check still passes. Fail plainly instead.
  const font = spawnSync('fc-match', ['--format=%{family}', 'sans-serif:lang=ja'], { encoding: 'utf8' });
  if (font.status !== 0 || !/CJK|Gothic|ゴシック|Japanese|JP/i.test(font.stdout)) {
    throw new Error(`no Japanese font for Chromium (fc-match says "${font.stdout || font.error?.message || ''}"): run scripts/setup-system.sh (fonts-noto-cjk)`);
  }
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
  // The hosts serve a copy taken now: another build rewriting dist/renderer mid-run cannot blank the page.
  const renderer = copyRenderer(root);
  process.env[RENDERER_COPY_ENV] = renderer.dir;
  const stack = await startStack().catch((e: unknown) => {
    renderer.remove();
    throw e;
  });
  process.env.E2E_SHARED = JSON.stringify({ appUrl: stack.appUrl, apiUrl: stack.apiUrl, mailboxUrl: stack.mailboxUrl });
  return async () => {
    await stack.stop();
    renderer.remove();
  };
}
