/** The type check is as strict as issue 2 asks, in every layer: checked on the configs tsc resolves. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import ts from 'typescript';

const root = fileURLToPath(new URL('../../../', import.meta.url));

type Options = Record<string, unknown>;
const readJson = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8')) as { compilerOptions?: Options; references?: { path: string }[] };

/** The compiler options tsc itself resolves for a project (extends followed), via its own API. */
function effectiveOptions(project: string): ts.CompilerOptions {
  const file = project.endsWith('.json') ? join(root, project) : join(root, project, 'tsconfig.json');
  const read = ts.readConfigFile(file, (f) => ts.sys.readFile(f));
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, dirname(file), undefined, file);
  // 18003 "no inputs": a layer that has no source files yet is still configured.
  const problems = parsed.errors.filter((d) => d.category === ts.DiagnosticCategory.Error && d.code !== 18003);
  expect(problems.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
  return parsed.options;
}

const LAYERS = ['src-shared', 'src-main/core', 'src-main/browser-host', 'src-main/electron', 'src-renderer', 'mock-bank'];

describe('TypeScript configuration', () => {
  it('tsconfig.base.json is strict with noUncheckedIndexedAccess', () => {
    const base = readJson('tsconfig.base.json').compilerOptions ?? {};
    expect(base.strict).toBe(true);
    expect(base.noUncheckedIndexedAccess).toBe(true);
  });

  it('`tsc -b` builds every layer and the tests', () => {
    const refs = (readJson('tsconfig.json').references ?? []).map((r) => r.path.replace(/^\.\//, ''));
    expect(refs.sort()).toEqual([...LAYERS, 'tsconfig.tests.json'].sort());
  });

  it.each([...LAYERS, 'tsconfig.tests.json'])('%s resolves to strict with noUncheckedIndexedAccess', (project) => {
    const options = effectiveOptions(project);
    expect(options.strict).toBe(true);
    expect(options.noUncheckedIndexedAccess).toBe(true);
  });
});
