// Lint, including the layer rules of DESIGN.md ("Bad layering" fails the build).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { builtinModules } from 'node:module';
import layerPlugin from './eslint-rules/dynamic-imports.js';
import reactHooks from 'eslint-plugin-react-hooks';


/**
 * The rules for one layer: no-restricted-imports for import/export declarations, and the same
 * options through layers/dynamic-imports for import(), require() and import.meta.resolve().
 */
function layer(options) {
  const restriction = layerRestriction(options);
  return { 'no-restricted-imports': restriction, 'layers/dynamic-imports': restriction };
}

function layerRestriction({ builtins = false, electron = false, folders = [], packages = [] }) {
  const paths = [];
  const patterns = [];
  if (builtins) patterns.push({ group: ['node:*'], message: 'Bad layering: this layer must not use Node built-ins.' });
  if (builtins) for (const m of builtinModules) paths.push({ name: m, message: 'Bad layering: this layer must not use Node built-ins.' });
  if (electron) patterns.push({ group: ['electron', 'electron/*'], message: 'Bad layering: only src-main/electron may import electron.' });
  for (const f of folders) patterns.push({ group: [`**/${f}`, `**/${f}/**`], message: `Bad layering: this layer must not import ${f}.` });
  for (const p of packages) patterns.push({ group: [p, `${p}/*`], message: `Bad layering: this layer must not import ${p}.` });
  return ['error', { paths, patterns }];
}

export default tseslint.config(
  {
    ignores: [
      'node_modules/**', 'dist/**', 'release/**', '.tsbuild/**', '.data/**', '.reports/**',
      'test-results/**', 'playwright-report/**', 'tests/unit/fixtures/**', 'bench/results/**',
    ],
  },
  js.configs.recommended,
  { plugins: { layers: layerPlugin } },
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
      eqeqeq: ['error', 'smart'],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      // `import { z } from 'zod'` is zod's whole namespace object, so bundles keep every locale and
      // check (740 KB in main's bundle); `import * as z` lets esbuild keep only what is used.
      'no-restricted-syntax': ['error', {
        selector: "ImportDeclaration[source.value='zod'] > ImportSpecifier[imported.name='z']",
        message: "Import zod as a namespace (`import * as z from 'zod'`) so bundles keep only the parts in use.",
      }],
    },
  },
  // ---- layer rules ----
  {
    files: ['src-shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: layer({
        builtins: true, electron: true,
        folders: ['src-main', 'src-renderer', 'mock-bank'],
        packages: ['react', 'axios', 'fastify', 'better-sqlite3', '@napi-rs/keyring', 'nodemailer', 'pino'],
      }),
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: layer({
        builtins: true, electron: true,
        folders: ['src-main', 'mock-bank'],
        packages: ['axios', 'fastify', 'better-sqlite3', '@napi-rs/keyring', 'nodemailer', 'pino'],
      }),
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['src-main/core/**/*.ts'],
    rules: layer({ electron: true, folders: ['src-renderer', 'mock-bank', 'src-main/electron', 'src-main/browser-host', 'electron', 'browser-host'] }),
  },
  {
    files: ['src-main/browser-host/**/*.ts'],
    rules: layer({ electron: true, folders: ['src-renderer', 'mock-bank', 'src-main/electron'] }),
  },
  {
    files: ['src-main/electron/**/*.ts'],
    rules: layer({ folders: ['src-renderer', 'mock-bank', 'src-main/browser-host', 'browser-host'] }),
  },
  // ---- thin bridge ----
  // The preload and the browser host's bridge script load before every page: they forward calls by
  // name and check only the envelope, since main parses every request and answer with the
  // contract (src-shared/ipc/bridge.ts says why). Types from the contract are fine; values are not.
  {
    files: [
      'src-shared/ipc/bridge.ts', 'src-shared/ipc/channel-list.ts', 'src-main/electron/preload.ts',
      'src-main/electron/preload-bridge.ts', 'src-main/electron/ipc-names.ts', 'src-main/browser-host/bridge-client.ts',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{
          group: ['zod', 'zod/*', '**/bank-api/**', '**/bank-profile/**', '**/ipc/index.js', '**/ipc/contract.js', '**/ipc/events.js',
            '**/ipc/errors.js', '**/ipc/statements.js', './contract.js', './events.js', './errors.js', './statements.js', './index.js'],
          allowTypeImports: true,
          message: 'Thin bridge: the preload and bridge script carry no zod or contract schemas (type imports only); main checks requests and answers.',
        }],
      }],
    },
  },
  {
    files: ['mock-bank/**/*.ts'],
    rules: layer({ electron: true, folders: ['src-main', 'src-renderer'], packages: ['axios', '@napi-rs/keyring', 'react'] }),
  },
);
