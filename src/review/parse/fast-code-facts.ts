import type { HttpMethod } from '../../model/architecture.js';
import type { HandlerFacts, RawImport, RawMount, RawQuery, RawRoute } from '../review-types.js';
import { knownPackage } from '../scan/known-packages.js';
import {
  ARROW, ASYNC_KEYWORD, AT, AWAIT_KEYWORD, BACKQUOTE, BLOCK_SCOPED_DECLARATION, BRACE_L, BRACE_R, BRACKET_L, BRACKET_R, COLON, COMMA, CONST, DO, DOT, ELLIPSIS, EQ,
  FOR, FUNCTION, IF, LESS_THAN, LET, MINUS, NAME, NEW, NO_KEYWORD, NON_NULL, NUM, OPERAND_END, OPERATORS, PAREN_L, PAREN_R, PLUS, POST_INC_DEC, PREFIX, QUESTION,
  QUESTION_DOT, SEMI, STAR, STRING, ELSE, CLASS, DEFAULT, EXPORT, HASH, SWITCH, TEMPLATE, TOP_LEVEL_DECLARATION, VAR, WHILE, isOpening, unsure, type TokenFile,
} from './fast-tokens.js';
import { PAGINATION_WORDS, SQL_START, SQL_STATEMENT } from './scan-lines.js';
import { DB_HANDLE_NAMES, HTTP_METHODS, QUERY_BUILDERS, TABLE_NAME } from './typescript-patterns.js';

// The fast reader's routes, mounts, queries and route-handler facts, read from sucrase's tokens
// exactly as parse-typescript.ts and typescript-handler-facts.ts read them from the compiler's
// tree. Where the tokens leave a doubt about the tree, the reader is unsure and the file goes to
// the compiler's parser.

type Range = readonly [start: number, end: number];

/** A function as a route handler: its name (undefined when anonymous), parameters and body. */
interface FunctionLike {
  readonly name?: string;
  readonly params: readonly Range[];
  /** The body's tokens: a block with its braces, or an arrow's expression. */
  readonly body?: Range;
}

/** A found fact, placed where the compiler's walk (parents first, then in source order) meets it. */
interface Found {
  readonly start: number;
  readonly end: number;
  readonly take: (dbNames: Set<string>) => void;
}

const UNKNOWN: HandlerFacts = { dataAccessLines: [], paginated: true };

export class CodeFacts {
  private readonly found: Found[] = [];
  private readonly routes: RawRoute[] = [];
  private readonly mounts: RawMount[] = [];
  private readonly queries: RawQuery[] = [];
  private locals: Map<string, FunctionLike | 'declared'> | undefined;

  constructor(private readonly f: TokenFile) {}

  private add(from: number, to: number, take: Found['take']): void {
    this.found.push({ start: this.f.tokens[from]!.start, end: this.f.tokens[to]!.end, take });
  }

  /** `require('x')` at the `require` name i (not after a dot): the import, if it is one. */
  require(i: number): RawImport | undefined {
    const f = this.f;
    const next = f.typeAt(i + 1);
    if (next !== PAREN_L) {
      // `require?.('x')` and `require<T>('x')` are calls too.
      if (next === QUESTION_DOT || (next === LESS_THAN && f.tokens[i + 1]!.isType && !f.tokens[i]!.isType)) unsure();
      return undefined;
    }
    const before = f.typeAt(i - 1);
    if (f.tokens[i]!.isType || before === NEW || before === AT) unsure();
    // A `(` that starts no call: a method or function named `require` being declared.
    if (f.tokens[i + 1]!.subscriptStartIndex !== i) return undefined;
    const close = f.match(i + 1);
    const args = f.split(i + 2, close);
    if (args.length !== 1) return undefined;
    const specifier = f.literal(args[0]![0], args[0]![1]);
    if (specifier === undefined) return undefined;
    const names = this.requireNames(i, close);
    if (knownPackage(specifier)?.dataAccess) this.add(i, close, (db) => names.forEach((n) => db.add(n)));
    return { specifier, line: f.line(i), kind: 'require', typeOnly: false, names };
  }

