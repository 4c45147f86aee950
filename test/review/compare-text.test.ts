import { describe, expect, it } from 'vitest';
import { compareText } from '../../src/review/compare-text.js';

describe('compareText', () => {
  it('orders exactly as localeCompare does', () => {
    const words = [
      'src/a.ts', 'src/A.ts', 'src/a-b.ts', 'src/a_b.ts', 'src/a.b.ts', 'src/a/b.ts', 'src/ab.ts', 'src/a1.ts', 'src/a10.ts', 'src/a2.ts',
      'layer-direction', 'Layer', 'layers', '', ' ', 'ä', 'a', 'z', 'Z', 'é', 'e', 'ß', 'ss', '日本', '🙂', 'x\u0000y', 'routes', 'routes/', 'routes-x',
    ];
    for (const a of words) for (const b of words) expect(Math.sign(compareText(a, b))).toBe(Math.sign(a.localeCompare(b)));
  });
});
