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
      const ctx = { doc: this.doc, indent, indentStep: STEP, inFlow: null, implicitKey, actualString: true, options: SCALAR_OPTIONS };
      out = stringifyString({ value } as Scalar, ctx as unknown as StringifyContext);
      cache.set(value, out);
    }
    return out;
  }

  /** `value` as yaml lays it out with `indent` as its context's indentation; `null` for an empty collection. */
  value(value: unknown, indent: string): string {
    if (value === null) return 'null';
    switch (typeof value) {
      case 'string': return this.str(value, indent, false);
      case 'number': return stringifyNumber({ value } as Scalar);
      case 'boolean': return value ? 'true' : 'false';
      case 'object': {
        if (Array.isArray(value)) return value.length === 0 ? '[]' : this.seq(value, indent);
        if (!isPlainObject(value)) throw new Unsupported();
        const body = this.map(value, indent);
        return body === '' ? '{}' : body;
      }
      default: throw new Unsupported();
    }
  }

  seq(items: readonly unknown[], indent: string): string {
    const itemIndent = indent + STEP;
    let out = '';
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (item === undefined) throw new Unsupported();
      out += `${i === 0 ? '' : `\n${indent}`}- ${this.value(item, itemIndent)}`;
    }
    return out;
  }

  map(obj: Record<string, unknown>, indent: string): string {
    const inner = indent + STEP;
    let out = '';
    let first = true;
    for (const k of Object.keys(obj)) {
      const v = obj[k];
      if (v === undefined) continue;
      const key = this.str(k, inner, true);
      if (key.length > 1024 || key.includes('\n')) throw new Unsupported();
      const valueStr = this.value(v, inner);
      let ws = ' ';
      if (v !== null && typeof v === 'object') {
        const empty = valueStr === '[]' || valueStr === '{}';
        if (!empty || valueStr.includes('\n')) ws = `\n${inner}`;
      } else if (valueStr === '' || valueStr[0] === '\n') ws = '';
      out += `${first ? '' : `\n${indent}`}${key}:${ws}${valueStr}`;
      first = false;
    }
    return out;
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
      return `${new Writer().value(value, '')}\n`;
    } catch (error) {
      if (!(error instanceof Unsupported)) throw error;
    }
  }
  return stringify(value, OPTIONS);
}
