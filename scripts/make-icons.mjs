// Renders assets/icon.svg into every icon file the installers use, with no network:
//   assets/icons/<n>x<n>.png  n = 16 … 1024 (Linux; electron-builder reads the folder)
//   assets/icon.png           1024 px (window icon, fallbacks)
//   assets/icon.ico           Windows, PNG-embedded entries 16 … 256
//   assets/icon.icns          macOS, PNG chunks for 16 … 512 pt at 1x and 2x (16 … 1024 px)
// The SVG is drawn by the system Chromium (Playwright), one screenshot per size.
// Usage: node scripts/make-icons.mjs   (then commit the changed files under assets/)
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const assets = path.join(root, 'assets');

export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
/**
 * ICNS chunk type → pixel size of the PNG it holds: icp4/icp5/icp6 and ic07/ic08/ic09 are the 1x
 * images of 16/32/64/128/256/512 pt, ic11/ic12/ic13/ic14/ic10 the 2x images of 16/32/128/256/512 pt.
 * Finder, the Dock and list views pick the one that fits, so small views need not scale 128 px down.
 */
export const ICNS_TYPES = [
  ['icp4', 16], ['icp5', 32], ['icp6', 64], ['ic07', 128], ['ic08', 256], ['ic09', 512],
  ['ic11', 32], ['ic12', 64], ['ic13', 256], ['ic14', 512], ['ic10', 1024],
];

/**
 * ICO container (all integers little-endian):
 *   ICONDIR       6 bytes: u16 reserved = 0, u16 type = 1 (icon), u16 count
 *   ICONDIRENTRY 16 bytes each: u8 width (0 means 256), u8 height (0 means 256), u8 palette size = 0,
 *                u8 reserved = 0, u16 colour planes = 1, u16 bits per pixel = 32,
 *                u32 byte length of the image, u32 offset of the image from the file start
 *   then the images; each is a complete PNG file (allowed since Windows Vista).
 * @param {{ size: number, png: Buffer }[]} images
 */
export function icoFile(images) {
  const head = Buffer.alloc(6 + 16 * images.length);
  head.writeUInt16LE(0, 0);
  head.writeUInt16LE(1, 2);
  head.writeUInt16LE(images.length, 4);
  let offset = head.length;
  images.forEach(({ size, png }, i) => {
    if (size < 1 || size > 256) throw new RangeError(`ICO entries are 1…256 px, not ${size}`);
    const e = 6 + 16 * i;
    head.writeUInt8(size === 256 ? 0 : size, e);
    head.writeUInt8(size === 256 ? 0 : size, e + 1);
    head.writeUInt8(0, e + 2);
    head.writeUInt8(0, e + 3);
    head.writeUInt16LE(1, e + 4);
    head.writeUInt16LE(32, e + 6);
    head.writeUInt32LE(png.length, e + 8);
    head.writeUInt32LE(offset, e + 12);
    offset += png.length;
  });
  return Buffer.concat([head, ...images.map((i) => i.png)]);
}

/**
 * ICNS container (all integers big-endian):
 *   header  8 bytes: "icns", u32 length of the whole file
 *   chunks  each: 4-byte type (e.g. "ic08"), u32 length of the chunk including these 8 bytes, data
 *   each chunk of ICNS_TYPES holds one PNG file.
 * @param {{ type: string, png: Buffer }[]} chunks
 */
export function icnsFile(chunks) {
  const parts = chunks.map(({ type, png }) => {
    if (!/^[\x20-\x7e]{4}$/.test(type)) throw new RangeError(`ICNS chunk types are 4 ASCII characters, not ${type}`);
    const h = Buffer.alloc(8);
    h.write(type, 0, 'latin1');
    h.writeUInt32BE(8 + png.length, 4);
    return Buffer.concat([h, png]);
  });
  const body = Buffer.concat(parts);
  const h = Buffer.alloc(8);
  h.write('icns', 0, 'latin1');
  h.writeUInt32BE(8 + body.length, 4);
  return Buffer.concat([h, body]);
}

/** The SVG inline in a page; small sizes drop details that would blur (see the ids in icon.svg). */
function page(svg, size) {
  const hideRim = (size <= 48 ? '#rim{display:none}' : '') + (size <= 24 ? '#bar2{display:none}#bar1{transform:translateY(40px)}' : '');
  return `<!doctype html><html><head><style>html,body{margin:0;background:transparent}
svg{display:block;width:${size}px;height:${size}px}${hideRim}</style></head><body>${svg}</body></html>`;
}

async function render(svg) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  try {
    const context = await browser.newContext({ deviceScaleFactor: 1, offline: true });
    const tab = await context.newPage();
    const out = new Map();
    for (const size of PNG_SIZES) {
      await tab.setViewportSize({ width: size, height: size });
      await tab.setContent(page(svg, size));
      out.set(size, await tab.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
    }
    return out;
  } finally {
    await browser.close();
  }
}

async function main() {
  const svg = readFileSync(path.join(assets, 'icon.svg'), 'utf8').replace(/^<\?xml[^>]*>\s*/, '');
  const pngs = await render(svg);
  const png = (size) => {
    const p = pngs.get(size);
    if (!p) throw new Error(`no ${size} px rendering`);
    return p;
  };
  mkdirSync(path.join(assets, 'icons'), { recursive: true });
  for (const size of PNG_SIZES) writeFileSync(path.join(assets, 'icons', `${size}x${size}.png`), png(size));
  writeFileSync(path.join(assets, 'icon.png'), png(1024));
  writeFileSync(path.join(assets, 'icon.ico'), icoFile(ICO_SIZES.map((size) => ({ size, png: png(size) }))));
  writeFileSync(path.join(assets, 'icon.icns'), icnsFile(ICNS_TYPES.map(([type, size]) => ({ type, png: png(size) }))));
  console.log(`make-icons: wrote ${PNG_SIZES.length} PNGs, icon.png, icon.ico (${ICO_SIZES.length} entries), icon.icns (${ICNS_TYPES.length} chunks)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
