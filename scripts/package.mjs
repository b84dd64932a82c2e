// Customer installers: stages the built app, then runs electron-builder with electron-builder.yml.
//
//   node scripts/package.mjs            installers for this platform (Linux: AppImage + deb)
//   node scripts/package.mjs --dir      only the unpacked app (release/<platform>-unpacked)
//   node scripts/package.mjs --test-build   a tester build (npm run dist:test): built with
//                                       __TEST_BUILD__ true into dist/tester, the demo bank
//                                       (dist/bank) and its server packages included, packaged
//                                       with electron-builder.test.yml into release/tester
//   options: --dist <folder>  take the built app from here instead of ./dist
//            --out <folder>   write the stage and the result here instead of ./release
//            --config <file>  another electron-builder config (e.g. one that extends ours)
//            --skip-native-rebuild   tester builds: package the demo bank's SQLite module as it is
//                                    (built for this Node.js, so the packaged bank will not start);
//                                    for packaging checks with a stand-in Electron only
//            -- <args>        anything after `--` goes to electron-builder unchanged
//
// Why a stage: electron-builder puts every `dependencies` entry of package.json into the app, and
// ours also lists the demo bank's server packages. The stage gets a trimmed package.json whose
// dependencies are exactly the packages dist/electron/*.cjs require, and a node_modules holding
// only those packages and what they depend on.
import { spawnSync } from 'node:child_process';
import { builtinModules, createRequire } from 'node:module';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

class PackageError extends Error {}

function parseArgs(argv) {
  const opts = { dir: false, testBuild: false, skipNativeRebuild: false, dist: null, out: null, config: null, rest: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new PackageError(`${a} needs a value`);
      return path.resolve(v);
    };
    if (a === '--') { opts.rest = argv.slice(i + 1); break; }
    if (a === '--dir') opts.dir = true;
    else if (a === '--test-build') opts.testBuild = true;
    else if (a === '--skip-native-rebuild') opts.skipNativeRebuild = true;
    else if (a === '--dist') opts.dist = value();
    else if (a === '--out') opts.out = value();
    else if (a === '--config') opts.config = value();
    else throw new PackageError(`unknown option ${a} (see the top of scripts/package.mjs)`);
  }
  // A tester build never shares folders with the customer build.
  opts.dist ??= path.join(root, opts.testBuild ? 'dist/tester' : 'dist');
  opts.out ??= path.join(root, opts.testBuild ? 'release/tester' : 'release');
  opts.config ??= path.join(root, opts.testBuild ? 'electron-builder.test.yml' : 'electron-builder.yml');
  return opts;
}

/** The parts of dist/ a package holds: the demo bank only in a tester build. */
export function partsFor(testBuild) {
  return testBuild ? ['electron', 'renderer', 'bank'] : ['electron', 'renderer'];
}

/**
 * Builds the app. A tester build is always rebuilt (its flag must be true in every bundle); the
 * customer build only when it is missing. Either way a given --dist is used as it is.
 */
function ensureBuilt(dist, testBuild) {
  const needed = ['electron/main.cjs', 'electron/preload.cjs', 'renderer/index.html', ...(testBuild ? ['bank/main.mjs'] : [])];
  const missing = () => needed.filter((f) => !existsSync(path.join(dist, f)));
  const own = dist === path.join(root, testBuild ? 'dist/tester' : 'dist');
  if (own && (testBuild || missing().length)) {
    const args = [path.join(root, 'scripts/build.mjs'), ...(testBuild ? ['--test-build'] : []), ...partsFor(testBuild)];
    const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) throw new PackageError(`the build failed (node scripts/build.mjs ${args.slice(1).join(' ')})`);
  }
  const still = missing();
  if (still.length) throw new PackageError(`the app is not built: missing ${still.map((f) => path.join(dist, f)).join(', ')}`);
}

