import { CORE_SCHEMA, load, type State } from 'js-yaml';

/**
 * A YAML document read by js-yaml (about ten times faster than building `yaml`'s node tree) with
 * the source offset of every map key, map value and sequence item, taken from js-yaml's parse
 * events. It covers what briefs are written in: block and flow maps and sequences, plain, quoted
 * and block scalars, comments. Anything else (anchors, aliases, tags, directives, several
 * documents, integer-like or duplicate keys, a scalar js-yaml and `yaml` could read differently)
 * gives `undefined`, and the caller reads the text with `yaml` instead, so a document read here
 * always holds the same values and offsets as `yaml`'s would.
 */
export interface PositionedYaml {
  readonly value: unknown;
  /** The offset of a map's key and of its value (when the value has a node of its own). */
  keyOffsets(map: object): ReadonlyMap<string, { readonly key: number; readonly value: number | undefined }> | undefined;
  /** The offset of a sequence's first item indicator (or `[`) and of each item. */
  seqOffsets(seq: readonly unknown[]): { readonly start: number; readonly items: readonly number[] } | undefined;
  /** The offset of the document's top node. */
  readonly rootOffset: number;
}

/** One call of js-yaml's node composer: where it began reading, what it read and its nested calls. */
interface Frame {
  readonly open: number;
  /** Where it stopped reading. */
  end: number;
  kind: string | null;
  result: unknown;
  readonly children: Frame[];
}

/** Thrown inside the reader when the text leaves the covered subset. */
class NotCovered extends Error {}

/**
 * Properties, aliases, directives, document markers, tabs, and a comment sign right after a closing
 * bracket or quote (js-yaml reads it as a comment, YAML 1.2 and `yaml` as an error): read by `yaml`.
 */
const UNCOVERED_SYNTAX = /(?:^|[\s[{,])[&*!][^\s]|^%|^---|^\.\.\.|\t|[\]}"']#/m;
/** Plain scalars `yaml`'s core schema reads as a number, boolean or null (YAML 1.2 core). */
const CORE_NON_STRING = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|true|True|TRUE|false|False|FALSE|null|Null|NULL|~)$/;

/** The offset of the first character at or after `at` that is not a space, line break or comment. */
function skipSeparation(text: string, at: number): number {
  let i = at;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13) i += 1;
    else if (c === 35) {
      const nl = text.indexOf('\n', i);
      if (nl < 0) return text.length;
      i = nl + 1;
    } else return i;
  }
}

/** The value `yaml`'s core schema gives a plain scalar that is not a string. */
function coreScalar(token: string): unknown {
  if (!CORE_NON_STRING.test(token)) return token;
  if (/^(?:null|Null|NULL|~)$/.test(token)) return null;
  if (/^(?:true|True|TRUE)$/.test(token)) return true;
  if (/^(?:false|False|FALSE)$/.test(token)) return false;
  if (token.startsWith('0o')) return parseInt(token.slice(2), 8);
  if (token.startsWith('0x')) return parseInt(token.slice(2), 16);
  if (/inf|Inf|INF/.test(token)) return token.startsWith('-') ? -Infinity : Infinity;
  if (/nan|NaN|NAN/.test(token)) return NaN;
  return Number(token);
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b));
}

function isCollection(v: unknown): v is object {
  return v !== null && typeof v === 'object';
}

class Indexer {
  readonly maps = new Map<object, Map<string, { key: number; value: number | undefined }>>();
  readonly seqs = new Map<object, { start: number; items: number[] }>();

  constructor(private readonly text: string) {}

  start(frame: Frame): number {
    return skipSeparation(this.text, frame.open);
  }

  /** The frame that actually read a node: js-yaml tries a block map first and may read the node as its would-be key. */
  unwrap(frame: Frame): Frame {
    let f = frame;
    for (;;) {
      const inner = f.children.filter((c) => c.kind !== null);
      if (inner.length !== 1 || inner[0]!.kind !== f.kind || !sameValue(inner[0]!.result, f.result)) return f;
      f = inner[0]!;
    }
  }

  node(frame: Frame): void {
    const f = this.unwrap(frame);
    this.singleLine(f);
    if (f.kind === 'mapping') this.map(f);
    else if (f.kind === 'sequence') this.seq(f);
    else if (f.kind === 'scalar') this.scalar(f);
    else throw new NotCovered();
  }

  /**
   * Flow collections and quoted or plain scalars must sit on one line: js-yaml accepts continuation
   * lines that `yaml` rejects as under-indented. Block scalars (`|`, `>`) and block collections may span lines.
   */
  singleLine(f: Frame): void {
    const start = this.start(f);
    const c = this.text.charCodeAt(start);
    const block = f.kind === 'scalar' ? c === 124 || c === 62 : c !== 91 && c !== 123;
    if (block) return;
    const nl = this.text.indexOf('\n', start);
    if (nl >= 0 && nl < f.end) throw new NotCovered();
  }

