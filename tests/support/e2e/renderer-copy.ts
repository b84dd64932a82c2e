/**
 * A private copy of the built renderer for one E2E run. The renderer is split into chunks that the
 * page loads as the customer moves on (Home, Settings, ...), with a content hash in each name. When
 * another build rewrites dist/renderer while a run is under way (a second run, an editor's build),
 * the open page asks for chunk names that no longer exist and goes blank. The hosts of a run serve
 * this copy instead (NETBANK_RENDERER_DIR), so each run sees the renderer it built, whole.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The environment variable through which the global setup hands the copy to the stacks. */
export const RENDERER_COPY_ENV = 'E2E_RENDERER_DIR';

/** Files the copy's page or chunks refer to that the copy lacks (a build was half done). */
export function missingFiles(dir: string): string[] {
  const assets = path.join(dir, 'assets');
  if (!existsSync(path.join(dir, 'index.html')) || !existsSync(assets)) return ['index.html'];
  const have = new Set(readdirSync(assets));
  const texts = [readFileSync(path.join(dir, 'index.html'), 'utf8')];
  for (const f of have) if (/\.(js|css)$/.test(f)) texts.push(readFileSync(path.join(assets, f), 'utf8'));
  const wanted = new Set<string>();
  for (const text of texts) for (const m of text.matchAll(/["'/]([\w-]+-[\w-]{8}\.(?:js|css|svg))["']/g)) wanted.add(m[1]!);
  return [...wanted].filter((f) => !have.has(f));
}

/**
 * Copies dist/renderer into a new temporary folder, building the renderer again when the copy turns
 * out incomplete (another build was writing it). Returns the folder and how to remove it.
 */
export function copyRenderer(root: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'netbank-e2e-renderer-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  for (let attempt = 1; ; attempt++) {
    rmSync(dir, { recursive: true, force: true });
    cpSync(path.join(root, 'dist/renderer'), dir, { recursive: true });
    const missing = missingFiles(dir);
    if (missing.length === 0) return { dir, remove };
    if (attempt === 5) {
      remove();
      throw new Error(`dist/renderer stayed incomplete after ${attempt} copies (missing ${missing.join(', ')})`);
    }
    const r = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), 'renderer'], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`renderer build failed:\n${r.stdout}\n${r.stderr}`);
  }
}