const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/**
 * Bare package names that bundled code loads: require("...") and import("...") (main loads some
 * packages at their first use), and in ES modules (`esm`) also import/from "...".
 */
export function requiredPackages(sources, { esm = false } = {}) {
  const names = new Set();
  const patterns = [
    /\b(?:require|import)\(\s*["']([^"'./][^"']*)["']\s*\)/g,
    ...(esm ? [/^\s*(?:import|export)\b[^;]*?\bfrom\s*["']([^"'./][^"']*)["']|^\s*import\s*["']([^"'./][^"']*)["']/gm] : []),
  ];
  for (const code of sources) {
    for (const m of patterns.flatMap((p) => [...code.matchAll(p)])) {
      const spec = m[1] ?? m[2] ?? m[3];
      if (builtins.has(spec) || builtins.has(spec.split('/')[0]) || spec === 'electron' || spec.startsWith('electron/')) continue;
      const parts = spec.split('/');
      names.add(spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]);
    }
  }
  return [...names].sort();
}

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Node's lookup: the package folder `name` as seen from `fromDir` (walking up to the root). */
function findPackageDir(name, fromDir) {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (dir === root || path.dirname(dir) === dir) return null;
  }
}

/** Every installed package folder needed by `names`, following dependencies and installed optionals. */
export function dependencyClosure(names) {
  const found = new Map();
  const queue = names.map((name) => ({ name, from: root, optional: false }));
  while (queue.length) {
    const { name, from, optional } = queue.shift();
    const dir = findPackageDir(name, from);
    if (!dir) {
      if (optional) continue; // e.g. another platform's prebuilt binary
      throw new PackageError(`package ${name} is needed at run time but is not installed`);
    }
    if (found.has(dir)) continue;
    found.set(dir, name);
    const pkg = readJson(path.join(dir, 'package.json'));
    for (const dep of Object.keys(pkg.dependencies ?? {})) queue.push({ name: dep, from: dir, optional: false });
    for (const dep of Object.keys(pkg.optionalDependencies ?? {})) queue.push({ name: dep, from: dir, optional: true });
  }
  return [...found.keys()].sort();
}

const noMaps = (src) => !src.endsWith('.map');

export function stage({ dist, stageDir, testBuild = false }) {
  rmSync(stageDir, { recursive: true, force: true });
  mkdirSync(stageDir, { recursive: true });
  const parts = partsFor(testBuild);
  for (const part of parts) {
    cpSync(path.join(dist, part), path.join(stageDir, 'dist', part), { recursive: true, filter: noMaps });
  }
  // Runtime packages: what the main bundle needs, and in a tester build what the demo bank needs.
  const bundles = parts.filter((p) => p !== 'renderer').flatMap((part) => {
    const dir = path.join(stageDir, 'dist', part);
    return readdirSync(dir).filter((f) => /\.(c|m)?js$/.test(f)).map((f) => ({ esm: f.endsWith('.mjs'), code: readFileSync(path.join(dir, f), 'utf8') }));
  });
  const own = readJson(path.join(root, 'package.json'));
  const runtime = [...new Set([
    ...requiredPackages(bundles.filter((b) => !b.esm).map((b) => b.code)),
    ...requiredPackages(bundles.filter((b) => b.esm).map((b) => b.code), { esm: true }),
  ])].sort();
  const unlisted = runtime.filter((n) => !own.dependencies?.[n]);
  if (unlisted.length) throw new PackageError(`dist/${testBuild ? '{electron,bank}' : 'electron'} requires ${unlisted.join(', ')}, which package.json does not list in dependencies`);
  const manifest = {
    name: own.name,
    productName: 'Netbank Desktop',
    desktopName: 'netbank-desktop.desktop',
    version: own.version,
    description: own.description,
    author: { name: 'Netbank Desktop', email: 'support@example.jp' },
    homepage: 'https://example.jp/netbank-desktop',
    license: 'UNLICENSED',
    private: true,
    main: own.main,
    dependencies: Object.fromEntries(runtime.map((n) => [n, own.dependencies[n]])),
  };
  writeFileSync(path.join(stageDir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const packages = dependencyClosure(runtime);
  for (const dir of packages) {
    cpSync(dir, path.join(stageDir, path.relative(root, dir)), { recursive: true, filter: noMaps, dereference: true });
  }
  return { runtime, packages: packages.map((d) => path.relative(root, d)) };
}

/** The Node ABI (NODE_MODULE_VERSION) a node-gyp module in `moduleDir` was compiled for, or null. */
export function compiledAbi(moduleDir) {
  try {
    const m = /"node_module_version":\s*(\d+)/.exec(readFileSync(path.join(moduleDir, 'build', 'config.gypi'), 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/**
 * A tester build runs the demo bank in Electron's utility process, whose Node ABI differs from this
 * Node.js: its SQLite module must be compiled for the Electron we ship. Rebuilds the staged copy
 * (Electron's headers are downloaded for that) unless it already matches.
 */
function rebuildNativeForElectron(stageDir, skip) {
  const electronVersion = readJson(path.join(root, 'node_modules/electron/package.json')).version;
  const want = Number(createRequire(import.meta.url)('node-abi').getAbi(electronVersion, 'electron'));
  const moduleDir = path.join(stageDir, 'node_modules', 'better-sqlite3');
  const have = compiledAbi(moduleDir);
  if (have === want) return;
  const what = `the demo bank's SQLite module is built for Node ABI ${have ?? 'unknown'}, Electron ${electronVersion} needs ABI ${want}`;
  if (skip) {
    console.warn(`package: ${what}; packaged as it is (--skip-native-rebuild): this tester build's demo bank will not start`);
    return;
  }
  console.log(`package: ${what}; rebuilding it for Electron …`);
  const r = spawnSync(path.join(root, 'node_modules/.bin/electron-rebuild'), ['--version', electronVersion, '--module-dir', stageDir, '--only', 'better-sqlite3', '--force'], { cwd: stageDir, stdio: 'inherit' });
  if (r.status !== 0 || compiledAbi(moduleDir) !== want) {
    throw new PackageError(`${what}, and rebuilding it failed (it downloads Electron's headers: build once with network access). `
      + 'Without it the tester build could not start its demo bank, so nothing was packaged.');
  }
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(opts.config)) throw new PackageError(`no config file ${opts.config}`);
  ensureBuilt(opts.dist, opts.testBuild);
  const stageDir = path.join(opts.out, '.stage', 'app');
  const staged = stage({ dist: opts.dist, stageDir, testBuild: opts.testBuild });
  console.log(`package: staged ${staged.runtime.length} runtime package(s) [${staged.runtime.join(', ')}] in ${staged.packages.length} folder(s)`);
  if (opts.testBuild) rebuildNativeForElectron(stageDir, opts.skipNativeRebuild);
  const args = [
    path.join(root, 'node_modules', 'electron-builder', 'cli.js'),
    '--projectDir', root,
    '--config', opts.config,
    `-c.directories.app=${stageDir}`,
    `-c.directories.output=${opts.out}`,
    ...(opts.dir ? ['--dir'] : []),
    ...opts.rest,
  ];
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } });
  if (r.status !== 0) {
    throw new PackageError(`electron-builder stopped with exit code ${r.status ?? r.signal}. If the log above shows ENOTFOUND or ETIMEDOUT: `
      + 'electron-builder downloads Electron and its packaging tools (AppImage runtime, fpm, NSIS, dmg tools) on first use; '
      + 'build once with network access, or pass -- -c.electronDist=<unpacked Electron> and a filled ELECTRON_BUILDER_CACHE.');
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (e) {
    if (!(e instanceof PackageError)) throw e;
    console.error(`package: ${e.message}`);
    process.exit(1);
  }
}
