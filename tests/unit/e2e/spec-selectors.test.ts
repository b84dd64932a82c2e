/**
 * The E2E specs speak of steps, not of markup or copied words: every selector lives in a page object
 * under tests/support/e2e, and every text comes from the app's catalogs (or the bank's mail
 * templates) through the same translate function the app uses. This fails when a spec under
 * tests/e2e holds a raw CSS locator (`.locator('…')`, `$('…')`, `querySelector('…')`) or Japanese
 * text in code (comments may name the guide's terms).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const specDir = join(root, 'tests/e2e');

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff01-\uff60]/u;
const CSS_CALLS = new Set(['locator', '$', '$$', '$eval', '$$eval', 'querySelector', 'querySelectorAll', 'waitForSelector']);

export interface Finding { line: number; kind: 'css' | 'japanese'; text: string }

/** What a spec's source holds that belongs in a page object or a catalog. */
export function findingsIn(fileName: string, source: string): Finding[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: Finding[] = [];
  const at = (node: ts.Node) => file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && CSS_CALLS.has(node.expression.name.text)) {
      const first = node.arguments[0];
      if (first && (ts.isStringLiteralLike(first) || ts.isTemplateExpression(first))) found.push({ line: at(node), kind: 'css', text: first.getText(file) });
    }
    if ((ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node) || ts.isRegularExpressionLiteral(node)) && JAPANESE.test(node.getText(file))) {
      found.push({ line: at(node), kind: 'japanese', text: node.getText(file) });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

const specs = readdirSync(specDir).filter((f) => f.endsWith('.spec.ts')).sort();

describe('E2E specs hold no selectors and no copied texts', () => {
  it('finds the specs', () => {
    expect(specs.length).toBeGreaterThan(10);
  });
  for (const spec of specs) {
    it(spec, () => {
      const found = findingsIn(spec, readFileSync(join(specDir, spec), 'utf8')).map((f) => `${spec}:${f.line} ${f.kind} ${f.text}`);
      expect(found).toEqual([]);
    });
  }
});

describe('the check itself', () => {
  it('sees raw CSS locators in any form', () => {
    const kinds = findingsIn('x.ts', "page.locator('#a'); x.root.locator(`.b[data-c=\"${d}\"]`); page.$('td'); document.querySelector('p');").map((f) => f.kind);
    expect(kinds).toEqual(['css', 'css', 'css', 'css']);
  });
  it('sees Japanese in strings, templates and regular expressions, not in comments', () => {
    const found = findingsIn('x.ts', "// 振込限度額\nconst a = 'ログイン'; const b = `あと${n}回`; const c = /照合番号/; const d = '￥1,000';");
    expect(found.map((f) => f.line)).toEqual([2, 2, 2, 2]);
  });
  it('lets page objects, roles, labels, test ids and catalog texts through', () => {
    expect(findingsIn('x.ts', "page.getByRole('button', { name: translate('ja', 'login.submit') }); page.getByTestId('review'); login.id(); page.getByLabel(t('st.show'));")).toEqual([]);
  });
});
