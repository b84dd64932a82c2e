/** The one rule set both hosts serve the renderer by: app:// (Electron) and the loopback browser host. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeFor, readRendererFile, resolveRendererPath } from '../../../src-main/core/renderer-files.js';
import { readStatic } from '../../../src-main/browser-host/static-files.js';

let dir: string;
let root: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'renderer-files-'));
  root = path.join(dir, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
  writeFileSync(path.join(root, 'assets', 'app-1.js'), 'export {}');
  writeFileSync(path.join(dir, 'secret.txt'), 'outside');
  symlinkSync(path.join(dir, 'secret.txt'), path.join(root, 'assets', 'link.js'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('resolveRendererPath', () => {
  it('maps / to index.html and plain paths inside the root', () => {
    expect(resolveRendererPath(root, '/')).toEqual({ ok: true, file: path.join(root, 'index.html') });
    expect(resolveRendererPath(root, '/assets/app-1.js')).toEqual({ ok: true, file: path.join(root, 'assets', 'app-1.js') });
    expect(resolveRendererPath(root, '/assets/%E3%81%82.js')).toEqual({ ok: true, file: path.join(root, 'assets', 'あ.js') });
  });

  it.each([
    ['/../secret.txt', 403, 'path traversal'],
    ['/assets/./app-1.js', 403, 'path traversal'],
    ['/..%2fsecret.txt', 403, 'encoded separator'],
    ['/%2e%2e/secret.txt', 403, 'encoded separator'],
    ['/assets%5capp-1.js', 403, 'encoded separator'],
    ['/index.html%00.js', 403, 'encoded separator'],
    ['/a\\b.js', 403, 'bad character'],
    ['/%E3%81', 400, 'bad encoding'],
  ])('refuses %s (%i, %s)', (p, status, reason) => {
    expect(resolveRendererPath(root, p)).toEqual({ ok: false, status, reason });
  });
});

describe('readRendererFile and the host\'s readStatic', () => {
  it('reads a plain file, and an empty body for HEAD', async () => {
    const got = await readRendererFile(path.join(root, 'assets', 'app-1.js'));
    expect(got.ok && got.body.toString()).toBe('export {}');
    const head = await readRendererFile(path.join(root, 'assets', 'app-1.js'), { head: true });
    expect(head.ok && head.body.length).toBe(0);
  });

  it('refuses a symbolic link (403) and answers 404 for a folder or a missing file', async () => {
    expect(await readRendererFile(path.join(root, 'assets', 'link.js'))).toEqual({ ok: false, status: 403 });
    expect(await readRendererFile(path.join(root, 'assets'))).toEqual({ ok: false, status: 404 });
    expect(await readRendererFile(path.join(root, 'nope.js'))).toEqual({ ok: false, status: 404 });
  });

  it('gives the host the same answers: a file, or nothing for every refused path', async () => {
    expect((await readStatic(root, '/assets/app-1.js'))?.body.toString()).toBe('export {}');
    for (const p of ['/assets/link.js', '/..%2fsecret.txt', '/assets', '/nope.js', '/%E3%81']) {
      expect(await readStatic(root, p)).toBeNull();
    }
  });

  it('names content types by extension, unknown ones as octet-stream', () => {
    expect(contentTypeFor('a/b.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('x.map')).toBe('application/json');
    expect(contentTypeFor('x.exe')).toBe('application/octet-stream');
  });
});
