// Builds the renderer into dist/renderer. Relative base: the same files load from Electron's
// custom protocol and from the browser host. Each screen is its own chunk (React.lazy per route).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = decodeURIComponent(new URL('.', import.meta.url).pathname);

export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: true,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 400,
    rolldownOptions: {
      output: {
        // Everything the first screen imports in one file (the entry): left alone, the bundler split
        // it into four (React, the first screen's catalogs, its runtime), each a request and a
        // module record more before the login form renders. Lazy screens import from it.
        codeSplitting: { groups: [{ name: 'start', tags: ['$initial'] }] },
      },
    },
  },
});