  /** The names a `require` call at i (closing at `close`) binds: those of the variable it initialises. */
  private requireNames(i: number, close: number): string[] {
    const f = this.f;
    const eq = i - 1;
    if (f.typeAt(eq) !== EQ || f.tokens[eq]!.rhsEndIndex !== close + 1) return [];
    let j = eq - 1;
    while (j > 0 && f.tokens[j]!.isType) j--;
    const target = f.typeAt(j);
    const open = target === BRACE_R || target === BRACKET_R ? f.match(j) : j;
    const before = f.typeAt(open - 1);
    if (before === COMMA) unsure();
    if (before !== CONST && before !== LET && before !== VAR) return [];
    if (target === NAME) return [f.raw(j)];
    if (target !== BRACE_R) return [];
    const names: string[] = [];
    for (const [s, e] of f.split(open + 1, j)) {
      if (f.typeAt(s) === ELLIPSIS) {
        if (f.typeAt(s + 1) === NAME) names.push(f.raw(s + 1));
        continue;
      }
      let colon = -1;
      for (let k = s; k < e; k++) {
        if (f.typeAt(k) === COLON) {
          colon = k;
          break;
        }
        if (isOpening(f.typeAt(k))) k = f.match(k);
      }
      const name = colon < 0 ? s : colon + 1;
      if (f.typeAt(name) === NAME && (name + 1 === e || f.typeAt(name + 1) === EQ)) names.push(f.raw(name));
    }
    return names;
  }

  /**
   * A call of `.word(...)` at the method name i: a route (`app.get('/x', handler)`), a mount
   * (`app.use('/v1', router)`, `app.register(plugin, { prefix })`), a Fastify route object or a
   * query builder's table (`db.selectFrom('users')`), as the compiler's reader takes them.
   */
  methodCall(i: number, word: string): void {
    const f = this.f;
    if (f.tokens[i]!.isType) return;
    let paren = i + 1;
    while (f.tokens[paren]?.isType) paren++;
    const next = f.typeAt(paren);
    if (next === QUESTION_DOT) unsure();
    if (next !== PAREN_L) {
      if (paren > i + 1) unsure();
      return;
    }
    // Every form starts with a literal, a name (`register`) or an object (`route`): anything else is an ordinary call.
    const head = f.typeAt(paren + 1);
    if (head !== STRING && head !== BACKQUOTE && !(word === 'register' && head === NAME) && !(word === 'route' && head === BRACE_L)) return;
    if (head === STRING) {
      const value = f.raw(paren + 1).slice(1, -1);
      if (value.includes('\\')) unsure();
      if (HTTP_METHODS.has(word) ? !value.startsWith('/') : QUERY_BUILDERS.has(word) && !TABLE_NAME.test(value)) return;
    }
    const start = f.tokens[paren]!.subscriptStartIndex;
    if (start === null) unsure();
    const close = f.match(paren);
    const args = f.split(paren + 1, close);
    const first = args[0];
    const literal = first && f.literal(first[0], first[1]);
    const last = args[args.length - 1];
    if (HTTP_METHODS.has(word) && literal !== undefined && literal.startsWith('/') && args.length >= 2) {
      this.add(start!, close, (db) => this.route(word as HttpMethod, literal, last!, start!, 'Express/Fastify/Hono', db));
    } else if ((word === 'use' || word === 'route') && literal !== undefined && args.length >= 2) {
      if (last![1] - last![0] === 1 && f.typeAt(last![0]) === NAME) {
        const name = f.raw(last![0]);
        this.add(start!, close, () => this.mounts.push({ prefix: literal, name, line: f.line(start!) }));
      }
    } else if (word === 'register' && first && first[1] - first[0] === 1 && f.typeAt(first[0]) === NAME && args[1] && this.isObject(args[1])) {
      const prefix = this.property(args[1], 'prefix');
      const value = prefix && f.literal(prefix[0], prefix[1]);
      const name = f.raw(first[0]);
      if (value !== undefined) this.add(start!, close, () => this.mounts.push({ prefix: value, name, line: f.line(start!) }));
    } else if (word === 'route' && first && this.isObject(first)) {
      const value = (key: string): Range | undefined => this.property(first, key);
      const methodRange = value('method');
      const urlRange = value('url');
      const method = methodRange && f.literal(methodRange[0], methodRange[1])?.toLowerCase();
      const url = urlRange && f.literal(urlRange[0], urlRange[1]);
      if (method && HTTP_METHODS.has(method) && url !== undefined) {
        this.add(start!, close, (db) => this.route(method as HttpMethod, url, value('handler'), start!, 'Fastify', db));
      }
    } else if (QUERY_BUILDERS.has(word) && literal !== undefined && TABLE_NAME.test(literal)) {
      const tenantFiltered = this.statementMentionsTenant(start!, close);
      this.add(start!, close, () => this.queries.push({ line: f.line(start!), table: literal, tenantFiltered }));
    }
  }

