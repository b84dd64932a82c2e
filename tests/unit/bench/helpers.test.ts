// The benchmarks' pure helpers: percentiles, judging a figure against its target, the markdown
// table, and finding what a page loads eagerly. No timings here: figures belong in bench/.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const load = async <T>(p: string) => (await import(pathToFileURL(path.join(root, p)).href)) as T;

interface Target { kind: string; limit?: number }
interface Figure { id?: string; name: string; unit?: string; value: number | null; baseline?: { label: string; value: number }; target: Target; note?: string; error?: string }
interface Judged extends Figure { ratio: number | null; pass: boolean | null }
interface Stats {
  percentile(values: number[], p: number): number;
  median(values: number[]): number;
  summarize(values: number[]): { n: number; min: number; p50: number; p90: number; p99: number; max: number; mean: number };
}
interface Report {
  judge(f: Figure): boolean | null;
  ratioOf(f: Figure): number | null;
  targetText(f: Figure): string;
  evaluate(fs: Figure[]): Judged[];
  formatTable(fs: Figure[]): string;
  tally(fs: Figure[]): { pass: number; fail: number; error: number; info: number };
}
interface Chunks {
  htmlEntries(html: string): { scripts: string[]; preloads: string[]; styles: string[] };
  staticImports(code: string): string[];
  eagerScripts(dir: string): string[];
}

let stats: Stats;
let report: Report;
let chunks: Chunks;
beforeAll(async () => {
  stats = await load<Stats>('bench/lib/stats.mjs');
  report = await load<Report>('bench/lib/report.mjs');
  chunks = await load<Chunks>('bench/lib/chunks.mjs');
});

describe('percentile (nearest rank)', () => {
  it('picks the nearest-rank element', () => {
    const xs = [15, 20, 35, 40, 50];
    expect(stats.percentile(xs, 5)).toBe(15);
    expect(stats.percentile(xs, 30)).toBe(20);
    expect(stats.percentile(xs, 40)).toBe(20);
    expect(stats.percentile(xs, 50)).toBe(35);
    expect(stats.percentile(xs, 100)).toBe(50);
    expect(stats.percentile(xs, 0)).toBe(15);
    expect(stats.median([3, 1, 2])).toBe(2);
  });

  it('p99 of 1..100 is 99, p50 is 50; the input is not reordered', () => {
    const xs = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(stats.percentile(xs, 99)).toBe(99);
    expect(stats.percentile(xs, 50)).toBe(50);
    expect(xs[0]).toBe(100);
  });

  it('refuses no samples and a p outside 0–100', () => {
    expect(() => stats.percentile([], 50)).toThrow(/no samples/);
    expect(() => stats.percentile([1], 101)).toThrow(/0-100/);
    expect(() => stats.percentile([1], Number.NaN)).toThrow(/0-100/);
  });

  it('is always one of the samples, between min and max, and grows with p', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 50 }), fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (xs, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const v = stats.percentile(xs, lo);
          expect(xs).toContain(v);
          expect(v).toBeGreaterThanOrEqual(Math.min(...xs));
          expect(stats.percentile(xs, hi)).toBeGreaterThanOrEqual(v);
        }),
    );
  });

  it('summarize gives n, min, max, mean and the percentiles', () => {
    expect(stats.summarize([4, 1, 3, 2])).toEqual({ n: 4, min: 1, p50: 2, p90: 4, p99: 4, max: 4, mean: 2.5 });
  });
});

describe('judging a figure', () => {
  const base = { label: 'bare', value: 1000 };
  it('max and min targets', () => {
    expect(report.judge({ name: 'a', value: 100, target: { kind: 'max', limit: 100 } })).toBe(true);
    expect(report.judge({ name: 'a', value: 100.01, target: { kind: 'max', limit: 100 } })).toBe(false);
    expect(report.judge({ name: 'a', value: 5, target: { kind: 'min', limit: 5 } })).toBe(true);
    expect(report.judge({ name: 'a', value: 4, target: { kind: 'min', limit: 5 } })).toBe(false);
  });

  it('ratio targets against the baseline of the same run', () => {
    expect(report.judge({ name: 'tput', value: 600, baseline: base, target: { kind: 'ratio-min', limit: 0.6 } })).toBe(true);
    expect(report.judge({ name: 'tput', value: 599, baseline: base, target: { kind: 'ratio-min', limit: 0.6 } })).toBe(false);
    expect(report.judge({ name: 'tti', value: 1300, baseline: base, target: { kind: 'ratio-max', limit: 1.3 } })).toBe(true);
    expect(report.judge({ name: 'tti', value: 1301, baseline: base, target: { kind: 'ratio-max', limit: 1.3 } })).toBe(false);
    expect(report.ratioOf({ name: 'tti', value: 1500, baseline: base, target: { kind: 'none' } })).toBe(1.5);
  });

  it('over-baseline target', () => {
    expect(report.judge({ name: 's', value: 1300, baseline: base, target: { kind: 'over-baseline-max', limit: 300 } })).toBe(true);
    expect(report.judge({ name: 's', value: 1301, baseline: base, target: { kind: 'over-baseline-max', limit: 300 } })).toBe(false);
  });

  it('fails without a number or a usable baseline; informational figures neither pass nor fail', () => {
    expect(report.judge({ name: 'x', value: null, target: { kind: 'max', limit: 1 } })).toBe(false);
    expect(report.judge({ name: 'x', value: 1, target: { kind: 'ratio-max', limit: 2 } })).toBe(false);
    expect(report.judge({ name: 'x', value: 1, baseline: { label: 'zero', value: 0 }, target: { kind: 'ratio-max', limit: 2 } })).toBe(false);
    expect(report.judge({ name: 'x', value: 1, target: { kind: 'none' } })).toBeNull();
    expect(report.judge({ name: 'x', value: 1, target: { kind: 'none' }, error: 'crashed' })).toBe(false);
    expect(() => report.judge({ name: 'x', value: 1, target: { kind: 'fastest' } })).toThrow(/unknown target/);
  });

  it('says the target in words', () => {
    expect(report.targetText({ name: 'a', unit: 'KB', value: 1, target: { kind: 'max', limit: 100 } })).toBe('≤ 100 KB');
    expect(report.targetText({ name: 'a', value: 1, target: { kind: 'ratio-max', limit: 1.3 } })).toBe('≤ 1.3×');
    expect(report.targetText({ name: 'a', value: 1, target: { kind: 'ratio-min', limit: 0.6 } })).toBe('≥ 60 % of baseline');
    expect(report.targetText({ name: 'a', unit: 'ms', value: 1, target: { kind: 'over-baseline-max', limit: 300 } })).toBe('≤ baseline + 300 ms');
    expect(report.targetText({ name: 'a', value: 1, target: { kind: 'none' } })).toBe('—');
  });
});

