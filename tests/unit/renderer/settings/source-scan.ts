/**
 * Reads the renderer's sources with the TypeScript parser (not regular expressions) and reports
 * (1) text a customer would see that is written straight into JSX instead of coming from the
 * catalogs, and (2) the message keys the code names literally.
 */
import ts from 'typescript';

/** Attributes read out or shown to the customer. */
const LABEL_ATTRS = new Set(['aria-label', 'aria-description', 'aria-valuetext', 'aria-roledescription', 'title', 'placeholder', 'alt', 'label']);
/** Letters of any script (Latin, kana, kanji…): punctuation and digits alone are not text. */
const WORDY = /\p{L}/u;

export interface Finding { file: string; line: number; text: string }

function isAriaHidden(node: ts.JsxElement | ts.JsxSelfClosingElement): boolean {
  const attrs = ts.isJsxElement(node) ? node.openingElement.attributes : node.attributes;
  return attrs.properties.some((p) => ts.isJsxAttribute(p) && p.name.getText() === 'aria-hidden' && p.initializer !== undefined
    && ((ts.isStringLiteral(p.initializer) && p.initializer.text === 'true')
      || (ts.isJsxExpression(p.initializer) && p.initializer.expression?.kind === ts.SyntaxKind.TrueKeyword)));
}

/** String literals an expression may evaluate to directly (through ?:, ??, || and parentheses). */
function literalsOf(e: ts.Expression | undefined): ts.Node[] {
  if (!e) return [];
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return [e];
  if (ts.isTemplateExpression(e)) return [e.head, ...e.templateSpans.map((s) => s.literal)];
  if (ts.isParenthesizedExpression(e)) return literalsOf(e.expression);
  if (ts.isConditionalExpression(e)) return [...literalsOf(e.whenTrue), ...literalsOf(e.whenFalse)];
  if (ts.isBinaryExpression(e) && [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.AmpersandAmpersandToken].includes(e.operatorToken.kind)) {
    return [...literalsOf(e.left), ...literalsOf(e.right)];
  }
  return [];
}

function textOf(n: ts.Node): string {
  if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateHead(n) || ts.isTemplateMiddle(n) || ts.isTemplateTail(n)) return n.text;
  return n.getText();
}

/** Hard-coded, customer-visible text in one .tsx source. */
export function findHardCodedText(file: string, source: string): Finding[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Finding[] = [];
  const report = (n: ts.Node, text: string, attribute?: string) => {
    if (!WORDY.test(text)) return;
    const line = sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
    found.push({ file, line, text: attribute ? `${attribute}=${text.trim()}` : text.trim() });
  };
  const visit = (node: ts.Node): void => {
    if ((ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node)) && isAriaHidden(node)) return;
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxExpression(node) && node.parent && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      for (const lit of literalsOf(node.expression)) report(lit, textOf(lit));
    } else if (ts.isJsxAttribute(node) && LABEL_ATTRS.has(node.name.getText()) && node.initializer) {
      const init = node.initializer;
      const lits = ts.isStringLiteral(init) ? [init] : ts.isJsxExpression(init) ? literalsOf(init.expression) : [];
      for (const lit of lits) report(lit, textOf(lit), node.name.getText());
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

export interface KeyUse { file: string; line: number; key: string; prefix: boolean }

/**
 * Message keys named in code: the first argument of t(…)/translate(lang, …), and `key: '…'` of a
 * field error. A template literal counts by its fixed start (`error.${code}` → prefix "error.").
 */
export function findKeyUses(file: string, source: string): KeyUse[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const uses: KeyUse[] = [];
  const add = (n: ts.Expression | undefined) => {
    if (!n) return;
    const line = sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) uses.push({ file, line, key: n.text, prefix: false });
    else if (ts.isTemplateExpression(n) && n.head.text !== '') uses.push({ file, line, key: n.head.text, prefix: true });
    else if (ts.isConditionalExpression(n)) {
      add(n.whenTrue);
      add(n.whenFalse);
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      if (node.expression.text === 't') add(node.arguments[0]);
      if (node.expression.text === 'translate') add(node.arguments[1]);
    }
    if (ts.isPropertyAssignment(node) && node.name.getText() === 'key') add(node.initializer);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return uses;
}

/** Kana and kanji (and the full-width forms Japanese text uses). */
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff01-\uff60]/u;

/**
 * Japanese text in any string or template literal of a renderer source (.ts or .tsx, comments
 * aside): wherever it stands, in JSX, an array or a prop, it belongs in the catalogs.
 */
export function findJapaneseLiterals(file: string, source: string): Finding[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: Finding[] = [];
  const visit = (node: ts.Node): void => {
    const text = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node) || ts.isJsxText(node)
      ? node.text : null;
    if (text !== null && JAPANESE.test(text)) found.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, text: text.trim() });
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}
