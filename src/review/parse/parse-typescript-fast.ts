import type { RawImport } from '../review-types.js';
import { CodeFacts } from './fast-code-facts.js';
import {
  AS, AS_KEYWORD, AT, BACKQUOTE, BRACE_BAR_L, BRACE_BAR_R, BRACE_L, BRACE_R, COLON, COMMA, DOLLAR_BRACE_L, DOT, EQ, EXPORT, FROM_KEYWORD, IMPORT, NAME,
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
    return new ImportReader(new TokenFile(text, parsed.tokens, parsed.scopes)).read();
  } catch (error) {
    if (error instanceof Unsure) return undefined;
    throw error;
  }
}

/** What the main loop does with a token of each type: most types need nothing. */
const enum Kind {
  None,
  Open,
  Close,
  Import,
  Export,
  Name,
  String,
  Backquote,
}
const KIND = (() => {
  const kinds = new Uint8Array(1 << 17);
  const set = (types: readonly number[], kind: Kind): void => {
    for (const type of types) {
      if (type >= kinds.length) throw new Error(`sucrase token type ${type} is out of range`);
      kinds[type] = kind;
    }
  };
  set([BRACE_L, BRACE_BAR_L, DOLLAR_BRACE_L], Kind.Open);
  set([BRACE_R, BRACE_BAR_R], Kind.Close);
  set([IMPORT], Kind.Import);
  set([EXPORT], Kind.Export);
  set([NAME], Kind.Name);
  set([STRING], Kind.String);
  set([BACKQUOTE], Kind.Backquote);
  return kinds;
})();

/** `{ a, type b, c as d }`: each element's local name and whether it is type-only. */
interface Elements {
  readonly names: string[];
  readonly types: boolean[];
}

/** Reads a file's imports from its tokens, and hands calls, requires and strings to CodeFacts. */
class ImportReader {
  private readonly text: string;
  private readonly tokens: readonly Token[];
  private readonly statics: RawImport[] = [];
  private readonly dynamics: RawImport[] = [];
  private readonly code: CodeFacts;

  constructor(private readonly f: TokenFile) {
    this.text = f.text;
    this.tokens = f.tokens;
    this.code = new CodeFacts(f);
  }

  private depth = 0;

  read(): TypeScriptFacts {
    // The loop stays small (most tokens need nothing), so it is optimised early.
    const { tokens } = this;
    const n = tokens.length;
    for (let i = 0; i < n; i++) {
      const kind = KIND[tokens[i]!.type]!;
      if (kind !== Kind.None) i = this.visit(kind, i);
    }
    const { routes, mounts, queries } = this.code.finish(this.statics);
    return { imports: this.statics.concat(this.dynamics), routes, routePrefix: '', mounts, queries };
  }

  /** Handles the token at i; returns the index of the last token it took. */
  private visit(kind: Kind, i: number): number {
    const { tokens, text, code } = this;
    const t = tokens[i]!;
    switch (kind) {
      case Kind.Open:
        this.depth++;
        return i;
      case Kind.Close:
        this.depth--;
        return i;
      case Kind.Name:
        return this.name(t, i);
      case Kind.String:
        if (maybeSql(text, t.start + 1)) code.sqlString(i);
        return i;
      case Kind.Backquote:
        if (this.typeAt(i + 1) === TEMPLATE && this.typeAt(i - 1) !== TEMPLATE && !t.isType && maybeSql(text, t.start + 1)) code.sqlTemplate(i);
        return i;
      case Kind.Import: {
        const next = this.typeAt(i + 1);
        if (next === DOT) return i + 1;
        if (next === PAREN_L) {
          if (!t.isType) this.dynamicImport(i);
          return i + 1;
        }
        // A declaration after a label (`x: import …`) is no module declaration to the compiler.
        if (this.depth > 0 || t.isType || this.typeAt(i - 1) === COLON) unsure();
        return this.importDeclaration(i) - 1;
      }
      case Kind.Export: {
        const next = this.typeAt(i + 1);
        const reexport = next === STAR || next === BRACE_L || next === IMPORT || (this.isName(i + 1, TYPE_KEYWORD) && (this.typeAt(i + 2) === BRACE_L || this.typeAt(i + 2) === STAR));
        if (!reexport) return i;
        if (this.depth > 0 || this.typeAt(i - 1) === COLON) unsure();
        return this.exportDeclaration(i) - 1;
      }
      default:
        return i;
    }
  }

