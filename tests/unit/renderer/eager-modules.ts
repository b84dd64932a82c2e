/**
 * The renderer modules a page loads before any lazy import: main.tsx and its static value imports,
 * transitively (not `import type`, not `import()`), and the message keys those modules name.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), spec).replace(/\.js$/, '');
  for (const ext of ['.ts', '.tsx']) {
    try {
      readFileSync(base + ext);
      return base + ext;
    } catch {
      // try the next
    }
  }
  return null;
}

/** Absolute paths of every module loaded eagerly from `entry`. */
export function eagerModules(entry: string): string[] {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    for (const st of sf.statements) {
      let spec: string | null = null;
      if (ts.isImportDeclaration(st) && !st.importClause?.isTypeOnly) {
        const named = st.importClause?.namedBindings;
        const allTypes = !st.importClause?.name && named && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
        if (!allTypes) spec = (st.moduleSpecifier as ts.StringLiteral).text;
      } else if (ts.isExportDeclaration(st) && !st.isTypeOnly && st.moduleSpecifier) {
        spec = (st.moduleSpecifier as ts.StringLiteral).text;
      }
      const target = spec ? resolveImport(file, spec) : null;
      if (target) queue.push(target);
    }
  }
  return [...seen];
}

/** Every string literal and template head in a module (where message keys are named). */
export function stringsIn(file: string): { text: string; prefix: boolean }[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: { text: string; prefix: boolean }[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) out.push({ text: n.text, prefix: false });
    else if (ts.isTemplateExpression(n)) out.push({ text: n.head.text, prefix: true });
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** The catalog keys the modules name: literally, or as the fixed start of a template (`error.${code}`). */
export function keysNamed(files: string[], allKeys: string[]): string[] {
  const found = new Set<string>();
  const keys = new Set(allKeys);
  for (const file of files) {
    for (const s of stringsIn(file)) {
      if (!s.prefix && keys.has(s.text)) found.add(s.text);
      if (s.prefix && s.text.endsWith('.')) for (const k of allKeys) if (k.startsWith(s.text)) found.add(k);
    }
  }
  return [...found].sort();
}
