// Customer installers: stages the built app, then runs electron-builder with electron-builder.yml.
//
//   node scripts/package.mjs            installers for this platform (Linux: AppImage + deb)
//   node scripts/package.mjs --dir      only the unpacked app (release/<platform>-unpacked)
//   options: --dist <folder>  take the built app from here instead of ./dist
//            --out <folder>   write the stage and the result here instead of ./release
//            --config <file>  another electron-builder config (e.g. one that extends ours)
//            -- <args>        anything after `--` goes to electron-builder unchanged
//
// Why a stage: electron-builder puts every `dependencies` entry of package.json into the app, and
// ours also lists the demo bank's server packages. The stage gets a trimmed package.json whose
// dependencies are exactly the packages dist/electron/*.cjs require, and a node_modules holding
// only those packages and what they depend on.
import { spawnSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

class PackageError extends Error {}

function parseArgs(argv) {
  const opts = { dir: false, dist: path.join(root, 'dist'), out: path.join(root, 'release'), config: path.join(root, 'electron-builder.yml'), rest: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new PackageError(`${a} needs a value`);
      return path.resolve(v);
    };
    if (a === '--') { opts.rest = argv.slice(i + 1); break; }
    if (a === '--dir') opts.dir = true;
    else if (a === '--dist') opts.dist = value();
    else if (a === '--out') opts.out = value();
    else if (a === '--config') opts.config = value();
    else throw new PackageError(`unknown option ${a} (see the top of scripts/package.mjs)`);
  }
  return opts;
}

/** Builds dist/electron and dist/renderer when they are missing and their sources exist. */
function ensureBuilt(dist) {
  const needed = ['electron/main.cjs', 'electron/preload.cjs', 'renderer/index.html'];
  const missing = () => needed.filter((f) => !existsSync(path.join(dist, f)));
  if (missing().length && dist === path.join(root, 'dist')) {
    const r = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), 'electron', 'renderer'], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) throw new PackageError('the build failed (node scripts/build.mjs electron renderer)');
  }
  const still = missing();
  if (still.length) throw new PackageError(`the app is not built: missing ${still.map((f) => path.join(dist, f)).join(', ')}`);
}

const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Bare package names that the bundled main/preload code loads with require("..."). */
export function requiredPackages(sources) {
  const names = new Set();
  for (const code of sources) {
    for (const m of code.matchAll(/\brequire\(\s*["']([^"'./][^"']*)["']\s*\)/g)) {
      const spec = m[1];
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

export function stage({ dist, stageDir }) {
  rmSync(stageDir, { recursive: true, force: true });
  mkdirSync(stageDir, { recursive: true });
  for (const part of ['electron', 'renderer']) {
    cpSync(path.join(dist, part), path.join(stageDir, 'dist', part), { recursive: true, filter: noMaps });
  }
  const electronDir = path.join(stageDir, 'dist', 'electron');
  const sources = readdirSync(electronDir).filter((f) => /\.(c|m)?js$/.test(f)).map((f) => readFileSync(path.join(electronDir, f), 'utf8'));
  const own = readJson(path.join(root, 'package.json'));
  const runtime = requiredPackages(sources);
  const unlisted = runtime.filter((n) => !own.dependencies?.[n]);
  if (unlisted.length) throw new PackageError(`dist/electron requires ${unlisted.join(', ')}, which package.json does not list in dependencies`);
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

function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(opts.config)) throw new PackageError(`no config file ${opts.config}`);
  ensureBuilt(opts.dist);
  const stageDir = path.join(opts.out, '.stage', 'app');
  const staged = stage({ dist: opts.dist, stageDir });
  console.log(`package: staged ${staged.runtime.length} runtime package(s) [${staged.runtime.join(', ')}] in ${staged.packages.length} folder(s)`);
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