  /** A scalar must have the value `yaml`'s core schema gives it. */
  scalar(f: Frame): void {
    if (f.children.some((c) => c.kind !== null)) throw new NotCovered();
    this.singleLine(f);
    const start = this.start(f);
    const c = this.text.charCodeAt(start);
    if (c === 34 || c === 39 || c === 124 || c === 62) {
      // Quoted or block scalar: always a string.
      if (typeof f.result !== 'string') throw new NotCovered();
      return;
    }
    if (typeof f.result === 'string') {
      if (CORE_NON_STRING.test(f.result)) throw new NotCovered();
      return;
    }
    const token = /^[^\s,:\]}#]*/.exec(this.text.slice(start, start + 64))![0];
    if (!sameValue(coreScalar(token), f.result)) throw new NotCovered();
  }

  /** Pairs the frames of a map's keys and values in document order (a JavaScript object may order its keys otherwise). */
  map(f: Frame): void {
    const obj = f.result as Record<string, unknown>;
    const children = f.children.filter((c) => c.kind !== null);
    // A key that reads as null would be indistinguishable from a key's null value.
    if (Object.hasOwn(obj, 'null') || Object.hasOwn(obj, '__proto__')) throw new NotCovered();
    const offsets = new Map<string, { key: number; value: number | undefined }>();
    let c = 0;
    while (c < children.length) {
      const kf = children[c++]!;
      if (kf.kind !== 'scalar' || kf.result === null || typeof kf.result === 'object') throw new NotCovered();
      const key = String(kf.result);
      if (offsets.has(key) || !Object.hasOwn(obj, key)) throw new NotCovered();
      this.scalar(kf);
      const v = obj[key];
      const next = children[c];
      let value: number | undefined;
      if (next && (isCollection(v) ? next.result === v : next.kind === 'scalar' && sameValue(next.result, v))) {
        // A null value may have no node (`key:`); the next frame is then the next key, never null itself.
        c += 1;
        value = this.start(this.unwrap(next));
        this.node(next);
      } else if (v !== null) throw new NotCovered();
      offsets.set(key, { key: this.start(kf), value });
    }
    if (offsets.size !== Object.keys(obj).length) throw new NotCovered();
    this.maps.set(obj, offsets);
  }

  seq(f: Frame): void {
    const arr = f.result as unknown[];
    const children = f.children.filter((c) => c.kind !== null);
    if (children.length !== arr.length) throw new NotCovered(); // an empty item (`-` alone) has no frame
    const items: number[] = [];
    arr.forEach((item, i) => {
      const child = children[i]!;
      if (!sameValue(child.result, item)) throw new NotCovered();
      items.push(this.start(this.unwrap(child)));
      this.node(child);
    });
    this.seqs.set(arr, { start: this.start(f), items });
  }
}

/** Reads `text` with offsets, or `undefined` when it is outside the subset read here (see PositionedYaml). */
export function readPositionedYaml(text: string): PositionedYaml | undefined {
  // js-yaml drops a byte order mark before reading, which would shift every offset by one.
  if (text.charCodeAt(0) === 0xfeff || UNCOVERED_SYNTAX.test(text)) return undefined;
  const stack: Frame[] = [];
  const roots: Frame[] = [];
  let value: unknown;
  try {
    value = load(text, {
      schema: CORE_SCHEMA,
      listener(event: 'open' | 'close', state: State) {
        if (event === 'open') {
          stack.push({ open: state.position, end: state.position, kind: null, result: undefined, children: [] });
          return;
        }
        const frame = stack.pop()!;
        frame.end = state.position;
        frame.kind = state.kind;
        frame.result = state.result;
        (stack.length > 0 ? stack[stack.length - 1]!.children : roots).push(frame);
      },
    });
  } catch {
    return undefined; // syntax errors and duplicate keys are reported by `yaml`, with its messages
  }
  const root = roots.filter((r) => r.kind !== null);
  if (root.length !== 1 || root[0]!.result !== value) return undefined;
  const indexer = new Indexer(text);
  try {
    indexer.node(root[0]!);
  } catch (error) {
    if (error instanceof NotCovered) return undefined;
    throw error;
  }
  const rootOffset = indexer.start(indexer.unwrap(root[0]!));
  return {
    value,
    rootOffset,
    keyOffsets: (map) => indexer.maps.get(map),
    seqOffsets: (seq) => indexer.seqs.get(seq),
  };
}
