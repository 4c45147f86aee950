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

class Writer {
  private readonly doc = (schemaDoc ??= new Document());
  /** Formatted strings by key-or-value, then by indent width, then by text. */
  private readonly strings: [Map<string, string>[], Map<string, string>[]] = [[], []];

  str(value: string, indent: string, implicitKey: boolean): string {
    const byIndent = this.strings[implicitKey ? 1 : 0];
    const cache = (byIndent[indent.length] ??= new Map());
    let out = cache.get(value);
    if (out === undefined) {
      if (isPlainSafe(value)) {
        cache.set(value, value);
        return value;
      }
      const ctx = { doc: this.doc, indent, indentStep: STEP, inFlow: null, implicitKey, actualString: true, options: SCALAR_OPTIONS };
      out = stringifyString({ value } as Scalar, ctx as unknown as StringifyContext);
      cache.set(value, out);
    }
    return out;
  }

  /** Output pieces, joined once at the end (one flat string instead of a deep rope). */
  readonly out: string[] = [];

  /** Writes `value` as yaml lays it out with `indent` as its context's indentation. */
  value(value: unknown, indent: string): void {
    if (value === null) {
      this.out.push('null');
      return;
    }
    switch (typeof value) {
      case 'string': this.out.push(this.str(value, indent, false)); return;
      case 'number': this.out.push(stringifyNumber({ value } as Scalar)); return;
      case 'boolean': this.out.push(value ? 'true' : 'false'); return;
      case 'object': {
        if (Array.isArray(value)) {
          if (value.length === 0) this.out.push('[]');
          else this.seq(value, indent);
          return;
        }
        if (!isPlainObject(value)) throw new Unsupported();
        if (isEmptyMap(value)) this.out.push('{}');
        else this.map(value, indent);
        return;
      }
      default: throw new Unsupported();
    }
  }

  seq(items: readonly unknown[], indent: string): void {
    const itemIndent = indent + STEP;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (item === undefined) throw new Unsupported();
      this.out.push(i === 0 ? '- ' : `\n${indent}- `);
      this.value(item, itemIndent);
    }
  }

  map(obj: Record<string, unknown>, indent: string): void {
    const inner = indent + STEP;
    let first = true;
    for (const k of Object.keys(obj)) {
      const v = obj[k];
      if (v === undefined) continue;
      const key = this.str(k, inner, true);
      if (key.length > 1024 || key.includes('\n')) throw new Unsupported();
      this.out.push(first ? key : `\n${indent}${key}`);
      first = false;
      if (v !== null && typeof v === 'object') {
        // A non-empty collection starts on the next line; an empty one stays flow style (`[]`, `{}`).
        const empty = Array.isArray(v) ? v.length === 0 : isPlainObject(v) && isEmptyMap(v);
        this.out.push(empty ? ': ' : `:\n${inner}`);
        this.value(v, inner);
      } else {
        const at = this.out.length;
        this.out.push(':');
        this.value(v, inner);
        const scalar = this.out[at + 1]!;
        this.out[at] = scalar === '' || scalar[0] === '\n' ? ':' : ': ';
      }
    }
  }
}

function isEmptyMap(obj: Record<string, unknown>): boolean {
  for (const k of Object.keys(obj)) if (obj[k] !== undefined) return false;
  return true;
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
      writer.value(value, '');
      writer.out.push('\n');
      return writer.out.join('');
    } catch (error) {
      if (!(error instanceof Unsupported)) throw error;
    }
  }
  return stringify(value, OPTIONS);
}
