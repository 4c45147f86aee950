import { describe, expect, it } from 'vitest';
import { stableJson } from '../../src/render/text/stable-json.js';

describe('stableJson', () => {
  it('sorts keys at every level, leaves array order alone, drops undefined and ends with a newline', () => {
    const value = { b: 1, a: [3, { d: 'x', c: null }], skipped: undefined, e: {}, f: [] };
    expect(stableJson(value)).toBe('{\n  "a": [\n    3,\n    {\n      "c": null,\n      "d": "x"\n    }\n  ],\n  "b": 1,\n  "e": {},\n  "f": []\n}\n');
  });

  it('writes the same text for the same data built in any key order', () => {
    const one = { system: { name: 'A', id: 'a' }, files: [{ size: 2, path: 'x' }] };
    const other = { files: [{ path: 'x', size: 2 }], system: { id: 'a', name: 'A' } };
    expect(stableJson(one)).toBe(stableJson(other));
  });
});
