import { describe, expect, it } from 'vitest';
import { stableJson } from '../../src/render/text/stable-json.js';

/** The definition: sort keys at every level by copying, then JSON.stringify. */
function reference(value: unknown): string {
  const sortKeys = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sortKeys);
    if (v !== null && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(v).sort()) {
        const x = (v as Record<string, unknown>)[key];
        if (x !== undefined) out[key] = sortKeys(x);
      }
      return out;
    }
    return v;
  };
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

describe('stableJson', () => {
  const values: unknown[] = [
    { b: 1, a: [3, { d: 'x', c: null }], e: {}, f: [] },
    { '10': 'ten', '9': 'nine', '200': { '404': 1, '201': 2, x: 3 }, a: 'letters after indices', '-1': 'not an index', '01': 'nor this' },
    { skipped: undefined, fn: () => 1, kept: 'yes', list: [undefined, () => 2, Symbol('s'), NaN, -0, 1e21, Infinity] },
    { text: 'quotes " and \\ and \n newlines, \u2028 and emoji 🚀', ['ключ']: 'unicode key' },
    [],
    {},
    'top-level string',
    42,
    null,
    [[[]], [{}], [{ z: 1, y: [2] }]],
    { date: new Date(0), nested: { deeper: { deepest: [true, false] } } },
  ];
  it.each(values.map((v, i) => [i, v] as const))('value %i is written exactly as sorting a copy and JSON.stringify would', (_i, value) => {
    expect(stableJson(value)).toBe(reference(value));
  });
});
