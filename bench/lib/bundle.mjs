// Bundles the benchmarks' own TypeScript entries (they import the core) into dist/bench/.
import { build } from 'esbuild';
import { APP_EXTERNAL } from '../../scripts/app-externals.mjs';
import { fromRoot } from './paths.mjs';

/** How each kind of bundle leaves code out (or in): see bundle(). */
const KINDS = {
  main: { external: APP_EXTERNAL, minify: true, legalComments: 'none' },
  inline: { external: ['@napi-rs/keyring', 'better-sqlite3'], minify: true },
  bank: { packages: 'external' },
};

/**
 * Like scripts/build.mjs bundles main (minified, APP_EXTERNAL out); with `inline`, only native
 * modules stay out; with `bank`, as it bundles the demo bank (every package loaded from node_modules).
 */
export async function bundle(entry, outName, { inline = false, bank = false, format = 'esm' } = {}) {
  const outfile = fromRoot('dist/bench', outName);
  await build({
    entryPoints: [fromRoot('bench', entry)], outfile, bundle: true, platform: 'node', target: 'node20', format,
    ...KINDS[bank ? 'bank' : inline ? 'inline' : 'main'], logLevel: 'warning',
    banner: format === 'cjs' ? undefined : { js: "import { createRequire as __nbCreateRequire } from 'node:module'; const require = __nbCreateRequire(import.meta.url);" },
  });
  return outfile;
}

/** Builds bench/baseline-page with Vite (React plugin, same target as the renderer). */
export async function buildBaselinePage() {
  process.env.NODE_ENV = 'production'; // as scripts/build.mjs builds the renderer
  const { build: viteBuild } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  const outDir = fromRoot('dist/bench/baseline-page');
  await viteBuild({
    configFile: false, root: fromRoot('bench/baseline-page'), base: './', logLevel: 'warn', plugins: [react()],
    build: { outDir, emptyOutDir: true, target: 'chrome120', assetsInlineLimit: 0 },
  });
  return outDir;
}
