import { describe, expect, it } from 'vitest';
import { compareText } from '../../src/review/compare-text.js';

const english = new Intl.Collator('en');
const sign = (n: number): number => Math.sign(n);

/** A deterministic stream of numbers in [0, 1). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('compareText', () => {
  it('orders exactly as the English collation does, for text of any kind', () => {
    const words = [
      'src/a.ts', 'src/A.ts', 'src/a-b.ts', 'src/a_b.ts', 'src/a.b.ts', 'src/a/b.ts', 'src/ab.ts', 'src/a1.ts', 'src/a10.ts', 'src/a2.ts',
      'layer-direction', 'Layer', 'layers', '', ' ', 'ä', 'a', 'z', 'Z', 'é', 'e', 'ß', 'ss', '日本', '🙂', 'x\u0000y', 'x\ty', 'routes', 'routes/', 'routes-x',
      'Ab', 'aB', 'AB', 'ab', 'abc', 'ABC', 'aBc', 'src/Api.ts', 'src/api.ts', 'src/api-v2.ts', 'src/éclair.ts', 'src/eclair.ts',
    ];
    for (const a of words) for (const b of words) expect(sign(compareText(a, b)), `${JSON.stringify(a)} vs ${JSON.stringify(b)}`).toBe(sign(english.compare(a, b)));
  });

  it('orders every pair of printable ASCII characters, and of two-character texts, as the collation does', () => {
    const chars = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));
    for (const a of chars) for (const b of chars) expect(sign(compareText(a, b)), `${a} vs ${b}`).toBe(sign(english.compare(a, b)));
    const some = ' _-./0189aAbBzZ@$~'.split('');
    const pairs = some.flatMap((x) => some.map((y) => x + y));
    for (const a of pairs) for (const b of pairs) expect(sign(compareText(a, b)), `${a} vs ${b}`).toBe(sign(english.compare(a, b)));
  });

  it('orders random paths and identifiers as the collation does', () => {
    const next = random(7);
    const alphabet = 'aAbBcCzZ09_-./ @';
    const text = (): string => Array.from({ length: Math.floor(next() * 12) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    for (let i = 0; i < 20_000; i++) {
      const a = text();
      // Half the pairs share a prefix, so later characters and case decide.
      const b = next() < 0.5 ? a.slice(0, Math.floor(next() * a.length)) + text() : text();
      expect(sign(compareText(a, b)), `${JSON.stringify(a)} vs ${JSON.stringify(b)}`).toBe(sign(english.compare(a, b)));
    }
  });
});