  /** A string token at i that reads as a SQL statement: a query. */
  sqlString(i: number): void {
    const f = this.f;
    const sql = f.raw(i);
    if (!SQL_START.test(sql.slice(1))) return;
    const m = SQL_STATEMENT.exec(sql);
    if (m) this.add(i, i, () => this.queries.push({ line: f.line(i), table: m[1]!, tenantFiltered: /tenant/i.test(sql) }));
  }

  /** A template literal opening at the backquote i that reads as a SQL statement: a query. */
  sqlTemplate(i: number): void {
    const f = this.f;
    if (!SQL_START.test(templateHead(f, i))) return;
    const close = f.match(i);
    const sql = f.slice(i, close);
    const m = SQL_STATEMENT.exec(sql);
    if (m) this.add(i, close, () => this.queries.push({ line: f.line(i), table: m[1]!, tenantFiltered: /tenant/i.test(sql) }));
  }

  /** The routes, mounts and queries, in the order the compiler's walk meets them. */
  finish(imports: readonly RawImport[]): { routes: RawRoute[]; mounts: RawMount[]; queries: RawQuery[] } {
    if (this.found.length) {
      const db = new Set(DB_HANDLE_NAMES);
      for (const imp of imports) if (imp.kind === 'import' && knownPackage(imp.specifier)?.dataAccess) for (const n of imp.names) db.add(n);
      this.found.sort((a, b) => a.start - b.start || b.end - a.end);
      for (const fact of this.found) fact.take(db);
    }
    return { routes: this.routes, mounts: this.mounts, queries: this.queries };
  }

  private route(method: HttpMethod, path: string, handler: Range | undefined, start: number, framework: string, db: Set<string>): void {
    const f = this.f;
    let name = 'inline handler';
    let facts = UNKNOWN;
    if (handler) {
      const [s, e] = handler;
      if (e - s === 1 && f.typeAt(s) === NAME) {
        name = f.raw(s);
        const local = this.localFunctions().get(name);
        if (local === 'declared') return unsure();
        if (local) facts = this.handlerFacts(local, db);
      } else if (this.isPropertyAccess(s, e)) {
        name = f.slice(s, e - 1);
      } else {
        const fn = this.functionAt(s, e);
        if (fn) {
          if (fn.name !== undefined) name = fn.name;
          facts = this.handlerFacts(fn, db);
        }
      }
    }
    this.routes.push({ framework, method, path, line: f.line(start), handler: name, facts });
  }

  /**
   * Whether `[s, e)` is a property access as a whole (`a.b`, `this.list`, `ctrl!.list`,
   * `a[0].b`, `make().b`): it ends with `.name` and that `.` belongs to a subscript chain starting
   * at the first token.
   */
  private isPropertyAccess(s: number, e: number): boolean {
    const f = this.f;
    if (e - s < 3) return false;
    const dot = f.typeAt(e - 2);
    if (dot === HASH) unsure();
    if (f.typeAt(e - 1) !== NAME || f.tokens[e - 1]!.isType || (dot !== DOT && dot !== QUESTION_DOT)) return false;
    return f.tokens[e - 2]!.subscriptStartIndex === s;
  }

