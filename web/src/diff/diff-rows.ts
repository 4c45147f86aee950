import { diffLines } from 'diff';

export interface InlineRow {
  readonly kind: 'same' | 'added' | 'removed';
  readonly oldLine: number | null;
  readonly newLine: number | null;
  readonly text: string;
}

export interface SideRow {
  readonly left: { readonly line: number; readonly text: string; readonly changed: boolean } | null;
  readonly right: { readonly line: number; readonly text: string; readonly changed: boolean } | null;
}

const splitLines = (value: string): string[] => {
  const lines = value.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
};

/**
 * The line-by-line difference between two texts, numbered on both sides.
 * @example inlineRows('a\nb\n', 'a\nc\n')
 * // [same 1/1 'a', removed 2/- 'b', added -/2 'c']
 */
export function inlineRows(before: string, after: string): InlineRow[] {
  const rows: InlineRow[] = [];
  let oldLine = 1;
  let newLine = 1;
  for (const change of diffLines(before, after)) {
    for (const text of splitLines(change.value)) {
      if (change.added) rows.push({ kind: 'added', oldLine: null, newLine: newLine++, text });
      else if (change.removed) rows.push({ kind: 'removed', oldLine: oldLine++, newLine: null, text });
      else rows.push({ kind: 'same', oldLine: oldLine++, newLine: newLine++, text });
    }
  }
  return rows;
}

/** The same difference laid out in two columns: removed lines face the lines that replaced them. */
export function sideBySideRows(before: string, after: string): SideRow[] {
  const rows: SideRow[] = [];
  const inline = inlineRows(before, after);
  let index = 0;
  while (index < inline.length) {
    const row = inline[index]!;
    if (row.kind === 'same') {
      rows.push({
        left: { line: row.oldLine!, text: row.text, changed: false },
        right: { line: row.newLine!, text: row.text, changed: false },
      });
      index++;
      continue;
    }
    const removed: InlineRow[] = [];
    const added: InlineRow[] = [];
    while (index < inline.length && inline[index]!.kind === 'removed') removed.push(inline[index++]!);
    while (index < inline.length && inline[index]!.kind === 'added') added.push(inline[index++]!);
    for (let i = 0; i < Math.max(removed.length, added.length); i++) {
      const left = removed[i];
      const right = added[i];
      rows.push({
        left: left ? { line: left.oldLine!, text: left.text, changed: true } : null,
        right: right ? { line: right.newLine!, text: right.text, changed: true } : null,
      });
    }
  }
  return rows;
}

/** How many lines were added and removed. */
export function diffStats(rows: readonly InlineRow[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const row of rows) {
    if (row.kind === 'added') added++;
    else if (row.kind === 'removed') removed++;
  }
  return { added, removed };
}
