// What a page loads before any lazy import: the module scripts and modulepreload links of its
// index.html, then every static `import … from "./x.js"` of those files, transitively.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The entry scripts, modulepreloads and stylesheets an index.html names (relative paths as written). */
export function htmlEntries(html) {
  const scripts = [...html.matchAll(/<script\b[^>]*\btype=["']module["'][^>]*\bsrc=["']([^"']+)["']/g)].map((m) => m[1]);
  const preloads = [...html.matchAll(/<link\b[^>]*\brel=["']modulepreload["'][^>]*\bhref=["']([^"']+)["']/g)].map((m) => m[1]);
  const styles = [...html.matchAll(/<link\b[^>]*\brel=["']stylesheet["'][^>]*\bhref=["']([^"']+)["']/g)].map((m) => m[1]);
  return { scripts, preloads, styles };
}

/**
 * The specifiers of static imports and re-exports in (minified) ES module code. Dynamic `import()`
 * is left out: that is what lazy route chunks use.
 */
export function staticImports(code) {
  const found = new Set();
  const pattern = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+)["']/g;
  for (const m of code.matchAll(pattern)) found.add(m[1]);
  return [...found];
}

/** Every JS file (absolute paths) loaded eagerly from `dir`/index.html. */
export function eagerScripts(dir) {
  const { scripts, preloads } = htmlEntries(readFileSync(path.join(dir, 'index.html'), 'utf8'));
  const seen = new Set();
  const queue = [...scripts, ...preloads].map((s) => path.resolve(dir, s));
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.') || spec.startsWith('/')) queue.push(path.resolve(path.dirname(file), spec));
    }
  }
  return [...seen];
}
