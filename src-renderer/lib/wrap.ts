/**
 * Breaks a label into lines for an SVG box (SVG text does not wrap). Width is counted in units:
 * a CJK or full-width character is 2, anything else 1. Latin text breaks at spaces; Japanese
 * between any two characters, but never before punctuation such as 、 。 ・ ）.
 */
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;
const NO_LINE_START = /^[、。・）」』，．：！？ー]/;

export function textUnits(text: string): number {
  let n = 0;
  for (const ch of text) n += WIDE.test(ch) ? 2 : 1;
  return n;
}

export function wrapLabel(text: string, maxUnits: number): string[] {
  const tokens: string[] = [];
  // Latin words stay whole; each wide character is its own token.
  for (const m of text.matchAll(/[^\s\u1100-\uFFE6]+|\s+|./gu)) tokens.push(m[0]);
  const lines: string[] = [];
  let line = '';
  for (const tok of tokens) {
    const candidate = line + tok;
    if (textUnits(candidate.trimEnd()) <= maxUnits || line.trim() === '' || NO_LINE_START.test(tok)) {
      line = candidate;
      continue;
    }
    lines.push(line.trim());
    line = /^\s+$/.test(tok) ? '' : tok;
  }
  if (line.trim() !== '') lines.push(line.trim());
  return lines;
}