  /** An arrow function or function expression spanning exactly `[s, e)`, else undefined. */
  private functionAt(s: number, e: number): FunctionLike | undefined {
    const f = this.f;
    let k = s;
    if (f.typeAt(k) === NAME && f.tokens[k]!.contextualKeyword === ASYNC_KEYWORD && k + 1 < e && f.typeAt(k + 1) !== ARROW) k++;
    if ((f.typeAt(k) === NAME && f.raw(k) === 'function') || f.typeAt(k) === FUNCTION) {
      // A function expression (sucrase retypes its keyword to a name).
      k++;
      if (f.typeAt(k) === STAR) k++;
      let name: string | undefined;
      if (f.typeAt(k) === NAME && !f.tokens[k]!.isType) name = f.raw(k++);
      while (f.tokens[k]?.isType) k++;
      if (f.typeAt(k) !== PAREN_L) unsure();
      const close = f.match(k);
      let b = close + 1;
      while (f.tokens[b]?.isType) b++;
      if (f.typeAt(b) !== BRACE_L || f.match(b) !== e - 1) return undefined;
      return { ...(name !== undefined ? { name } : {}), params: f.split(k + 1, close), body: [b, e] };
    }
    if (f.typeAt(k) === NAME && f.typeAt(k + 1) === ARROW) return { params: [[k, k + 1]], body: [k + 2, e] };
    if (f.tokens[k]?.isType) unsure();
    if (f.typeAt(k) !== PAREN_L) return undefined;
    const close = f.match(k);
    let arrow = close + 1;
    while (f.tokens[arrow]?.isType) arrow++;
    if (f.typeAt(arrow) !== ARROW || arrow + 1 >= e) return undefined;
    return { params: f.split(k + 1, close), body: [arrow + 1, e] };
  }

  /** The file's top-level functions by name (`function f`, `const f = () => …`), the last of a name winning. */
  private localFunctions(): Map<string, FunctionLike | 'declared'> {
    if (this.locals) return this.locals;
    const f = this.f;
    const locals = new Map<string, FunctionLike | 'declared'>();
    const n = f.tokens.length;
    for (let k = 0; k < n; k++) {
      const t = f.tokens[k]!;
      if (isOpening(t.type)) {
        k = f.match(k);
        continue;
      }
      if (t.type === FUNCTION) {
        let j = k + 1;
        if (f.typeAt(j) === STAR) j++;
        if (f.typeAt(j) !== NAME || f.tokens[j]!.identifierRole !== TOP_LEVEL_DECLARATION) continue;
        const name = f.raw(j);
        if (t.isType) {
          locals.set(name, 'declared');
          continue;
        }
        let p = j + 1;
        while (f.tokens[p]?.isType) p++;
        if (f.typeAt(p) !== PAREN_L) unsure();
        const close = f.match(p);
        let b = close + 1;
        while (f.tokens[b]?.isType) b++;
        if (f.typeAt(b) !== BRACE_L) unsure();
        locals.set(name, { name, params: f.split(p + 1, close), body: [b, f.match(b) + 1] });
        k = f.match(b);
      } else if ((t.type === CONST || t.type === LET || t.type === VAR) && !t.isType) {
        k = this.declarations(k + 1, locals) - 1;
      }
    }
    return (this.locals = locals);
  }

  /** The declarators of a top-level `const`/`let`/`var` from token k: functions they bind go to `locals`; returns the index after them. */
  private declarations(k: number, locals: Map<string, FunctionLike | 'declared'>): number {
    const f = this.f;
    for (;;) {
      const target = f.typeAt(k);
      let name: string | undefined;
      if (target === NAME) {
        const role = f.tokens[k]!.identifierRole;
        if (role !== TOP_LEVEL_DECLARATION && role !== BLOCK_SCOPED_DECLARATION) unsure();
        name = f.raw(k);
        k++;
      } else if (isOpening(target)) {
        k = f.match(k) + 1;
      } else {
        return k;
      }
      while (f.tokens[k]?.isType) k++;
      if (f.typeAt(k) === EQ) {
        const end = f.tokens[k]!.rhsEndIndex;
        if (end === null) unsure();
        const fn = name !== undefined ? this.functionAt(k + 1, end!) : undefined;
        if (fn && name !== undefined) locals.set(name, fn);
        k = end!;
      }
      if (f.typeAt(k) !== COMMA) return k;
      k++;
    }
  }

