/**
 * The renderer page's head: its language is marked and translation is turned off (Chromium offers
 * no Translate bar over the app), and it links a favicon that exists, which both hosts serve from
 * the renderer folder as image/svg+xml (Vite copies it into assets/ under a hashed name).
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { contentTypeFor } from '../../../src-main/browser-host/static-files.js';
import { createAppProtocolHandler } from '../../../src-main/electron/protocol.js';

const rendererSrc = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../src-renderer');
const html = readFileSync(path.join(rendererSrc, 'index.html'), 'utf8');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('index.html head', () => {
  it('marks the page Japanese and asks the browser not to translate it', () => {
    expect(html).toMatch(/<html lang="ja" translate="no">/);
    expect(html).toContain('<meta name="google" content="notranslate" />');
  });

  it('links an SVG favicon that exists, and both hosts serve it as image/svg+xml', async () => {
    const link = /<link rel="icon" type="image\/svg\+xml" href="([^"]+)" \/>/.exec(html);
    expect(link).not.toBeNull();
    const source = path.resolve(rendererSrc, link![1]!);
    expect(existsSync(source)).toBe(true);
    expect(readFileSync(source, 'utf8')).toMatch(/^<svg /);
    // As built: assets/<name>-<hash>.svg in the renderer folder.
    const root = mkdtempSync(path.join(tmpdir(), 'netbank-favicon-'));
    dirs.push(root);
    mkdirSync(path.join(root, 'assets'));
    copyFileSync(source, path.join(root, 'assets', 'icon-0a1b2c3d.svg'));
    expect(contentTypeFor(path.join(root, 'assets', 'icon-0a1b2c3d.svg'))).toBe('image/svg+xml');
    const res = await createAppProtocolHandler(root)(new Request('app://netbank/assets/icon-0a1b2c3d.svg'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/svg+xml');
    expect(await res.text()).toBe(readFileSync(source, 'utf8'));
  });
});
