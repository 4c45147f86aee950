import type { RawImport } from '../review-types.js';
import { CodeFacts } from './fast-code-facts.js';
import {
  AS, AS_KEYWORD, AT, BACKQUOTE, BRACE_BAR_L, BRACE_BAR_R, BRACE_L, BRACE_R, COMMA, DOLLAR_BRACE_L, DOT, EQ, EXPORT, FROM_KEYWORD, IMPORT, NAME,
  PAREN_L, PAREN_R, QUESTION_DOT, STAR, STRING, TEMPLATE, TYPE_KEYWORD, TokenFile, Unsure, parse, unsure, type Token,
} from './fast-tokens.js';
import type { TypeScriptFacts } from './parse-typescript.js';
import { HTTP_METHODS, MOUNT_METHODS, NEST_CONTROLLER, NEST_METHODS, QUERY_BUILDERS } from './typescript-patterns.js';

/**
 * The fast reader of TypeScript and JavaScript files: sucrase's parser (a full-grammar parser that
 * keeps tokens, not a syntax tree) reads the file, and the facts are taken from its tokens: every
 * import form, and the routes, mounts, queries and route-handler facts (fast-code-facts.ts). Where
 * the tokens leave a doubt, and for any file sucrase rejects, the reader answers undefined and the
 * file goes to the TypeScript compiler's parser (`parseTypeScript`), which then reads it in full.
 * For the files it answers, the facts are the compiler's own (test/review/parse-typescript-fast.test.ts).
 */

/** A keyword used as a name (`export { default } from`, `import { default as x } from`). */
const WORD = /^[A-Za-z_$][\w$]*$/;

/** Methods whose call the compiler's reader may take as a route, a mount or a query, by their length. */
const CALL_METHODS: readonly (readonly string[] | undefined)[] = (() => {
  const byLength: string[][] = [];
  for (const word of [...HTTP_METHODS, ...MOUNT_METHODS, ...QUERY_BUILDERS]) (byLength[word.length] ??= []).push(word);
  return byLength;
})();
/** Decorators the full parser reads as NestJS routes. */
const ROUTE_DECORATORS = new Set([NEST_CONTROLLER, ...Object.keys(NEST_METHODS)]);

/** The file kinds the fast reader reads, with sucrase's JSX and TypeScript switches (the compiler's script kinds). */
function languageOf(path: string): { jsx: boolean; typescript: boolean } | undefined {
  if (/\.[cm]?ts$/.test(path)) return path.endsWith('.d.ts') || path.endsWith('.d.mts') || path.endsWith('.d.cts') ? undefined : { jsx: false, typescript: true };
  if (path.endsWith('.tsx')) return { jsx: true, typescript: true };
  if (/\.(?:[cm]?js|jsx)$/.test(path)) return { jsx: true, typescript: false };
  return undefined;
}

/** Whether text at `pos` may start like SQL (`SQL_START`): white space or the first letter of one of its words. */
function maybeSql(text: string, pos: number): boolean {
  const code = text.charCodeAt(pos);
  if (code <= 32 || code > 127) return true;
  const lower = code | 0x20;
  return lower === 115 || lower === 105 || lower === 117 || lower === 100 || lower === 119; // s i u d w
}

/**
 * The facts of a file the fast reader can read alone, else undefined: the caller then reads the
 * file with the TypeScript compiler's parser.
 */
export function readTypeScriptFast(path: string, text: string): TypeScriptFacts | undefined {
  const language = languageOf(path);
  if (!language) return undefined;
  let parsed: ReturnType<typeof parse>;
  // sucrase tries some constructs two ways and keeps an error object for the one that fails: without
  // stack traces those errors cost next to nothing.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    parsed = parse(text, language.jsx, language.typescript, false);
  } catch {
    return undefined;
  } finally {
    Error.stackTraceLimit = limit;
  }
  try {
    return readTokens(new TokenFile(text, parsed.tokens, parsed.scopes));
  } catch (error) {
    if (error instanceof Unsure) return undefined;
    throw error;
  }
}

