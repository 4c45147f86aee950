import { parser } from '@lezer/python';
import type { SyntaxNode } from '@lezer/common';
import type { HttpMethod } from '../../model/architecture.js';
import type { RawImport, RawMount, RawQuery, RawRoute } from '../review-types.js';
import { knownPackage } from '../scan/known-packages.js';
import { pythonHandlerFacts, type PythonContext } from './python-handler-facts.js';
import { SQL_START, SQL_STATEMENT } from './scan-lines.js';
import { lineFromStarts } from './line-search.js';

const ROUTE_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

export interface PythonFacts {
  readonly imports: RawImport[];
  readonly routes: RawRoute[];
  readonly routePrefix: string;
  readonly mounts: RawMount[];
  readonly queries: RawQuery[];
  readonly tenantTables: string[];
  readonly blockingCalls: { line: number; call: string; fn: string }[];
  readonly syntaxError?: { line: number; message: string };
}

export function lineIndex(text: string): (pos: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (pos) => lineFromStarts(starts, pos);
}

const unquote = (s: string): string => s.replace(/^[rbuf]*("""|'''|"|')/i, '').replace(/("""|'''|"|')$/, '');

function importsOf(node: SyntaxNode, text: string, line: number): RawImport[] {
  const parts: { name: string; text: string }[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) parts.push({ name: c.name, text: text.slice(c.from, c.to) });
  if (parts[0]?.name === 'from') {
    let i = 1;
    let dots = '';
    while (parts[i]?.name === '.' || parts[i]?.text === '...') dots += parts[i++]!.text;
    let module = '';
    while (i < parts.length && parts[i]!.name !== 'import') module += parts[i++]!.text;
    const names: string[] = [];
    for (i += 1; i < parts.length; i++) {
      if (parts[i]!.name === 'VariableName' && parts[i - 1]?.name !== 'as') {
        const alias = parts[i + 1]?.name === 'as' ? parts[i + 2]?.text : undefined;
        names.push(alias ? `${parts[i]!.text}=${alias}` : parts[i]!.text);
      } else if (parts[i]!.text === '*') names.push('*');
    }
    return [{ specifier: `${dots}${module}`, line, kind: 'import', typeOnly: false, names }];
  }
  const out: RawImport[] = [];
  let current = '';
  for (let i = 1; i <= parts.length; i++) {
    const p = parts[i];
    if (!p || p.name === ',') {
      if (current) out.push({ specifier: current, line, kind: 'import', typeOnly: false, names: [current.split('.')[0]!] });
      current = '';
    } else if (p.name === 'as') {
      i += 1;
    } else {
      current += p.text;
    }
  }
  return out;
}

/**
 * Reads one Python file with the Lezer Python parser: absolute and relative imports, FastAPI and
 * Flask routes (decorators, router prefixes, `include_router` mounts) with what their handlers do,
 * blocking calls inside `async def`, SQL and ORM queries, and tenant-owned model classes.
 */
export function parsePython(text: string): PythonFacts {
  const tree = parser.parse(text);
  const lineOf = lineIndex(text);
  const src = (n: SyntaxNode): string => text.slice(n.from, n.to);
  const facts: PythonFacts = { imports: [], routes: [], routePrefix: '', mounts: [], queries: [], tenantTables: [], blockingCalls: [] };
  let prefix = '';
  let syntaxError: { line: number; message: string } | undefined;
  const ctx: PythonContext = { src, lineOf, dbNames: new Set(['db', 'session', 'conn', 'connection', 'cursor', 'cur', 'engine']) };
  const frameworkOf = (): string => (facts.imports.some((i) => i.specifier.startsWith('flask')) ? 'Flask' : 'FastAPI');

  const visit = (node: SyntaxNode): void => {
    switch (node.name) {
      case 'ImportStatement': {
        const found = importsOf(node, text, lineOf(node.from));
        facts.imports.push(...found);
        for (const imp of found) if (knownPackage(imp.specifier.split('.')[0]!)?.dataAccess) for (const n of imp.names) ctx.dbNames.add(n.split('=').pop()!);
        return;
      }
      case 'DecoratedStatement': {
        const fn = node.getChild('FunctionDefinition');
        for (const dec of node.getChildren('Decorator')) {
          const names = dec.getChildren('VariableName').map(src);
          const method = names[names.length - 1] ?? '';
          const args = dec.getChild('ArgList');
          const pathNode = args?.getChild('String');
          if (!fn || !pathNode || names.length < 2) continue;
          const routePath = unquote(src(pathNode));
          const verbs = method === 'route' || method === 'api_route' ? methodsKeyword(args ? src(args) : '') : ROUTE_METHODS.has(method) ? [method] : [];
          for (const verb of verbs) {
            facts.routes.push({
              framework: frameworkOf(), method: verb as HttpMethod, path: routePath, line: lineOf(dec.from),
              handler: src(fn.getChild('VariableName') ?? fn), facts: pythonHandlerFacts(fn, ctx),
            });
          }
        }
        break;
      }
      case 'CallExpression': {
        const callee = src(node.firstChild ?? node);
        const args = node.getChild('ArgList');
        const argText = args ? src(args) : '';
        if (/(^|\.)(APIRouter|Blueprint)$/.test(callee)) {
          const m = /(?:url_)?prefix\s*=\s*["']([^"']*)["']/.exec(argText);
          if (m && !prefix) prefix = m[1]!;
        } else if (/\.(include_router|register_blueprint)$/.test(callee)) {
          const m = /(?:url_)?prefix\s*=\s*["']([^"']*)["']/.exec(argText);
          const target = /^\(\s*([A-Za-z_][\w]*)/.exec(argText);
          if (target) facts.mounts.push({ prefix: m?.[1] ?? '', name: target[1]!, line: lineOf(node.from) });
        } else if (/(^|\.)query$/.test(callee) && ctx.dbNames.has(callee.split('.')[0]!)) {
          const model = /^\(\s*([A-Za-z_][\w]*)/.exec(argText);
          if (model) facts.queries.push({ line: lineOf(node.from), table: model[1]!, tenantFiltered: /tenant/i.test(statementText(node, src)) });
        }
        break;
      }
      case 'String': {
        const s = src(node);
        if (SQL_START.test(unquote(s))) {
          const m = SQL_STATEMENT.exec(s);
          if (m) facts.queries.push({ line: lineOf(node.from), table: m[1]!, tenantFiltered: /tenant/i.test(s) });
        }
        return;
      }
      case 'ClassDefinition': {
        const body = node.getChild('Body');
        const bodyText = body ? src(body) : '';
        const table = /__tablename__\s*=\s*["']([^"']+)["']/.exec(bodyText);
        if (table && /\btenant_id\b/.test(bodyText)) facts.tenantTables.push(table[1]!, src(node.getChild('VariableName') ?? node));
        break;
      }
      case 'FunctionDefinition': {
        if (node.firstChild?.name === 'async') facts.blockingCalls.push(...blockingCallsIn(node, ctx));
        break;
      }
      case '⚠':
        syntaxError ??= { line: lineOf(node.from), message: `unexpected input '${src(node).slice(0, 20) || 'end of file'}'` };
        break;
    }
    for (let c = node.firstChild; c; c = c.nextSibling) visit(c);
  };
  visit(tree.topNode);
  return { ...facts, routePrefix: prefix, ...(syntaxError ? { syntaxError } : {}) };
}

function methodsKeyword(args: string): string[] {
  const m = /methods\s*=\s*\[([^\]]*)\]/.exec(args);
  if (!m) return ['get'];
  return [...m[1]!.matchAll(/["'](\w+)["']/g)].map((x) => x[1]!.toLowerCase()).filter((v) => ROUTE_METHODS.has(v));
}

function statementText(node: SyntaxNode, src: (n: SyntaxNode) => string): string {
  let n = node;
  while (n.parent && !/Statement$/.test(n.name) && n.parent.name !== 'Body' && n.parent.name !== 'Script') n = n.parent;
  return src(n);
}

const BLOCKING = /^(time\.sleep|requests\.(get|post|put|patch|delete|head|request)|urllib\.request\.urlopen|subprocess\.(run|call|check_call|check_output))$/;
const SYNC_DB_METHODS = new Set(['query', 'execute', 'commit', 'fetchall', 'fetchone', 'scalars', 'refresh', 'flush']);

/** Calls that block the event loop inside an `async def`: sleeps, sync HTTP, subprocesses, un-awaited DB calls. */
function blockingCallsIn(fn: SyntaxNode, ctx: PythonContext): { line: number; call: string; fn: string }[] {
  const out: { line: number; call: string; fn: string }[] = [];
  const name = ctx.src(fn.getChild('VariableName') ?? fn);
  const walk = (node: SyntaxNode): void => {
    if (node.name === 'FunctionDefinition' && node !== fn) return;
    if (node.name === 'CallExpression') {
      const callee = ctx.src(node.firstChild ?? node).replace(/\s+/g, '');
      const parts = callee.split('.');
      const awaited = node.parent?.name === 'AwaitExpression';
      if (BLOCKING.test(callee) || (!awaited && parts.length === 2 && ctx.dbNames.has(parts[0]!) && SYNC_DB_METHODS.has(parts[1]!))) {
        out.push({ line: ctx.lineOf(node.from), call: callee, fn: name });
      }
    }
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
  };
  const body = fn.getChild('Body');
  if (body) walk(body);
  return out;
}