  /** Whether `{ … }` spans exactly `[s, e)`. */
  private isObject([s, e]: Range): boolean {
    return this.f.typeAt(s) === BRACE_L && this.f.match(s) === e - 1;
  }

  /** The value of the first property of the object literal `[s, e)` named `key`, when it is a `key: value` property. */
  private property([s, e]: Range, key: string): Range | undefined {
    const f = this.f;
    for (const [ps, pe] of f.split(s + 1, e - 1)) {
      const head = f.typeAt(ps);
      if (head === ELLIPSIS) continue;
      // The property's name: after `get`/`set`/`async`/`*` of a method, else its first token.
      let at = ps;
      if (f.typeAt(at) === STAR) at++;
      else if (head === NAME && ['get', 'set', 'async'].includes(f.raw(ps)) && at + 1 < pe && f.typeAt(at + 1) !== COLON && f.typeAt(at + 1) !== PAREN_L && f.typeAt(at + 1) !== COMMA) at++;
      const nameType = f.typeAt(at);
      if (nameType === NUM || isOpening(nameType)) continue;
      if (nameType !== STRING && nameType !== NAME) unsure();
      const nameText = f.raw(at);
      if (nameText !== key) continue;
      if (at === ps && f.typeAt(ps + 1) === COLON) return [ps + 2, pe];
      return undefined;
    }
    return undefined;
  }

  /** Whether "tenant" is in the statement holding the call `[start, close]`: unsure when the tokens cannot tell. */
  private statementMentionsTenant(start: number, close: number): boolean {
    const f = this.f;
    let end = close;
    // The rest of the chain (`.where(…).execute()`) is in the statement too.
    for (;;) {
      const t = f.typeAt(end + 1);
      if ((t === DOT || t === QUESTION_DOT) && f.typeAt(end + 2) === NAME) end += 2;
      else if (t === PAREN_L || t === BRACKET_L || t === BACKQUOTE) end = f.match(end + 1);
      else if (t === NON_NULL) end += 1;
      else if (t === LESS_THAN && f.tokens[end + 1]!.isType) {
        // Type arguments of a call further on (`.execute<T>()`); any other type ends the chain.
        let j = end + 1;
        while (f.tokens[j]?.isType) j++;
        if (f.typeAt(j) !== PAREN_L) break;
        end = f.match(j);
      } else break;
    }
    if (/tenant/i.test(f.slice(start, end))) return true;
    return /tenant/i.test(this.statementAround(start)) ? unsure() : false;
  }

  /**
   * Text holding the whole statement around token c: the part of its block (or of the file) between
   * the ends of the statements before and after it: their semicolons, and the closing brace of a
   * class or function declaration. A semicolon before `else` or `while` may end an inner statement
   * (`if (a) b; else c;`, `do b; while (c);`) and bounds nothing.
   */
  private statementAround(c: number): string {
    const f = this.f;
    const block = f.blockAround(c);
    const from = block ? block.startTokenIndex + 1 : 0;
    const to = block ? block.endTokenIndex - 1 : f.tokens.length;
    let first = from;
    for (let k = from; k < to; k++) {
      const type = f.typeAt(k);
      let end = -1;
      if (isOpening(type)) k = f.match(k);
      else if (type === SEMI && f.typeAt(k + 1) !== ELSE && f.typeAt(k + 1) !== WHILE) end = k;
      else if ((type === CLASS || type === FUNCTION) && !f.tokens[k]!.isType && this.startsStatement(k)) end = k = this.declarationEnd(k);
      if (end < 0) continue;
      if (end >= c) return f.text.slice(f.tokens[first]!.start, f.tokens[end]!.end);
      first = end + 1;
    }
    return f.text.slice(f.tokens[first]?.start ?? f.text.length, f.tokens[to - 1]?.end ?? f.text.length);
  }