function readTokens(f: TokenFile): TypeScriptFacts {
  const { text, tokens } = f;
  const raw = (t: Token): string => text.slice(t.start, t.end);
  const typeAt = (i: number): number => tokens[i]?.type ?? -1;
  const isName = (i: number, keyword: number): boolean => tokens[i]?.type === NAME && tokens[i]!.contextualKeyword === keyword;
  /** `as` comes as its own token or as a name, depending on where sucrase meets it. */
  const isAs = (i: number): boolean => tokens[i]?.type === AS || isName(i, AS_KEYWORD);
  /** A string literal's value, when it has no escapes (else the full parser reads it). */
  const stringValue = (t: Token): string => {
    const s = raw(t);
    if (s.includes('\\') || s.length < 2) unsure();
    return s.slice(1, -1);
  };
  const lineOf = (t: Token): number => f.lineAt(t.start);

  const statics: RawImport[] = [];
  const dynamics: RawImport[] = [];
  const code = new CodeFacts(f);
  let depth = 0;

  /** `{ a, type b, c as d }` from the `{` at i: each element's local name and whether it is type-only; returns the index after `}`. */
  const readElements = (i: number, out: { names: string[]; types: boolean[] }): number => {
    let j = i + 1;
    while (typeAt(j) !== BRACE_R) {
      const element: Token[] = [];
      while (typeAt(j) !== COMMA && typeAt(j) !== BRACE_R) {
        if (j >= tokens.length) unsure();
        element.push(tokens[j]!);
        j++;
      }
      if (typeAt(j) === COMMA) j++;
      if (element.length === 0 && typeAt(j) === BRACE_R) break; // a trailing comma
      const kinds = element.map((t) =>
        t.type === AS || (t.type === NAME && t.contextualKeyword === AS_KEYWORD) ? 'as' : t.type === NAME ? (t.contextualKeyword === TYPE_KEYWORD ? 'type' : 'name') : WORD.test(raw(t)) ? 'name' : 'other',
      );
      const shape = kinds.join(' ');
      // Shapes the compiler reads one way only; anything else (`type as`, string names, ...) goes to it.
      if (shape === 'name') out.names.push(raw(element[0]!)), out.types.push(false);
      else if (shape === 'type name') out.names.push(raw(element[1]!)), out.types.push(true);
      else if (shape === 'name as name') out.names.push(raw(element[2]!)), out.types.push(false);
      else if (shape === 'type name as name') out.names.push(raw(element[3]!)), out.types.push(true);
      else unsure();
    }
    return j + 1;
  };

  /** `from '<specifier>'` at i: the specifier. */
  const fromAt = (i: number): string => {
    if (!isName(i, FROM_KEYWORD) || typeAt(i + 1) !== STRING) unsure();
    return stringValue(tokens[i + 1]!);
  };

  const importDeclaration = (i: number): number => {
    const at = tokens[i]!;
    let j = i + 1;
    if (typeAt(j) === STRING) {
      statics.push({ specifier: stringValue(tokens[j]!), line: lineOf(at), kind: 'import', typeOnly: false, names: [] });
      return j + 1;
    }
    let clauseType = false;
    if (isName(j, TYPE_KEYWORD)) {
      const next = typeAt(j + 1);
      if (next === BRACE_L || next === STAR) clauseType = true;
      else if (next === NAME && !isName(j + 1, FROM_KEYWORD)) clauseType = true;
      else if (!(isName(j + 1, FROM_KEYWORD) && typeAt(j + 2) === STRING) && next !== COMMA) unsure();
      if (clauseType) j++;
    }
    const names: string[] = [];
    let defaultName = false;
    let allTypes = true;
    let named = 0;
    if (typeAt(j) === NAME && !isName(j, FROM_KEYWORD)) {
      names.push(raw(tokens[j]!));
      defaultName = true;
      j++;
      if (typeAt(j) === EQ) {
        // `import x = require('y')`; `import x = A.B` imports nothing.
        if (tokens[j + 1]?.type === NAME && raw(tokens[j + 1]!) === 'require' && typeAt(j + 2) === PAREN_L && typeAt(j + 3) === STRING && typeAt(j + 4) === PAREN_R) {
          statics.push({ specifier: stringValue(tokens[j + 3]!), line: lineOf(at), kind: 'import-equals', typeOnly: clauseType, names });
          return j + 5;
        }
        if (tokens[j + 1]?.type === NAME && raw(tokens[j + 1]!) === 'require') unsure();
        return j + 1;
      }
      if (typeAt(j) === COMMA) j++;
      else if (!isName(j, FROM_KEYWORD)) unsure();
    }
    if (typeAt(j) === STAR) {
      if (!isAs(j + 1) || typeAt(j + 2) !== NAME) unsure();
      names.push(raw(tokens[j + 2]!));
      allTypes = false;
      j += 3;
    } else if (typeAt(j) === BRACE_L) {
      const out = { names: [] as string[], types: [] as boolean[] };
      j = readElements(j, out);
      names.push(...out.names);
      named = out.names.length;
      allTypes = out.types.every(Boolean);
    } else if (!defaultName) {
      unsure();
    }
    const specifier = fromAt(j);
    const typeOnly = clauseType || (!defaultName && named > 0 && allTypes);
    statics.push({ specifier, line: lineOf(at), kind: 'import', typeOnly, names });
    return j + 2;
  };

  /** An `export ... from` re-export at i (else nothing): returns the index to go on from. */
  const exportDeclaration = (i: number): number => {
    const at = tokens[i]!;
    let j = i + 1;
    let typeOnly = false;
    if (isName(j, TYPE_KEYWORD) && (typeAt(j + 1) === BRACE_L || typeAt(j + 1) === STAR)) {
      typeOnly = true;
      j++;
    }
    if (typeAt(j) === IMPORT) unsure();
    if (typeAt(j) === STAR) {
      j++;
      if (isAs(j)) {
        if (typeAt(j + 1) !== NAME && typeAt(j + 1) !== STRING) unsure();
        j += 2;
      }
      statics.push({ specifier: fromAt(j), line: lineOf(at), kind: 'export', typeOnly, names: [] });
      return j + 2;
    }
    if (typeAt(j) === BRACE_L) {
      const out = { names: [] as string[], types: [] as boolean[] };
      const after = readElements(j, out);
      if (!isName(after, FROM_KEYWORD)) return after;
      const allTypes = out.types.length > 0 && out.types.every(Boolean);
      statics.push({ specifier: fromAt(after), line: lineOf(at), kind: 'export', typeOnly: typeOnly || allTypes, names: [] });
      return after + 2;
    }
    return j;
  };

  function dynamicImport(i: number): void {
    // `import('x')` and `` import(`x`) ``: a literal first argument, alone or followed by options.
    const first = tokens[i + 2];
    if (!first) return;
    if (first.type === STRING) {
      const after = typeAt(i + 3);
      if (after === COMMA || after === PAREN_R) dynamics.push({ specifier: stringValue(first), line: lineOf(tokens[i]!), kind: 'dynamic', typeOnly: false, names: [] });
    } else if (first.type === BACKQUOTE) {
      if (typeAt(i + 3) === TEMPLATE && typeAt(i + 4) === BACKQUOTE) {
        const after = typeAt(i + 5);
        if (after === COMMA || after === PAREN_R) {
          const value = raw(tokens[i + 3]!);
          if (value.includes('\\') || value.includes('\r')) unsure();
          dynamics.push({ specifier: value, line: lineOf(tokens[i]!), kind: 'dynamic', typeOnly: false, names: [] });
        }
      }
    }
  }

  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i]!;
    const type = t.type;
    if (type === BRACE_L || type === BRACE_BAR_L || type === DOLLAR_BRACE_L) depth++;
    else if (type === BRACE_R || type === BRACE_BAR_R) depth--;
    else if (type === IMPORT) {
      const next = typeAt(i + 1);
      if (next === DOT) {
        i += 2;
        continue;
      }
      if (next === PAREN_L) {
        if (!t.isType) dynamicImport(i);
        i += 2;
        continue;
      }
      if (depth > 0 || t.isType) unsure();
      i = importDeclaration(i);
      continue;
    } else if (type === EXPORT) {
      const next = typeAt(i + 1);
      const reexport = next === STAR || next === BRACE_L || next === IMPORT || (isName(i + 1, TYPE_KEYWORD) && (typeAt(i + 2) === BRACE_L || typeAt(i + 2) === STAR));
      if (reexport && depth > 0) unsure();
      if (reexport) {
        i = exportDeclaration(i);
        continue;
      }
    } else if (type === NAME) {
      const before = i > 0 ? tokens[i - 1]!.type : -1;
      if (before === DOT || before === QUESTION_DOT) {
        const words = CALL_METHODS[t.end - t.start];
        const word = words?.find((w) => text.startsWith(w, t.start));
        if (word) code.methodCall(i, word);
      } else {
        if (before === AT && ROUTE_DECORATORS.has(raw(t))) unsure();
        if (t.end - t.start === 7 && text.startsWith('require', t.start)) {
          const found = code.require(i);
          if (found) dynamics.push(found);
        }
      }
    } else if (type === STRING) {
      if (maybeSql(text, t.start + 1)) code.sqlString(i);
    } else if (type === BACKQUOTE) {
      if (typeAt(i + 1) === TEMPLATE && typeAt(i - 1) !== TEMPLATE && !t.isType && maybeSql(text, t.start + 1)) code.sqlTemplate(i);
    }
    i++;
  }

  const { routes, mounts, queries } = code.finish(statics);
  return { imports: statics.concat(dynamics), routes, routePrefix: '', mounts, queries };
}
