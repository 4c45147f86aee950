import type * as TS from 'typescript';
import { ts } from './typescript-compiler.js';
import type { HttpMethod } from '../../model/architecture.js';
import type { RawImport, RawMount, RawQuery, RawRoute } from '../review-types.js';
import { knownPackage } from '../scan/known-packages.js';
import { handlerFacts } from './typescript-handler-facts.js';
import { joinPath } from './route-path.js';
import { SQL_START, SQL_STATEMENT } from './scan-lines.js';
import { DB_HANDLE_NAMES, HTTP_METHODS, NEST_CONTROLLER, NEST_METHODS, QUERY_BUILDERS, TABLE_NAME } from './typescript-patterns.js';
import { ownValue } from '../../shared/own-value.js';

export interface TypeScriptFacts {
  readonly imports: RawImport[];
  readonly routes: RawRoute[];
  readonly routePrefix: string;
  readonly mounts: RawMount[];
  readonly queries: RawQuery[];
  readonly syntaxError?: { line: number; message: string };
}

function scriptKind(path: string): TS.ScriptKind {
  if (path.endsWith('.tsx')) return ts.ScriptKind.TSX;
  if (path.endsWith('.jsx')) return ts.ScriptKind.JSX;
  if (/\.[cm]?js$/.test(path)) return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}

const stringOf = (node: TS.Node | undefined): string | undefined =>
  node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;

function importNames(clause: TS.ImportClause | undefined): { names: string[]; typeOnly: boolean } {
  if (!clause) return { names: [], typeOnly: false };
  const names: string[] = [];
  if (clause.name) names.push(clause.name.text);
  const bindings = clause.namedBindings;
  let allTypes = !clause.name;
  if (bindings && ts.isNamespaceImport(bindings)) {
    names.push(bindings.name.text);
    allTypes = false;
  } else if (bindings) {
    for (const el of bindings.elements) names.push(el.name.text);
    allTypes = allTypes && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
  }
  return { names, typeOnly: clause.isTypeOnly || allTypes };
}

/**
 * Reads one TypeScript/JavaScript file with the compiler's own parser: every import form (ESM,
 * CommonJS `require`, dynamic `import()`, re-exports, `import x = require()`, type-only imports),
 * HTTP routes of Express, Fastify, Hono and NestJS with what their handlers do, and SQL queries.
 */
