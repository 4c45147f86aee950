import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { requireWithCodeCache } from './cached-require.js';
import { lineFromStarts } from './line-search.js';

// sucrase's parser, its token types and what the fast reader (parse-typescript-fast.ts) needs to
// walk a file's tokens: line numbers the compiler's way, matching brackets, and the blocks.

/** A token as sucrase's parser leaves it (only the fields read here). */
export interface Token {
  readonly type: number;
  readonly contextualKeyword: number;
  readonly start: number;
  readonly end: number;
  /** Part of a type (annotation, type arguments, `as T`, declarations sucrase would erase). */
  readonly isType: boolean;
  /** How an identifier is used (sucrase's IdentifierRole): declarations, object keys, accesses. */
  readonly identifierRole: number | null;
  /** On the `.`, `?.`, `[` and call `(` of a subscript chain: the index of the chain's first token. */
  readonly subscriptStartIndex: number | null;
  /** On a variable declaration's or default's `=`: the index after its initializer. */
  readonly rhsEndIndex: number | null;
}

/** A scope sucrase records: every block (`{ … }`, function bodies included) among others. */
export interface Scope {
  readonly startTokenIndex: number;
  readonly endTokenIndex: number;
}

type SucraseParse = (input: string, jsx: boolean, typescript: boolean, flow: boolean) => { readonly tokens: readonly Token[]; readonly scopes: readonly Scope[] };

/** What the review uses of sucrase: its parser and the numbers of its token tables. */
interface SucraseParser {
  readonly parse: SucraseParse;
  readonly TokenType: Record<string, number>;
  readonly ContextualKeyword: Record<string, number>;
  readonly IdentifierRole: Record<string, number>;
}

/** The built bundle of sucrase's parser (scripts/bundle.mjs), beside the built sources in dist/. */
const SUCRASE_BUNDLE = fileURLToPath(new URL('../../../vendor/sucrase-parser.cjs', import.meta.url));

/**
 * sucrase's parser: from its bundle with V8's code cache when Archway is built (one file, compiled
 * code reused between runs), else (running from the TypeScript sources) from its modules. The same
 * code either way.
 */
function loadSucrase(): SucraseParser {
  if (existsSync(SUCRASE_BUNDLE)) return requireWithCodeCache(SUCRASE_BUNDLE, 'sucrase-parser') as SucraseParser;
  const require = createRequire(import.meta.url);
  return {
    parse: (require('sucrase/dist/parser/index.js') as { parse: SucraseParse }).parse,
    TokenType: (require('sucrase/dist/parser/tokenizer/types.js') as { TokenType: Record<string, number> }).TokenType,
    ContextualKeyword: (require('sucrase/dist/parser/tokenizer/keywords.js') as { ContextualKeyword: Record<string, number> }).ContextualKeyword,
    IdentifierRole: (require('sucrase/dist/parser/tokenizer/index.js') as { IdentifierRole: Record<string, number> }).IdentifierRole,
  };
}

const sucrase = loadSucrase();
export const { parse } = sucrase;
const { TokenType: T, ContextualKeyword: K, IdentifierRole: R } = sucrase;

function known(table: Record<string, number>, name: string): number {
  const value = table[name];
  if (typeof value !== 'number') throw new Error(`sucrase has no ${name}`);
  return value;
}
const tt = (name: string): number => known(T, name);