  /** Whether the `class` or `function` keyword at k begins a declaration (not an expression). */
  private startsStatement(k: number): boolean {
    const f = this.f;
    let j = k - 1;
    while (f.typeAt(j) === EXPORT || f.typeAt(j) === DEFAULT || (f.typeAt(j) === NAME && (f.raw(j) === 'abstract' || f.raw(j) === 'async'))) j--;
    const before = f.typeAt(j);
    return j < 0 || before === SEMI || before === BRACE_R || before === BRACE_L;
  }

  /** The closing brace of the body of the class or function declared at k. */
  private declarationEnd(k: number): number {
    const f = this.f;
    let j = k + 1;
    while (j < f.tokens.length && !(f.typeAt(j) === BRACE_L && !f.tokens[j]!.isType)) j = isOpening(f.typeAt(j)) ? f.match(j) + 1 : j + 1;
    return j < f.tokens.length ? f.match(j) : unsure();
  }

  /** What a route handler's body does (typescript-handler-facts.ts on the tokens). */
  private handlerFacts(fn: FunctionLike, db: ReadonlySet<string>): HandlerFacts {
    const f = this.f;
    const lines = new Set<number>();
    let branches = 0;
    let loops = 0;
    let firstLogic = Infinity;
    const logicAt = (pos: number): void => {
      if (pos < firstLogic) firstLogic = pos;
    };
    const doWhiles = new Set<number>();
    const body = fn.body;
    if (body) {
      for (let k = body[0]; k < body[1]; k++) {
        const t = f.tokens[k]!;
        const type = t.type;
        if (type === IF || type === SWITCH) {
          branches += 1;
          logicAt(t.start);
        } else if (type === QUESTION && !t.isType) {
          branches += 1;
          logicAt(f.tokens[this.conditionStart(k)]!.start);
        } else if (type === FOR || (type === WHILE && !doWhiles.has(k))) {
          loops += 1;
          logicAt(t.start);
        } else if (type === DO) {
          loops += 1;
          logicAt(t.start);
          if (f.typeAt(k + 1) !== BRACE_L || f.typeAt(f.match(k + 1) + 1) !== WHILE) unsure();
          doWhiles.add(f.match(k + 1) + 1);
        } else if (type === STRING) {
          if (SQL_START.test(f.raw(k).slice(1))) lines.add(f.line(k));
        } else if (type === BACKQUOTE && f.typeAt(k + 1) === TEMPLATE && !t.isType && f.typeAt(k - 1) !== TEMPLATE) {
          if (SQL_START.test(templateHead(f, k))) lines.add(f.line(k));
          this.taggedTemplate(k, db, lines);
        } else if (type === PAREN_L || type === QUESTION_DOT) {
          this.dataCall(k, db, lines);
        }
      }
    }
    const params = fn.params.map(([s, e]) => f.slice(s, e - 1)).join(' ');
    const text = `${params} ${body ? f.slice(body[0], body[1] - 1) : ''}`;
    const isLogic = loops > 0 || branches >= 2;
    const reason = [branches ? `${branches} branch${branches > 1 ? 'es' : ''}` : '', loops ? `${loops} loop${loops > 1 ? 's' : ''}` : ''].filter(Boolean).join(' and ');
    return {
      dataAccessLines: [...lines].sort((a, b) => a - b),
      ...(isLogic && firstLogic !== Infinity ? { logic: { line: f.lineAt(firstLogic), reason } } : {}),
      paginated: PAGINATION_WORDS.test(text),
    };
  }

  /** A tagged template whose tag is a database handle's name (`` sql`…` ``), opening at the backquote k. */
  private taggedTemplate(k: number, db: ReadonlySet<string>, lines: Set<number>): void {
    const f = this.f;
    let tag = k - 1;
    while (tag > 0 && f.tokens[tag]!.isType) tag--;
    if (f.typeAt(tag) !== NAME || f.tokens[tag]!.isType) return;
    const before = f.typeAt(tag - 1);
    if (before === DOT || before === QUESTION_DOT) return;
    if (before === NEW) unsure();
    if (db.has(f.raw(tag))) lines.add(f.line(tag));
  }

