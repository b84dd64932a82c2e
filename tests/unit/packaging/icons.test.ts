// The committed icon set (made by scripts/make-icons.mjs from assets/icon.svg) has the sizes and
// containers electron-builder and the operating systems expect. The files are read back with
// small parsers written here, independent of the writer.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const assets = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../assets');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width, height and colour type from a PNG's IHDR chunk. */
function pngInfo(png: Buffer): { width: number; height: number; colorType: number } {
  if (!png.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG');
  if (png.toString('latin1', 12, 16) !== 'IHDR') throw new Error('PNG without IHDR first');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), colorType: png.readUInt8(25) };
}

describe('assets/icon.svg', () => {
  it('is a square SVG with a title', () => {
    const svg = readFileSync(path.join(assets, 'icon.svg'), 'utf8');
    expect(svg).toMatch(/<svg[^>]+viewBox="0 0 1024 1024"/);
    expect(svg).toContain('<title>Netbank Desktop</title>');
    expect(svg).not.toMatch(/href="https?:/); // nothing fetched from the network
  });
});

describe('assets/icons/*.png', () => {
  it('has every size from 16 to 1024, each RGBA and as large as its name says', () => {
    const files = readdirSync(path.join(assets, 'icons')).filter((f) => f.endsWith('.png'));
    const sizes = files.map((f) => Number(/^(\d+)x\1\.png$/.exec(f)?.[1])).sort((a, b) => a - b);
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256, 512, 1024]);
    for (const size of sizes) {
      const info = pngInfo(readFileSync(path.join(assets, 'icons', `${size}x${size}.png`)));
      expect(info, `${size}x${size}.png`).toEqual({ width: size, height: size, colorType: 6 });
    }
    expect(pngInfo(readFileSync(path.join(assets, 'icon.png')))).toMatchObject({ width: 1024, height: 1024 });
  });
});

describe('assets/icon.ico', () => {
  const ico = readFileSync(path.join(assets, 'icon.ico'));

  it('is an icon directory whose entries are PNGs of the sizes they claim, 16 to 256', () => {
    expect(ico.readUInt16LE(0)).toBe(0);
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    const sizes: number[] = [];
    let end = 6 + 16 * count;
    for (let i = 0; i < count; i++) {
      const e = 6 + 16 * i;
      const w = ico.readUInt8(e) || 256;
      const h = ico.readUInt8(e + 1) || 256;
      expect(ico.readUInt16LE(e + 4)).toBe(1);
      expect(ico.readUInt16LE(e + 6)).toBe(32);
      const length = ico.readUInt32LE(e + 8);
      const offset = ico.readUInt32LE(e + 12);
      expect(offset).toBe(end); // images follow each other without gaps or overlap
      end = offset + length;
      expect(pngInfo(ico.subarray(offset, offset + length))).toMatchObject({ width: w, height: h });
      sizes.push(w);
    }
    expect(end).toBe(ico.length);
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });
});

describe('assets/icon.icns', () => {
  const icns = readFileSync(path.join(assets, 'icon.icns'));

  it('has the icns header and a PNG chunk for every size macOS asks for, 16…512 pt at 1x and 2x', () => {
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const chunks: [string, number][] = [];
    for (let at = 8; at < icns.length;) {
      const type = icns.toString('latin1', at, at + 4);
      const length = icns.readUInt32BE(at + 4);
      expect(length).toBeGreaterThan(8);
      chunks.push([type, pngInfo(icns.subarray(at + 8, at + length)).width]);
      at += length;
    }
    expect(chunks).toEqual([
      ['icp4', 16], ['icp5', 32], ['icp6', 64], ['ic07', 128], ['ic08', 256], ['ic09', 512],
      ['ic11', 32], ['ic12', 64], ['ic13', 256], ['ic14', 512], ['ic10', 1024],
    ]);
  });
});