export function parseTypeScript(path: string, text: string): TypeScriptFacts {
  // No parent pointers (setting them costs a sixth of the parse): the walk keeps its own ancestors.
  // No JSDoc either: the walk never visits it, and syntax errors inside JSDoc are not parse errors.
  const options = { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone };
  const sf = ts.createSourceFile(path, text, options, false, scriptKind(path));
  const lineOf = (node: TS.Node): number => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
  const imports: RawImport[] = [];
  const routes: RawRoute[] = [];
  const mounts: RawMount[] = [];
  const queries: RawQuery[] = [];
  const dbNames = new Set(DB_HANDLE_NAMES);
  const localFunctions = new Map<string, TS.Node>();
  let routePrefix = '';

  for (const st of sf.statements) {
    if (ts.isImportDeclaration(st)) {
      const spec = stringOf(st.moduleSpecifier);
      if (spec === undefined) continue;
      const { names, typeOnly } = importNames(st.importClause);
      imports.push({ specifier: spec, line: lineOf(st), kind: 'import', typeOnly, names });
      if (knownPackage(spec)?.dataAccess) for (const n of names) dbNames.add(n);
    } else if (ts.isExportDeclaration(st) && st.moduleSpecifier) {
      const spec = stringOf(st.moduleSpecifier);
      if (spec === undefined) continue;
      const elements = st.exportClause && ts.isNamedExports(st.exportClause) ? st.exportClause.elements : undefined;
      const typeOnly = st.isTypeOnly || (elements !== undefined && elements.length > 0 && elements.every((e) => e.isTypeOnly));
      imports.push({ specifier: spec, line: lineOf(st), kind: 'export', typeOnly, names: [] });
    } else if (ts.isImportEqualsDeclaration(st) && ts.isExternalModuleReference(st.moduleReference)) {
      const spec = stringOf(st.moduleReference.expression);
      if (spec !== undefined) imports.push({ specifier: spec, line: lineOf(st), kind: 'import-equals', typeOnly: st.isTypeOnly, names: [st.name.text] });
    } else if (ts.isFunctionDeclaration(st) && st.name) {
      localFunctions.set(st.name.text, st);
    } else if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) {
        if (ts.isIdentifier(d.name) && d.initializer && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))) {
          localFunctions.set(d.name.text, d.initializer);
        }
      }
    }
  }

  const routeFrom = (method: HttpMethod, routePath: string, handler: TS.Node | undefined, at: TS.Node, framework: string): void => {
    let body: TS.Node | undefined = handler;
    let name = 'inline handler';
    if (handler && ts.isIdentifier(handler)) {
      name = handler.text;
      body = localFunctions.get(handler.text);
    } else if (handler && ts.isPropertyAccessExpression(handler)) {
      name = handler.getText(sf);
      body = undefined;
    } else if (handler && (ts.isFunctionExpression(handler) || ts.isFunctionDeclaration(handler) || ts.isMethodDeclaration(handler)) && handler.name) {
      name = handler.name.getText(sf);
    }
    routes.push({ framework, method, path: routePath, line: lineOf(at), handler: name, facts: handlerFacts(body, sf, dbNames) });
  };

  const ancestors: TS.Node[] = [];
  const visit = (node: TS.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const first = node.arguments[0];
      if (callee.kind === ts.SyntaxKind.ImportKeyword && stringOf(first) !== undefined) {
        imports.push({ specifier: stringOf(first)!, line: lineOf(node), kind: 'dynamic', typeOnly: false, names: [] });
      } else if (ts.isIdentifier(callee) && callee.text === 'require' && node.arguments.length === 1 && stringOf(first) !== undefined) {
        const parent = ancestors[ancestors.length - 1];
        const names: string[] = [];
        if (parent && ts.isVariableDeclaration(parent)) {
          if (ts.isIdentifier(parent.name)) names.push(parent.name.text);
          else if (ts.isObjectBindingPattern(parent.name)) for (const e of parent.name.elements) if (ts.isIdentifier(e.name)) names.push(e.name.text);
        }
        imports.push({ specifier: stringOf(first)!, line: lineOf(node), kind: 'require', typeOnly: false, names });
        if (knownPackage(stringOf(first)!)?.dataAccess) for (const n of names) dbNames.add(n);
      } else if (ts.isPropertyAccessExpression(callee)) {
        const method = callee.name.text;
        const routePath = stringOf(first);
        if (HTTP_METHODS.has(method) && routePath !== undefined && routePath.startsWith('/') && node.arguments.length >= 2) {
          routeFrom(method as HttpMethod, routePath, node.arguments[node.arguments.length - 1], node, 'Express/Fastify/Hono');
        } else if ((method === 'use' || method === 'route') && routePath !== undefined && node.arguments.length >= 2) {
          const target = node.arguments[node.arguments.length - 1]!;
          if (ts.isIdentifier(target)) mounts.push({ prefix: routePath, name: target.text, line: lineOf(node) });
        } else if (method === 'register' && first && ts.isIdentifier(first) && node.arguments[1] && ts.isObjectLiteralExpression(node.arguments[1])) {
          const prefix = node.arguments[1].properties.find((p) => p.name?.getText(sf) === 'prefix');
          const value = prefix && ts.isPropertyAssignment(prefix) ? stringOf(prefix.initializer) : undefined;
          if (value !== undefined) mounts.push({ prefix: value, name: first.text, line: lineOf(node) });
        } else if (method === 'route' && first && ts.isObjectLiteralExpression(first)) {
          const prop = (key: string): TS.Expression | undefined => {
            const p = first.properties.find((q) => q.name?.getText(sf) === key);
            return p && ts.isPropertyAssignment(p) ? p.initializer : undefined;
          };
          const m = stringOf(prop('method'))?.toLowerCase();
          const url = stringOf(prop('url'));
          if (m && HTTP_METHODS.has(m) && url !== undefined) routeFrom(m as HttpMethod, url, prop('handler'), node, 'Fastify');
        } else if (QUERY_BUILDERS.has(method) && stringOf(first) !== undefined && TABLE_NAME.test(stringOf(first)!)) {
          const statement = enclosingStatement(node, ancestors);
          queries.push({ line: lineOf(node), table: stringOf(first)!, tenantFiltered: /tenant/i.test(statement.getText(sf)) });
        }
      }
    } else if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) && SQL_START.test(node.getText(sf).slice(1))) {
      const sql = node.getText(sf);
      const m = SQL_STATEMENT.exec(sql);
      if (m) queries.push({ line: lineOf(node), table: m[1]!, tenantFiltered: /tenant/i.test(sql) });
    } else if (ts.isClassDeclaration(node)) {
      for (const dec of ts.getDecorators(node) ?? []) {
        const d = decoratorCall(dec);
        if (d?.name === NEST_CONTROLLER) routePrefix = joinPath('', d.arg ?? '');
      }
      for (const member of node.members) {
        if (!ts.isMethodDeclaration(member)) continue;
        for (const dec of ts.getDecorators(member) ?? []) {
          const d = decoratorCall(dec);
          const method = d ? ownValue(NEST_METHODS, d.name) : undefined;
          if (d && method) routeFrom(method, joinPath('', d.arg ?? ''), member, member, 'NestJS');
        }
      }
    }
    ancestors.push(node);
    ts.forEachChild(node, visit);
    ancestors.pop();
  };
  visit(sf);

  const diagnostics = (sf as unknown as { parseDiagnostics?: readonly TS.DiagnosticWithLocation[] }).parseDiagnostics;
  const first = diagnostics?.[0];
  const syntaxError = first
    ? { line: sf.getLineAndCharacterOfPosition(first.start).line + 1, message: ts.flattenDiagnosticMessageText(first.messageText, ' ') }
    : undefined;
  return { imports, routes, routePrefix, mounts, queries, ...(syntaxError ? { syntaxError } : {}) };
}

function decoratorCall(dec: TS.Decorator): { name: string; arg?: string } | undefined {
  const e = dec.expression;
  if (!ts.isCallExpression(e) || !ts.isIdentifier(e.expression)) return undefined;
  const arg = stringOf(e.arguments[0]);
  return arg === undefined ? { name: e.expression.text } : { name: e.expression.text, arg };
}

/** The statement holding a node: its outermost ancestor below the source file or a block. */
function enclosingStatement(node: TS.Node, ancestors: readonly TS.Node[]): TS.Node {
  let n = node;
  for (let i = ancestors.length - 1; i >= 0 && !ts.isSourceFile(ancestors[i]!) && !ts.isBlock(ancestors[i]!); i--) n = ancestors[i]!;
  return n;
}