describe('the markdown table', () => {
  const figures: Figure[] = [
    { name: 'JS size', unit: 'KB', value: 95.126, target: { kind: 'max', limit: 100 } },
    { name: 'Throughput', unit: 'req/s', value: 300, baseline: { label: 'bare | route', value: 1000 }, target: { kind: 'ratio-min', limit: 0.6 }, note: 'per-request\nwrite' },
    { name: 'p99', unit: 'ms', value: 12, target: { kind: 'none' } },
    { name: 'broken (did not finish)', value: null, target: { kind: 'none' }, error: 'timeout' },
  ];

  it('has a header, one row per figure, results and escaped cells', () => {
    const lines = report.formatTable(figures).split('\n');
    expect(lines[0]).toBe('| figure | value | baseline | ratio | target | result | note |');
    expect(lines).toHaveLength(2 + figures.length);
    expect(lines[2]).toBe('| JS size | 95.13 KB | — | — | ≤ 100 KB | pass |  |');
    expect(lines[3]).toBe('| Throughput | 300 req/s | 1000 req/s (bare \\| route) | 0.3× | ≥ 60 % of baseline | **FAIL** | per-request write |');
    expect(lines[4]).toContain('| info |');
    expect(lines[5]).toContain('| **ERROR** |');
    for (const l of lines) expect(l.split(/(?<!\\)\|/).length).toBe(9);
  });

  it('evaluate adds ratio and pass without changing its input; tally counts them', () => {
    const judged = report.evaluate(figures);
    expect(judged.map((f) => f.pass)).toEqual([true, false, null, false]);
    expect(judged[1]!.ratio).toBe(0.3);
    expect('pass' in figures[0]!).toBe(false);
    expect(report.tally(figures)).toEqual({ pass: 1, fail: 1, error: 1, info: 1 });
  });
});

describe('what a page loads eagerly', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'bench-chunks-'));
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'index.html'), '<script type="module" crossorigin src="./assets/index-a.js"></script>\n<link rel="modulepreload" crossorigin href="./assets/vendor-b.js">\n<link rel="stylesheet" href="./assets/index.css">');
    writeFileSync(path.join(dir, 'assets/index-a.js'), 'import{j as e}from"./shared-c.js";import"./side.js";const H=()=>import("./Home-d.js");export{x}from"./re-e.js";');
    writeFileSync(path.join(dir, 'assets/vendor-b.js'), 'export const v=1;');
    writeFileSync(path.join(dir, 'assets/shared-c.js'), 'import{v}from"./vendor-b.js";export const j=v;');
    writeFileSync(path.join(dir, 'assets/side.js'), 'console.log(1)');
    writeFileSync(path.join(dir, 'assets/re-e.js'), 'export const x=2;');
    writeFileSync(path.join(dir, 'assets/Home-d.js'), 'import"./never-loaded.js";');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads module scripts, modulepreloads and stylesheets from index.html', () => {
    expect(chunks.htmlEntries('<script type="module" src="./a.js"></script><link rel="modulepreload" href="./b.js"><link rel="stylesheet" href="./c.css"><script src="./classic.js"></script>'))
      .toEqual({ scripts: ['./a.js'], preloads: ['./b.js'], styles: ['./c.css'] });
  });

  it('finds static imports and re-exports but not dynamic import()', () => {
    expect(chunks.staticImports('import{a as b}from"./x.js";import "./y.js";export*from"./z.js";const l=()=>import("./lazy.js");').sort()).toEqual(['./x.js', './y.js', './z.js']);
    expect(chunks.staticImports('const s="import x from \'./not\'"; a.import("./no.js")')).toEqual([]);
  });

  it('follows static imports transitively and leaves lazy chunks out', () => {
    const files = chunks.eagerScripts(dir).map((f) => path.relative(dir, f)).sort();
    expect(files).toEqual(['assets/index-a.js', 'assets/re-e.js', 'assets/shared-c.js', 'assets/side.js', 'assets/vendor-b.js']);
  });
});
