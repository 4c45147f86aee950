import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { yamlText } from '../../src/render/text/yaml-text.js';

const reference = (v: unknown): string => stringify(v, { lineWidth: 0, aliasDuplicateObjects: false });

/** Strings that yaml must quote, fold into block scalars or escape. */
const TRICKY = [
  '', ' ', 'plain', 'two words', 'true', 'False', 'NULL', 'null', '~', 'yes', 'on', '42', '-7', '0x1F', '0o17', '1e5', '.5', '3.', '.inf', '-.Inf', '.nan',
  '- item', '-', '?', '? x', ':', 'a: b', 'a:b', 'key:', 'a #b', '#x', 'a#b', '&anchor', '*alias', '!tag', '|', '>', "'q'", '"q"', "it's", 'say "hi"', `both ' and "`,
  '%YAML', '---', '--- x', '...', 'a\n---\nb', '[x]', '{x}', 'a, b', '@at', '`tick`', ' leading', 'trailing ', 'tab\tinside', '\tlead',
  'line one\nline two', 'ends with newline\n', 'two\n\n', '\n', '\n\nstarts', '  indented\nblock', 'trailing spaces \nnext', 'last line  \n  ',
  'a very long line that goes well beyond eighty characters to check that lineWidth zero never folds anything at all, ever',
  'a long string with an escaped newline in it\\n and a real one\nhere and "quotes" too, longer than forty characters',
  'short "q"\nline', 'control \u0001 char', 'bell \u0007', 'nbsp\u00a0x', 'emoji 😀', 'lone \ud800 surrogate', 'del \u007f', 'x\u2028y',
  'nULL', 'tRUE', 'Yes', 'a;b', 'x (y)', 'a{b}c', "don't", 'a`b`', 'ends with space ', 'a - b', 'a -', 'x_1', 'A.', '$', '/', 'a/b,c', 'Alpha beta.',
  '/paths/{id}/events', '$ref', '#/components/schemas/Thing', 'x-computed', '200', '4XX', 'application/json', 'k'.repeat(1030),
];

function nest(depth: number, leaf: unknown): unknown {
  let v = leaf;
  for (let d = 0; d < depth; d++) v = d % 2 === 0 ? { [`level${d}`]: v, sibling: [v, 'x'] } : [v, { k: v }];
  return v;
}

describe('yamlText writes what yaml writes', () => {
  it('for every tricky string as a value, a key and a list item at several depths', () => {
    for (const s of TRICKY) {
      for (let depth = 0; depth < 4; depth++) {
        for (const v of [{ [s]: s }, [s], { a: [s, { [s]: [s] }] }, { a: { b: s } }]) {
          const value = nest(depth, v);
          expect(yamlText(value), JSON.stringify(value)).toBe(reference(value));
        }
      }
    }
  });

  it('for random strings over the characters that decide quoting', () => {
    const alphabet = ['a', 'Z', '0', '9', ' ', '-', '.', ',', ':', '#', '/', '$', '{', '}', '[', ']', "'", '"', '`', '(', ')', ';', '_', '?', '!', '&', '*', '%', '@', '|', '>', '~', '\t', '\n', 'e', '+', 'x'];
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 3000; n++) {
      let s = '';
      const length = Math.floor(next() * 8);
      for (let i = 0; i < length; i++) s += alphabet[Math.floor(next() * alphabet.length)]!;
      const value = { [s]: [s, { k: s }], v: s };
      expect(yamlText(value), JSON.stringify(s)).toBe(reference(value));
    }
  });

  it('for frozen values shared at several places and depths (laid out once per depth)', () => {
    const shared = Object.freeze({ name: 'id', in: 'path', schema: Object.freeze({ type: 'string', enum: Object.freeze(['a b', 'true', 'line\nbreak']) }) });
    const list = Object.freeze([shared, 'x']);
    const value = { a: shared, b: [shared, { c: shared, d: list }], e: list, f: { g: { h: [list, shared] } }, i: shared };
    expect(yamlText(value)).toBe(reference(value));
  });

  it('for numbers, booleans, nulls, empty and nested collections, undefined members', () => {
    const value = {
      ints: [0, -0, 1, -42, 1e21, 2 ** 53], floats: [0.5, -1.25, 1e-7, Number.NaN, Infinity, -Infinity], flags: [true, false], none: null,
      empty: { list: [], map: {}, onlyUndefined: { a: undefined } }, skipped: undefined, seqOfSeq: [[1, [2, []]], [], [{}]],
      mapsInSeq: [{ a: 1, b: { c: [true] } }, { 'with space': null }], nullProto: Object.assign(Object.create(null) as object, { x: 1 }),
    };
    expect(yamlText(value)).toBe(reference(value));
    expect(yamlText([])).toBe(reference([]));
    expect(yamlText({})).toBe(reference({}));
  });

  it('hands values outside the JSON-like subset to yaml', () => {
    for (const value of ['top-level string', 12, null, { when: new Date(0) }, { m: new Map([['a', 1]]) }, [undefined, 1], { big: 10n }]) {
      expect(yamlText(value)).toBe(reference(value));
    }
  });
});
