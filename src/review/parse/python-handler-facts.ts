import type { SyntaxNode } from '@lezer/common';
import type { HandlerFacts } from '../review-types.js';
import { PAGINATION_WORDS, SQL_START } from './scan-lines.js';

export interface PythonContext {
  readonly src: (n: SyntaxNode) => string;
  readonly lineOf: (pos: number) => number;
  /** Names bound to database handles or data-access libraries in this file. */
  readonly dbNames: Set<string>;
}

/** What a FastAPI/Flask handler's body does: database calls or SQL, branching and loops, pagination parameters. */
export function pythonHandlerFacts(fn: SyntaxNode, ctx: PythonContext): HandlerFacts {
  const dataAccess = new Set<number>();
  let branches = 0;
  let loops = 0;
  let first: number | undefined;
  const walk = (node: SyntaxNode): void => {
    switch (node.name) {
      case 'CallExpression': {
        const callee = ctx.src(node.firstChild ?? node);
        const root = /^[A-Za-z_][\w]*/.exec(callee)?.[0];
        if (root && callee.includes('.') && ctx.dbNames.has(root)) dataAccess.add(ctx.lineOf(node.from));
        break;
      }
      case 'String':
        if (SQL_START.test(ctx.src(node).replace(/^[rbuf]*("""|'''|"|')/i, ''))) dataAccess.add(ctx.lineOf(node.from));
        break;
      case 'IfStatement':
      case 'MatchStatement':
        branches += 1;
        first ??= ctx.lineOf(node.from);
        break;
      case 'ForStatement':
      case 'WhileStatement':
        loops += 1;
        first ??= ctx.lineOf(node.from);
        break;
    }
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
  };
  const body = fn.getChild('Body');
  if (body) walk(body);
  const params = fn.getChild('ParamList');
  const paginated = PAGINATION_WORDS.test(`${params ? ctx.src(params) : ''} ${body ? ctx.src(body) : ''}`);
  const isLogic = loops > 0 || branches >= 2;
  const reason = [branches ? `${branches} branch${branches > 1 ? 'es' : ''}` : '', loops ? `${loops} loop${loops > 1 ? 's' : ''}` : ''].filter(Boolean).join(' and ');
  return {
    dataAccessLines: [...dataAccess].sort((a, b) => a - b),
    ...(isLogic && first !== undefined ? { logic: { line: first, reason } } : {}),
    paginated,
  };
}