  /** A name: a route-like method after a dot, a decorator, or `require`. */
  private name(t: Token, i: number): number {
    const before = i > 0 ? this.tokens[i - 1]!.type : -1;
    const length = t.end - t.start;
    if (before === DOT || before === QUESTION_DOT) {
      const words = CALL_METHODS[length];
      if (words) {
        const word = words.find((w) => this.text.startsWith(w, t.start));
        if (word) this.code.methodCall(i, word);
      }
    } else if (before === AT) {
      const word = this.raw(t);
      if (ROUTE_DECORATORS.has(word) || word === 'require') unsure();
    } else if (length === 7 && this.text.startsWith('require', t.start)) {
      const found = this.code.require(i);
      if (found) this.dynamics.push(found);
    }
    return i;
  }

  private raw(t: Token): string {
    return this.text.slice(t.start, t.end);
  }

  private typeAt(i: number): number {
    return this.tokens[i]?.type ?? -1;
  }

  private isName(i: number, keyword: number): boolean {
    const t = this.tokens[i];
    return t !== undefined && t.type === NAME && t.contextualKeyword === keyword;
  }

  /** `as` comes as its own token or as a name, depending on where sucrase meets it. */
  private isAs(i: number): boolean {
    return this.typeAt(i) === AS || this.isName(i, AS_KEYWORD);
  }

  /** The value of the string literal token at i, when it has no escapes (else the full parser reads it). */
  private stringAt(i: number): string {
    return this.f.literal(i, i + 1)!;
  }

  private lineOf(t: Token): number {
    return this.f.lineAt(t.start);
  }

  /** `{ a, type b, c as d }` from the `{` at i into `out`; returns the index after `}`. */
  private readElements(i: number, out: Elements): number {
    const { tokens } = this;
    let j = i + 1;
    while (this.typeAt(j) !== BRACE_R) {
      const element: Token[] = [];
      while (this.typeAt(j) !== COMMA && this.typeAt(j) !== BRACE_R) {
        if (j >= tokens.length) unsure();
        element.push(tokens[j]!);
        j++;
      }
      if (this.typeAt(j) === COMMA) j++;
      if (element.length === 0 && this.typeAt(j) === BRACE_R) break; // a trailing comma
      let shape = '';
      for (const t of element) {
        const kind = t.type === AS || (t.type === NAME && t.contextualKeyword === AS_KEYWORD) ? 'as' : t.type === NAME ? (t.contextualKeyword === TYPE_KEYWORD ? 'type' : 'name') : WORD.test(this.raw(t)) ? 'name' : 'other';
        shape = shape ? `${shape} ${kind}` : kind;
      }
      // Shapes the compiler reads one way only; anything else (`type as`, string names, ...) goes to it.
      if (shape === 'name') out.names.push(this.raw(element[0]!)), out.types.push(false);
      else if (shape === 'type name') out.names.push(this.raw(element[1]!)), out.types.push(true);
      else if (shape === 'name as name') out.names.push(this.raw(element[2]!)), out.types.push(false);
      else if (shape === 'type name as name') out.names.push(this.raw(element[3]!)), out.types.push(true);
      else unsure();
    }
    return j + 1;
  }

  /** `from '<specifier>'` at i: the specifier. */
  private fromAt(i: number): string {
    if (!this.isName(i, FROM_KEYWORD) || this.typeAt(i + 1) !== STRING) unsure();
    return this.stringAt(i + 1);
  }