  /** A call at the `(` (or the `?.` of `?.(`) k whose callee is `x.y` with `x`'s chain rooted at a database handle. */
  private dataCall(k: number, db: ReadonlySet<string>, lines: Set<number>): void {
    const f = this.f;
    const t = f.tokens[k]!;
    if (t.type === QUESTION_DOT && f.typeAt(k + 1) !== PAREN_L) return;
    const start = t.subscriptStartIndex;
    if (start === null || (t.type === PAREN_L && f.typeAt(k - 1) === QUESTION_DOT)) return;
    let name = k - 1;
    while (name > start && f.tokens[name]!.isType) name--;
    if (f.typeAt(name) !== NAME || (f.typeAt(name - 1) !== DOT && f.typeAt(name - 1) !== QUESTION_DOT)) return;
    // The chain's root is an identifier unless a tagged template or a bracket starts or breaks it.
    const head = f.typeAt(start);
    if (head !== NAME || !db.has(f.raw(start))) return;
    for (let j = start + 1; j < name; j++) {
      const type = f.typeAt(j);
      if (type === BACKQUOTE) return;
      if (isOpening(type)) j = f.match(j);
    }
    lines.add(f.line(start));
  }

  /**
   * The first token of the condition of the conditional expression whose `?` is at q: the walk goes
   * left over one operand after another (names, literals, calls, member and element accesses,
   * prefix and binary operators) and stops where no expression continues; unsure on what it cannot
   * place (a block's or object's `}`, a type assertion, a contextual keyword before parentheses).
   */
  private conditionStart(q: number): number {
    const f = this.f;
    let i = q - 1;
    let start = q;
    let operand = true;
    while (i >= 0) {
      const t = f.tokens[i]!;
      const type = t.type;
      if (operand) {
        if (t.isType) {
          // `x as T ? …`: the type and its `as`, then the operand before them.
          while (i >= 0 && f.tokens[i]!.isType) i--;
          continue;
        }
        if (type === PAREN_R || type === BRACKET_R || type === BACKQUOTE) {
          i = f.match(i);
          start = i;
          let j = i - 1;
          while (j >= 0 && f.tokens[j]!.isType) j--;
          const before = f.tokens[j];
          // A call, an element access or a tagged template continues the operand to the left.
          if (before && before.type === BRACE_R) unsure();
          if (before && OPERAND_END.has(before.type)) {
            if (before.type === NAME && before.contextualKeyword !== NO_KEYWORD) unsure();
            i = j;
            continue;
          }
          i -= 1;
          operand = false;
          continue;
        }
        if (type === NON_NULL || type === POST_INC_DEC) {
          i--;
          continue;
        }
        if (OPERAND_END.has(type) && type !== BRACE_R) {
          start = i;
          i--;
          if (f.typeAt(i) === DOT || f.typeAt(i) === QUESTION_DOT) {
            i--;
            continue;
          }
          operand = false;
          continue;
        }
        return unsure();
      }
      // Left of a whole operand: a prefix operator, a binary one, or the end of the condition.
      if (PREFIX.has(type) || (type === NAME && t.contextualKeyword === AWAIT_KEYWORD)) {
        start = i;
        i--;
        continue;
      }
      if (type === PLUS || type === MINUS) {
        const before = f.tokens[i - 1];
        if (before && OPERAND_END.has(before.type)) operand = true;
        else start = i;
        i--;
        continue;
      }
      if (OPERATORS.has(type)) {
        operand = true;
        i--;
        continue;
      }
      if (t.isType) unsure();
      return start;
    }
    return start;
  }
}

/** A template's text from just after its opening backquote k, as far as SQL_START needs to see. */
function templateHead(f: TokenFile, k: number): string {
  const head = f.tokens[k + 1]!;
  return f.text.slice(f.tokens[k]!.start + 1, head.end + 1);
}