export const NAME = tt('name');
export const STRING = tt('string');
export const NUM = tt('num');
export const TEMPLATE = tt('template');
export const BACKQUOTE = tt('backQuote');
export const BRACE_L = tt('braceL');
export const BRACE_BAR_L = tt('braceBarL');
export const DOLLAR_BRACE_L = tt('dollarBraceL');
export const BRACE_R = tt('braceR');
export const BRACE_BAR_R = tt('braceBarR');
export const PAREN_L = tt('parenL');
export const PAREN_R = tt('parenR');
export const BRACKET_L = tt('bracketL');
export const BRACKET_R = tt('bracketR');
export const COMMA = tt('comma');
export const SEMI = tt('semi');
export const COLON = tt('colon');
export const DOT = tt('dot');
export const QUESTION = tt('question');
export const QUESTION_DOT = tt('questionDot');
export const ARROW = tt('arrow');
export const ELLIPSIS = tt('ellipsis');
export const LESS_THAN = tt('lessThan');
export const AT = tt('at');
export const HASH = tt('hash');
export const STAR = tt('star');
export const PLUS = tt('plus');
export const MINUS = tt('minus');
export const POST_INC_DEC = tt('postIncDec');
export const EQ = tt('eq');
export const NON_NULL = tt('nonNullAssertion');
export const IMPORT = tt('_import');
export const EXPORT = tt('_export');
export const AS = tt('_as');
export const FUNCTION = tt('_function');
export const CONST = tt('_const');
export const LET = tt('_let');
export const VAR = tt('_var');
export const NEW = tt('_new');
export const IF = tt('_if');
export const SWITCH = tt('_switch');
export const FOR = tt('_for');
export const WHILE = tt('_while');
export const DO = tt('_do');
export const CLASS = tt('_class');
export const DEFAULT = tt('_default');
export const ELSE = tt('_else');
export const TYPE_KEYWORD = known(K, '_type');
export const FROM_KEYWORD = known(K, '_from');
export const AS_KEYWORD = known(K, '_as');
export const ASYNC_KEYWORD = known(K, '_async');
export const AWAIT_KEYWORD = known(K, '_await');
export const TOP_LEVEL_DECLARATION = known(R, 'TopLevelDeclaration');
export const BLOCK_SCOPED_DECLARATION = known(R, 'BlockScopedDeclaration');
export const NO_KEYWORD = known(K, 'NONE');

/** Opening brackets, each paired with its closing one by `TokenFile.match`. */
export function isOpening(type: number): boolean {
  return type === PAREN_L || type === BRACKET_L || type === BRACE_L || type === BRACE_BAR_L || type === DOLLAR_BRACE_L || type === BACKQUOTE;
}

/** Token types that only ever sit between two operands (or before one): `a || b`, `!a`, `typeof a`. */
export const OPERATORS: ReadonlySet<number> = new Set(
  ['nullishCoalescing', 'logicalOR', 'logicalAND', 'bitwiseOR', 'bitwiseXOR', 'bitwiseAND', 'equality', 'lessThan', 'greaterThan', 'relationalOrEqual', 'bitShiftL', 'bitShiftR', 'modulo', 'star', 'slash', 'exponent', '_in', '_instanceof'].map(tt),
);
/** Prefix operators: `!a`, `~a`, `typeof a`, `void a`, `delete a`, `new A`, `++a`. */
export const PREFIX: ReadonlySet<number> = new Set(['bang', 'tilde', '_typeof', '_void', '_delete', '_new', 'preIncDec'].map(tt));
/** Tokens that end an operand: names, literals, `this`, `null`, closing brackets and backquotes. */
export const OPERAND_END: ReadonlySet<number> = new Set(
  ['name', 'num', 'bigint', 'decimal', 'regexp', 'string', '_this', '_super', '_null', '_true', '_false', 'parenR', 'bracketR', 'braceR', 'backQuote', 'nonNullAssertion', 'postIncDec'].map(tt),
);
/** The length of the line break at `at` the way the compiler counts them (CR LF, LF, CR, U+2028, U+2029), 0 for none. */
function lineBreakAt(text: string, at: number): number {
  const ch = text.charCodeAt(at);
  if (ch === 13) return text.charCodeAt(at + 1) === 10 ? 2 : 1;
  return ch === 10 || ch === 0x2028 || ch === 0x2029 ? 1 : 0;
}

/** Where each line starts. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let pos = 0; pos < text.length; ) {
    const n = lineBreakAt(text, pos);
    pos += n || 1;
    if (n) starts.push(pos);
  }
  return starts;
}

/** Thrown (and caught by the fast reader) where it leaves a file to the full parser. */
export class Unsure extends Error {}
export const unsure = (): never => {
  throw new Unsure();
};