  private importDeclaration(i: number): number {
    const { tokens, statics } = this;
    const at = tokens[i]!;
    let j = i + 1;
    if (this.typeAt(j) === STRING) {
      statics.push({ specifier: this.stringAt(j), line: this.lineOf(at), kind: 'import', typeOnly: false, names: [] });
      return j + 1;
    }
    let clauseType = false;
    if (this.isName(j, TYPE_KEYWORD)) {
      const next = this.typeAt(j + 1);
      if (next === BRACE_L || next === STAR) clauseType = true;
      else if (next === NAME && !this.isName(j + 1, FROM_KEYWORD)) clauseType = true;
      else if (!(this.isName(j + 1, FROM_KEYWORD) && this.typeAt(j + 2) === STRING) && next !== COMMA) unsure();
      if (clauseType) j++;
    }
    const names: string[] = [];
    let defaultName = false;
    let allTypes = true;
    let named = 0;
    if (this.typeAt(j) === NAME && !this.isName(j, FROM_KEYWORD)) {
      names.push(this.raw(tokens[j]!));
      defaultName = true;
      j++;
      if (this.typeAt(j) === EQ) {
        // `import x = require('y')`; `import x = A.B` imports nothing.
        const callee = tokens[j + 1];
        const isRequire = callee !== undefined && callee.type === NAME && this.raw(callee) === 'require';
        if (isRequire && this.typeAt(j + 2) === PAREN_L && this.typeAt(j + 3) === STRING && this.typeAt(j + 4) === PAREN_R) {
          statics.push({ specifier: this.stringAt(j + 3), line: this.lineOf(at), kind: 'import-equals', typeOnly: clauseType, names });
          return j + 5;
        }
        if (isRequire) unsure();
        return j + 1;
      }
      if (this.typeAt(j) === COMMA) j++;
      else if (!this.isName(j, FROM_KEYWORD)) unsure();
    }
    if (this.typeAt(j) === STAR) {
      if (!this.isAs(j + 1) || this.typeAt(j + 2) !== NAME) unsure();
      names.push(this.raw(tokens[j + 2]!));
      allTypes = false;
      j += 3;
    } else if (this.typeAt(j) === BRACE_L) {
      const out: Elements = { names: [], types: [] };
      j = this.readElements(j, out);
      names.push(...out.names);
      named = out.names.length;
      allTypes = out.types.every(Boolean);
    } else if (!defaultName) {
      unsure();
    }
    const specifier = this.fromAt(j);
    const typeOnly = clauseType || (!defaultName && named > 0 && allTypes);
    statics.push({ specifier, line: this.lineOf(at), kind: 'import', typeOnly, names });
    return j + 2;
  }

  /** An `export ... from` re-export at i (else nothing): returns the index to go on from. */
  private exportDeclaration(i: number): number {
    const at = this.tokens[i]!;
    let j = i + 1;
    let typeOnly = false;
    if (this.isName(j, TYPE_KEYWORD) && (this.typeAt(j + 1) === BRACE_L || this.typeAt(j + 1) === STAR)) {
      typeOnly = true;
      j++;
    }
    if (this.typeAt(j) === IMPORT) unsure();
    if (this.typeAt(j) === STAR) {
      j++;
      if (this.isAs(j)) {
        if (this.typeAt(j + 1) !== NAME && this.typeAt(j + 1) !== STRING) unsure();
        j += 2;
      }
      this.statics.push({ specifier: this.fromAt(j), line: this.lineOf(at), kind: 'export', typeOnly, names: [] });
      return j + 2;
    }
    if (this.typeAt(j) === BRACE_L) {
      const out: Elements = { names: [], types: [] };
      const after = this.readElements(j, out);
      if (!this.isName(after, FROM_KEYWORD)) return after;
      const allTypes = out.types.length > 0 && out.types.every(Boolean);
      this.statics.push({ specifier: this.fromAt(after), line: this.lineOf(at), kind: 'export', typeOnly: typeOnly || allTypes, names: [] });
      return after + 2;
    }
    return j;
  }

  /** `import('x')` and `` import(`x`) ``: a literal first argument, alone or followed by options. */
  private dynamicImport(i: number): void {
    const first = i + 2;
    const type = this.typeAt(first);
    const end = type === STRING ? first + 1 : type === BACKQUOTE && this.typeAt(first + 2) === BACKQUOTE ? first + 3 : -1;
    const after = this.typeAt(end);
    if (end < 0 || (after !== COMMA && after !== PAREN_R)) return;
    const specifier = this.f.literal(first, end);
    if (specifier !== undefined) this.dynamics.push({ specifier, line: this.lineOf(this.tokens[i]!), kind: 'dynamic', typeOnly: false, names: [] });
  }
}
