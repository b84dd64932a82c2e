/**
 * Breaks a label into lines for an SVG box (SVG text does not wrap). Width is counted in units:
 * a CJK or full-width character is 2, anything else 1. Text with spaces breaks at the spaces when
 * every word fits; otherwise (Japanese without spaces) between any two characters, but never before
 * punctuation such as 、 。 ・ ） — such a character may run past the width, so keep 2 units spare.
 */
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;
const NO_LINE_START = /^[、。・）」』，．：！？ー]/;

export function textUnits(text: string): number {
  let n = 0;
  for (const ch of text) n += WIDE.test(ch) ? 2 : 1;
  return n;
}

function greedy(tokens: string[], joiner: string, maxUnits: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const tok of tokens) {
    const candidate = line === '' ? tok : line + joiner + tok;
    if (line === '' || textUnits(candidate) <= maxUnits || NO_LINE_START.test(tok)) line = candidate;
    else {
      lines.push(line);
      line = tok;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

export function wrapLabel(text: string, maxUnits: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length > 1 && words.every((w) => textUnits(w) <= maxUnits)) return greedy(words, ' ', maxUnits);
  return greedy([...text.trim()], '', maxUnits);
}
