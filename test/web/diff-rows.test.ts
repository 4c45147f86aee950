import { describe, expect, it } from 'vitest';
import { diffStats, inlineRows, sideBySideRows } from '../../web/src/diff/diff-rows.js';

describe('version diffs', () => {
  const before = '# Plan\nuse MySQL\nkeep\nold tail\n';
  const after = '# Plan\nuse PostgreSQL\nkeep\n';

  it('numbers each line on the side it belongs to', () => {
    expect(inlineRows(before, after)).toEqual([
      { kind: 'same', oldLine: 1, newLine: 1, text: '# Plan' },
      { kind: 'removed', oldLine: 2, newLine: null, text: 'use MySQL' },
      { kind: 'added', oldLine: null, newLine: 2, text: 'use PostgreSQL' },
      { kind: 'same', oldLine: 3, newLine: 3, text: 'keep' },
      { kind: 'removed', oldLine: 4, newLine: null, text: 'old tail' },
    ]);
  });

  it('puts a replaced line beside its replacement and leaves a gap for a deletion', () => {
    const rows = sideBySideRows(before, after);
    expect(rows[1]).toEqual({
      left: { line: 2, text: 'use MySQL', changed: true },
      right: { line: 2, text: 'use PostgreSQL', changed: true },
    });
    expect(rows[3]).toEqual({ left: { line: 4, text: 'old tail', changed: true }, right: null });
    expect(rows).toHaveLength(4);
  });

  it('reports no change between identical versions', () => {
    expect(diffStats(inlineRows(before, before))).toEqual({ added: 0, removed: 0 });
    expect(diffStats(inlineRows(before, after))).toEqual({ added: 1, removed: 2 });
  });
});
