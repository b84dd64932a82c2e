// Puts the renderer's first screen into its index.html as HTML (src-renderer/prerender.tsx): the
// window draws the login screen, and the customer can type into it, while the script still loads;
// the script then hydrates it. Called by scripts/build.mjs after the renderer's Vite build.
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const SLOT = '<div id="root"></div>';

/**
 * Builds src-renderer/prerender.tsx for Node (Vite's SSR build, into `workDir`, which must lie in
 * the project so that React resolves from its node_modules), renders it and fills the empty root
 * element of `rendererDir`/index.html. `workDir` is removed afterwards.
 */
export async function prerenderInto(rendererDir, { root, define, workDir }) {
  const { build } = await import('vite');
  await rm(workDir, { recursive: true, force: true });
  try {
    await build({
      configFile: path.join(root, 'src-renderer/vite.config.ts'), logLevel: 'warn', define,
      build: {
        ssr: path.join(root, 'src-renderer/prerender.tsx'), outDir: workDir, emptyOutDir: true, sourcemap: false, copyPublicDir: false,
        rolldownOptions: { output: { codeSplitting: true } },
      },
    });
    const { prerender } = await import(pathToFileURL(path.join(workDir, 'prerender.js')).href);
    const html = prerender();
    if (!html.includes('id="login-id"')) throw new Error('prerender: the first screen has no login form');
    const indexFile = path.join(rendererDir, 'index.html');
    const page = await readFile(indexFile, 'utf8');
    if (!page.includes(SLOT)) throw new Error(`prerender: ${indexFile} has no empty ${SLOT}`);
    await writeFile(indexFile, page.replace(SLOT, () => `<div id="root">${html}</div>`));
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
