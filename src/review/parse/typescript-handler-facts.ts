import type * as TS from 'typescript';
import { ts } from './typescript-compiler.js';
import type { HandlerFacts } from '../review-types.js';
import { PAGINATION_WORDS, SQL_START } from './scan-lines.js';

const UNKNOWN: HandlerFacts = { dataAccessLines: [], paginated: true };

function rootIdentifier(expr: TS.Expression): string | undefined {
  let e: TS.Expression = expr;
  while (ts.isPropertyAccessExpression(e) || ts.isCallExpression(e) || ts.isElementAccessExpression(e) || ts.isNonNullExpression(e)) {
    e = ts.isCallExpression(e) ? e.expression : e.expression;
  }
  if (ts.isIdentifier(e)) return e.text;
  if (e.kind === ts.SyntaxKind.ThisKeyword) return 'this';
  return undefined;
}

/**
 * What a route handler's body does: direct database calls or SQL (data access), branching and
 * loops (business logic), and whether it reads pagination parameters. A handler defined elsewhere
 * (an imported controller method) is unknown and reported as clean.
 */
export function handlerFacts(handler: TS.Node | undefined, sf: TS.SourceFile, dbNames: ReadonlySet<string>): HandlerFacts {
  if (!handler || !(ts.isArrowFunction(handler) || ts.isFunctionExpression(handler) || ts.isFunctionDeclaration(handler) || ts.isMethodDeclaration(handler))) {
    return UNKNOWN;
  }
  const lineOf = (node: TS.Node): number => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
  const dataAccessLines = new Set<number>();
  let branches = 0;
  let loops = 0;
  let firstLogic: number | undefined;
  const visit = (node: TS.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const root = rootIdentifier(node.expression);
      if (root && dbNames.has(root)) dataAccessLines.add(lineOf(node));
    } else if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && dbNames.has(node.tag.text)) {
      dataAccessLines.add(lineOf(node));
    } else if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) && SQL_START.test(node.getText(sf).slice(1))) {
      dataAccessLines.add(lineOf(node));
    } else if (ts.isIfStatement(node) || ts.isSwitchStatement(node) || ts.isConditionalExpression(node)) {
      branches += 1;
      firstLogic ??= lineOf(node);
    } else if (ts.isForStatement(node) || ts.isForOfStatement(node) || ts.isForInStatement(node) || ts.isWhileStatement(node) || ts.isDoStatement(node)) {
      loops += 1;
      firstLogic ??= lineOf(node);
    }
    ts.forEachChild(node, visit);
  };
  const body = (handler as TS.FunctionLikeDeclaration).body;
  if (body) visit(body);
  const params = (handler as TS.FunctionLikeDeclaration).parameters.map((p) => p.getText(sf)).join(' ');
  const text = `${params} ${body?.getText(sf) ?? ''}`;
  const isLogic = loops > 0 || branches >= 2;
  const reason = [branches ? `${branches} branch${branches > 1 ? 'es' : ''}` : '', loops ? `${loops} loop${loops > 1 ? 's' : ''}` : ''].filter(Boolean).join(' and ');
  return {
    dataAccessLines: [...dataAccessLines].sort((a, b) => a - b),
    ...(isLogic && firstLogic !== undefined ? { logic: { line: firstLogic, reason } } : {}),
    paginated: PAGINATION_WORDS.test(text),
  };
}
