import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

/** A YAML/JSON text parsed with positions, so a JSON path can be mapped back to a line. */
export interface LocatedDocument {
  readonly doc: Document;
  readonly lines: LineCounter;
  /** Line of the document's first character inside its file (for fenced blocks in Markdown). */
  readonly firstLine: number;
}

export function parseLocated(text: string, firstLine = 1): LocatedDocument {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false, prettyErrors: false });
  return { doc, lines, firstLine };
}

function lineOfOffset(located: LocatedDocument, offset: number): number {
  return located.firstLine + located.lines.linePos(offset).line - 1;
}

/** 1-based file line of the key at `path` (e.g. `['paths', '/items', 'get']`); the closest ancestor found otherwise. */
export function lineOfPath(located: LocatedDocument, path: readonly (string | number)[]): number {
  let node: unknown = located.doc.contents;
  let offset = 0;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      offset = (isScalar(pair.key) ? pair.key.range?.[0] : undefined) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      offset = (item as { range?: [number] } | undefined)?.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  return lineOfOffset(located, offset);
}

/** 1-based file line of the first `$ref: <target>`; undefined when absent. */
export function lineOfRef(located: LocatedDocument, target: string): number | undefined {
  let found: number | undefined;
  const visit = (node: unknown): void => {
    if (found !== undefined) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isScalar(pair.key) && pair.key.value === '$ref' && isScalar(pair.value) && pair.value.value === target) {
          found = lineOfOffset(located, pair.key.range?.[0] ?? 0);
          return;
        }
        visit(pair.value);
      }
    } else if (isSeq(node)) node.items.forEach(visit);
  };
  visit(located.doc.contents);
  return found;
}
