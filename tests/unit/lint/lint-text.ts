/**
 * Lints a piece of code with the repository's own eslint.config.js as if it lived at a given path,
 * for the tests that prove a lint rule bites. Call at a test file's top level: it sets up the
 * linter once for that file.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { beforeAll, vi } from 'vitest';
import { ESLint } from 'eslint';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The messages whose text contains `marker`, for `code` linted as the file `asPath` (from the repository root). */
export function lintTextAs(marker: string): (code: string, asPath: string) => Promise<{ severity: number; message: string }[]> {
  // The first lint loads the TypeScript parser and the whole config: seconds on a busy machine.
  vi.setConfig({ testTimeout: 60_000 });
  let eslint: ESLint;
  beforeAll(() => {
    eslint = new ESLint({ cwd: repoRoot });
  });
  return async (code, asPath) => {
    const [result] = await eslint.lintText(code, { filePath: join(repoRoot, asPath) });
    return (result?.messages ?? []).filter((m) => m.message.includes(marker)).map((m) => ({ severity: m.severity, message: m.message }));
  };
}
