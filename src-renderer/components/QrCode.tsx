/**
 * A QR code drawn here, as SVG, from the text (the `qrcode` package computes the modules; nothing
 * leaves the computer). One path of unit squares with the usual quiet zone of four modules.
 */
import { useMemo } from 'react';
import QRCode from 'qrcode';

const QUIET = 4;

export function qrPath(text: string): { size: number; d: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  let d = '';
  for (let row = 0; row < n; row += 1) {
    for (let col = 0; col < n; col += 1) {
      if (modules.get(row, col)) d += `M${col + QUIET} ${row + QUIET}h1v1h-1z`;
    }
  }
  return { size: n + QUIET * 2, d };
}

export function QrCode({ text, label, pixels = 240 }: { text: string; label: string; pixels?: number }) {
  const { size, d } = useMemo(() => qrPath(text), [text]);
  return (
    <svg className="qr-code" role="img" aria-label={label} width={pixels} height={pixels} viewBox={`0 0 ${size} ${size}`} shapeRendering="crispEdges" data-testid="qr-code">
      <rect width={size} height={size} fill="#ffffff" />
      <path d={d} fill="#000000" />
    </svg>
  );
}
