/**
 * zod is imported as a namespace everywhere: `import { z } from 'zod'` hands the bundler zod's
 * whole namespace object (every locale and check), which tripled main's bundle and its start.
 */
import { describe, expect, it } from 'vitest';
import { lintTextAs } from './lint-text.js';

const lint = lintTextAs('Import zod as a namespace');
const zodImportMessages = async (code: string, asPath: string) => (await lint(code, asPath)).map((m) => m.message);

describe('zod imports', () => {
  it.each(['src-shared/bank-api/x.ts', 'src-main/core/x.ts', 'mock-bank/x.ts', 'src-renderer/lib/x.ts'])('the named `z` import fails in %s', async (asPath) => {
    expect(await zodImportMessages("import { z } from 'zod';\nexport const s = z.string();\n", asPath)).toHaveLength(1);
    expect(await zodImportMessages("import type { z } from 'zod';\nexport type S = z.infer<never>;\n", asPath)).toHaveLength(1);
  });

  it('the namespace import and other named imports pass', async () => {
    expect(await zodImportMessages("import * as z from 'zod';\nexport const s = z.string();\n", 'src-shared/bank-api/x.ts')).toEqual([]);
    expect(await zodImportMessages("import { ZodError } from 'zod';\nexport const e = ZodError;\n", 'src-shared/bank-api/x.ts')).toEqual([]);
  });
});
