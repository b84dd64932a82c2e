// The benchmark runner's pure helpers: results file names, choosing benchmarks, the exit code,
// the generated README text, and the capacity benchmark's next offered rate. No timings here.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const load = async <T>(p: string) => (await import(pathToFileURL(path.join(root, p)).href)) as T;

interface Counts { pass: number; fail: number; error: number; info: number }
interface Results {
  resultsFileName(date: Date, only?: string[]): string;
  newestFullRun(names: string[]): string | null;
  chooseBenchmarks(argv: string[], known: string[]): string[];
  exitCodeFor(counts: Counts): number;
  benchReadmeBlock(result: unknown, fileName: string): string;
  rootReadmeSummary(result: unknown, fileName: string): string;
  replaceBetween(text: string, name: string, inner: string, o?: { inline?: boolean }): string;
}
interface Steps { nextRate(steps: { rate: number; achieved: number; p99: number | null; errors: number }[], limit: number): number | null }

let r: Results;
let s: Steps;
beforeAll(async () => {
  r = await load<Results>('bench/lib/results.mjs');
  s = await load<Steps>('bench/lib/capacity-steps.mjs');
});

const result = {
  date: '2026-12-06T17:05:09.123Z', seconds: 300,
  machine: { cpus: 2, cpuModel: 'AMD EPYC', memoryGb: 23.5, node: 'v20.20.2', chromium: 'Chromium 156', commit: 'abc123', keychain: 'reachable', loadAverage: [1.5, 2, 3], loadAverageAfter: [2.5, 2, 3] },
  counts: { pass: 3, fail: 2, error: 0, info: 4 },
  figures: [{ id: 'x', name: 'Login JS', unit: 'KB', value: 120, target: { kind: 'max', limit: 100 }, ratio: null, pass: false }],
};

describe('results files', () => {
  it('names a full run by its UTC time, safe in file names, and a partial run by its ids', () => {
    const d = new Date('2026-12-06T17:05:09.123Z');
    expect(r.resultsFileName(d)).toBe('2026-12-06T17-05-09Z.json');
    expect(r.resultsFileName(d, ['otp-mail'])).toBe('2026-12-06T17-05-09Z-only-otp-mail.json');
  });
  it('finds the newest full run and skips partial runs and other files', () => {
    expect(r.newestFullRun(['2026-12-06T17-05-09Z.json', '2026-12-07T01-00-00Z-only-capacity.json', '2026-12-05T23-59-59Z.json', '.gitkeep'])).toBe('2026-12-06T17-05-09Z.json');
    expect(r.newestFullRun(['.gitkeep'])).toBeNull();
  });
});

describe('choosing benchmarks', () => {
  const known = ['a', 'b', 'c'];
  it('runs all without arguments, and in the runner order with --only or bare names', () => {
    expect(r.chooseBenchmarks([], known)).toEqual(known);
    expect(r.chooseBenchmarks(['--only', 'c', '--only=a'], known)).toEqual(['a', 'c']);
    expect(r.chooseBenchmarks(['b'], known)).toEqual(['b']);
  });
  it('refuses an unknown id and --only without one', () => {
    expect(() => r.chooseBenchmarks(['--only', 'z'], known)).toThrow(/no benchmark called z/);
    expect(() => r.chooseBenchmarks(['--only'], known)).toThrow(/needs a benchmark id/);
  });
});

describe('the exit code', () => {
  it('is 1 when a target was missed or a benchmark did not finish, else 0', () => {
    expect(r.exitCodeFor({ pass: 5, fail: 0, error: 0, info: 3 })).toBe(0);
    expect(r.exitCodeFor({ pass: 5, fail: 1, error: 0, info: 3 })).toBe(1);
    expect(r.exitCodeFor({ pass: 5, fail: 0, error: 1, info: 3 })).toBe(1);
  });
});

describe('the generated README text', () => {
  it('names the file, the machine, the commit, the load before and after and the counts, then the table', () => {
    const block = r.benchReadmeBlock(result, '2026-12-06T17-05-09Z.json');
    expect(block).toContain('bench/results/2026-12-06T17-05-09Z.json');
    expect(block).toContain('2× AMD EPYC');
    expect(block).toContain('commit abc123');
    expect(block).toContain('load average 1.5 2 3 before, 2.5 2 3 after');
    expect(block).toContain('**3 met, 2 missed**');
    expect(block).toMatch(/\| Login JS \| 120 KB \|.*\*\*FAIL\*\*/);
  });
  it('sums up the run for the README row', () => {
    expect(r.rootReadmeSummary(result, 'f.json')).toBe('last full run 2026-12-06 (`bench/results/f.json`, 2 cores, load 1.5 2 3): 3 of 5 targets met');
  });
  it('replaces only what lies between the markers, and throws without them', () => {
    const text = 'a\n<!-- t -->\nold\n<!-- /t -->\nb';
    expect(r.replaceBetween(text, 't', 'new')).toBe('a\n<!-- t -->\nnew\n<!-- /t -->\nb');
    expect(r.replaceBetween('| x <!-- t -->old<!-- /t --> |', 't', 'new', { inline: true })).toBe('| x <!-- t -->new<!-- /t --> |');
    expect(() => r.replaceBetween('no markers', 't', 'x')).toThrow(/markers/);
  });
});

describe('the capacity benchmark steps', () => {
  it('raises the rate by half while the step kept up', () => {
    expect(s.nextRate([{ rate: 4, achieved: 4, p99: 120, errors: 0 }], 200)).toBe(6);
    expect(s.nextRate([{ rate: 9, achieved: 8.5, p99: 199, errors: 0 }], 200)).toBe(14);
  });
  it('stops on a p99 at the limit, an error, or falling behind the offered rate', () => {
    expect(s.nextRate([{ rate: 4, achieved: 4, p99: 200, errors: 0 }], 200)).toBeNull();
    expect(s.nextRate([{ rate: 4, achieved: 4, p99: 50, errors: 1 }], 200)).toBeNull();
    expect(s.nextRate([{ rate: 10, achieved: 8, p99: 50, errors: 0 }], 200)).toBeNull();
    expect(s.nextRate([{ rate: 10, achieved: 0, p99: null, errors: 0 }], 200)).toBeNull();
  });
});
