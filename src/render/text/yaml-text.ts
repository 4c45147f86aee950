import { Document, stringify, type Scalar } from 'yaml';
import { stringifyNumber, stringifyString } from 'yaml/util';

/** The options every Archway YAML file is written with. */
const OPTIONS = { lineWidth: 0, aliasDuplicateObjects: false } as const;
const STEP = '  ';

/**
 * The stringify context `yaml` builds for OPTIONS (its defaults with `lineWidth: 0`), as far as
 * scalar formatting reads it. Strings are still formatted by `yaml`'s own `stringifyString`.
 */
const SCALAR_OPTIONS = {
  blockQuote: true,
  defaultKeyType: null,
  defaultStringType: 'PLAIN',
  doubleQuotedAsJSON: false,
  doubleQuotedMinMultiLineLength: 40,
  lineWidth: 0,
  minContentWidth: 20,
  singleQuote: null,
};

/**
 * Text `yaml` writes as it is, as a key or a value at any depth below the top: starts with a letter,
 * `/` or `$`, holds only word characters, spaces and `.,;()/${}'\`-`, does not end in a space (so no
 * indicator, comment, `: `, control character or document marker), and does not read as null or a
 * boolean (a leading letter already rules out numbers).
 */
const PLAIN_SAFE = /^[A-Za-z/$][\w .,;()/${}'`-]*$/;
const RESERVED_WORDS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

function isPlainSafe(value: string): boolean {
  return PLAIN_SAFE.test(value) && value.charCodeAt(value.length - 1) !== 32 && !RESERVED_WORDS.has(value);
}

/** A value outside the JSON-like subset this writer lays out itself. */
class Unsupported extends Error {}

let schemaDoc: Document | undefined;

type StringifyContext = Parameters<typeof stringifyString>[1];

function isPlainObject(v: object): v is Record<string, unknown> {
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/** The keys of `obj` whose value is not `undefined` (those are left out, as `yaml` does). */
function definedKeys(obj: Record<string, unknown>): string[] {
  const keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    if (obj[keys[i]!] === undefined) return keys.filter((k) => obj[k] !== undefined);
  }
  return keys;
}

/** A non-empty array or plain object, with the keys to write for an object; `undefined` for anything else. */
type Block = { readonly seq: readonly unknown[] } | { readonly map: Record<string, unknown>; readonly keys: readonly string[] };

class Writer {
  private readonly doc = (schemaDoc ??= new Document());
  /** Formatted strings by key-or-value, then by depth, then by text. */
  private readonly strings: [Map<string, string>[], Map<string, string>[]] = [[], []];
  /** A line break and the indentation of each depth. */
  private readonly breaks: string[] = [];

  /** The text so far (appending builds a rope V8 flattens once, when the text is read). */
  out = '';

  private lineAt(depth: number): string {
    return (this.breaks[depth] ??= `\n${STEP.repeat(depth)}`);
  }

  /** `value` formatted as a scalar whose context is indented `depth` steps. */
  str(value: string, depth: number, implicitKey: boolean): string {
    if (isPlainSafe(value)) return value;
    const byDepth = this.strings[implicitKey ? 1 : 0];
    const cache = (byDepth[depth] ??= new Map());
    let out = cache.get(value);
    if (out === undefined) {
      const ctx = { doc: this.doc, indent: STEP.repeat(depth), indentStep: STEP, inFlow: null, implicitKey, actualString: true, options: SCALAR_OPTIONS };
      out = stringifyString({ value } as Scalar, ctx as unknown as StringifyContext);
      cache.set(value, out);
    }
    return out;
  }

  /** A collection to lay out as a block, `'empty'` for `[]`/`{}`, or `undefined` for a scalar. */
  block(value: unknown): Block | 'empty' | undefined {
    if (value === null || typeof value !== 'object') return undefined;
    if (Array.isArray(value)) return value.length === 0 ? 'empty' : { seq: value };
    if (!isPlainObject(value)) throw new Unsupported();
    const keys = definedKeys(value);
    return keys.length === 0 ? 'empty' : { map: value, keys };
  }

  scalar(value: unknown, depth: number): string {
    if (value === null) return 'null';
    switch (typeof value) {
      case 'string': return this.str(value, depth, false);
      case 'number': return stringifyNumber({ value } as Scalar);
      case 'boolean': return value ? 'true' : 'false';
      default: throw new Unsupported();
    }
  }

  /** The text of frozen collections by depth: a frozen value is shared, so it is laid out once per depth. */
  private readonly written = new WeakMap<object, string[]>();

  /** Writes a non-empty collection whose items or keys sit `depth` steps in. */
  write(block: Block, depth: number): void {
    const target = 'seq' in block ? block.seq : block.map;
    if (!Object.isFrozen(target)) {
      this.layOut(block, depth);
      return;
    }
    let byDepth = this.written.get(target);
    if (!byDepth) this.written.set(target, (byDepth = []));
    const known = byDepth[depth];
    if (known !== undefined) {
      this.out += known;
      return;
    }
    const before = this.out;
    this.out = '';
    this.layOut(block, depth);
    byDepth[depth] = this.out;
    this.out = before + this.out;
  }

  private layOut(block: Block, depth: number): void {
    if ('seq' in block) this.seq(block.seq, depth);
    else this.map(block.map, block.keys, depth);
  }

  seq(items: readonly unknown[], depth: number): void {
    const line = this.lineAt(depth);
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (item === undefined) throw new Unsupported();
      this.out += i === 0 ? '- ' : `${line}- `;
      const b = this.block(item);
      if (b === undefined) this.out += this.scalar(item, depth + 1);
      else if (b === 'empty') this.out += Array.isArray(item) ? '[]' : '{}';
      else this.write(b, depth + 1);
    }
  }

  map(obj: Record<string, unknown>, keys: readonly string[], depth: number): void {
    const line = this.lineAt(depth);
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      const v = obj[k];
      const key = this.str(k, depth + 1, true);
      if (key.length > 1024 || key.includes('\n')) throw new Unsupported();
      const b = this.block(v);
      if (b === undefined) {
        const scalar = this.scalar(v, depth + 1);
        // A block scalar (`|`) starts on the key's line; an empty string is written as nothing.
        this.out += (i === 0 ? key : line + key) + (scalar === '' || scalar[0] === '\n' ? ':' : ': ') + scalar;
      } else if (b === 'empty') {
        // An empty collection stays flow style (`[]`, `{}`) on the key's line.
        this.out += (i === 0 ? key : line + key) + (Array.isArray(v) ? ': []' : ': {}');
      } else {
        // A non-empty collection starts on the next line.
        this.out += (i === 0 ? key : line + key) + ':' + this.lineAt(depth + 1);
        this.write(b, depth + 1);
      }
    }
  }
}

/**
 * `value` as YAML, byte for byte what `yaml`'s `stringify(value, { lineWidth: 0,
 * aliasDuplicateObjects: false })` writes, without building its node tree: plain objects and arrays
 * are laid out here (block style, two-space indent, `- ` items indented), scalars by `yaml`'s own
 * formatter (cached per text and depth). Anything else is handed to `yaml` whole.
 */
export function yamlText(value: unknown): string {
  if (value !== null && typeof value === 'object' && (Array.isArray(value) || isPlainObject(value))) {
    try {
      const writer = new Writer();
      const block = writer.block(value);
      if (block === 'empty' || block === undefined) return Array.isArray(value) ? '[]\n' : '{}\n';
      writer.write(block, 0);
      return `${writer.out}\n`;
    } catch (error) {
      if (!(error instanceof Unsupported)) throw error;
    }
  }
  return stringify(value, OPTIONS);
}