/** One parsed file's tokens, with what the readers look up in them computed on first need. */
export class TokenFile {
  private starts: number[] | undefined;
  private matches: Int32Array | undefined;
  private blocks: Scope[] | undefined;

  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
    private readonly scopes: readonly Scope[],
  ) {}

  typeAt(i: number): number {
    return this.tokens[i]?.type ?? -1;
  }

  raw(i: number): string {
    const t = this.tokens[i]!;
    return this.text.slice(t.start, t.end);
  }

  /** The text from token `from` to token `to` (both included), as the compiler's `getText`. */
  slice(from: number, to: number): string {
    return this.text.slice(this.tokens[from]!.start, this.tokens[to]!.end);
  }

  /** Where the line count has got to: imports come in order, near the top, so most files are counted only that far. */
  private countedTo = 0;
  private countedLines = 1;

  /** The 1-based line of a position. */
  lineAt(pos: number): number {
    if (!this.starts && pos >= this.countedTo) {
      const text = this.text;
      let line = this.countedLines;
      let at = this.countedTo;
      while (at < pos) {
        const n = lineBreakAt(text, at);
        at += n || 1;
        if (n) line++;
      }
      this.countedTo = at;
      this.countedLines = line;
      return line;
    }
    return lineFromStarts((this.starts ??= lineStarts(this.text)), pos);
  }

  line(i: number): number {
    return this.lineAt(this.tokens[i]!.start);
  }

  /**
   * The index of the bracket matching the one at i (`(`/`)`, `[`/`]`, `{`/`}`, `${`/`}` and a
   * template's backquotes); unsure when there is none.
   */
  match(i: number): number {
    const matches = (this.matches ??= this.matchBrackets());
    const m = matches[i]!;
    return m >= 0 ? m : unsure();
  }

  private matchBrackets(): Int32Array {
    const out = new Int32Array(this.tokens.length).fill(-1);
    const open: number[] = [];
    const close = (i: number): void => {
      const o = open.pop();
      if (o === undefined) return;
      out[o] = i;
      out[i] = o;
    };
    for (let i = 0; i < this.tokens.length; i++) {
      const type = this.tokens[i]!.type;
      if (type === BACKQUOTE) {
        // A template's closing backquote is the one met while its opening one is innermost.
        const top = open[open.length - 1];
        if (top !== undefined && this.tokens[top]!.type === BACKQUOTE) close(i);
        else open.push(i);
      } else if (isOpening(type)) open.push(i);
      else if (type === PAREN_R || type === BRACKET_R || type === BRACE_R || type === BRACE_BAR_R) close(i);
    }
    return out;
  }

  /** The innermost block (`{ … }` of a function body or statement, not of a switch) holding token i, else undefined. */
  blockAround(i: number): Scope | undefined {
    const blocks = (this.blocks ??= this.scopes.filter((s) => this.tokens[s.startTokenIndex]?.type === BRACE_L && !this.isSwitchBody(s.startTokenIndex)));
    let best: Scope | undefined;
    for (const s of blocks) {
      if (s.startTokenIndex < i && i < s.endTokenIndex && (!best || s.startTokenIndex > best.startTokenIndex)) best = s;
    }
    return best;
  }

  private isSwitchBody(brace: number): boolean {
    if (this.typeAt(brace - 1) !== PAREN_R) return false;
    return this.typeAt(this.match(brace - 1) - 1) === SWITCH;
  }

  /** Splits the tokens from `from` up to (not including) `to` at the commas outside brackets: the ranges `[start, end)`, a trailing empty one dropped. */
  split(from: number, to: number): [number, number][] {
    const parts: [number, number][] = [];
    let start = from;
    for (let k = from; k < to; k++) {
      const t = this.tokens[k]!;
      if (isOpening(t.type)) k = this.match(k);
      else if (t.type === COMMA && !t.isType) {
        parts.push([start, k]);
        start = k + 1;
      }
    }
    if (start < to) parts.push([start, to]);
    return parts;
  }

  /** The value of a string literal or a substitution-free template spanning `[from, to)`, else undefined; unsure when it holds escapes. */
  literal(from: number, to: number): string | undefined {
    let value: string | undefined;
    if (to - from === 1 && this.typeAt(from) === STRING) value = this.raw(from).slice(1, -1);
    else if (to - from === 3 && this.typeAt(from) === BACKQUOTE && this.typeAt(from + 1) === TEMPLATE && this.typeAt(from + 2) === BACKQUOTE) value = this.raw(from + 1);
    if (value !== undefined && (value.includes('\\') || value.includes('\r'))) unsure();
    return value;
  }
}
