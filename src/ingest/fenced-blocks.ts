import { parseMarkdown } from './markdown-parser.js';

/** A fenced code block of a Markdown document: its language tag, its text, and the 1-based line its text starts on. */
export interface FencedBlock {
  readonly lang: string;
  readonly text: string;
  readonly firstLine: number;
}

interface MdNode {
  readonly type: string;
  readonly lang?: string | null;
  readonly value?: string;
  readonly position?: { readonly start: { readonly line: number } };
  readonly children?: readonly MdNode[];
}

/** Every fenced code block of a Markdown text, in document order. Call `loadMarkdownParser()` first. */
export function fencedBlocks(markdown: string): FencedBlock[] {
  const tree = parseMarkdown(markdown) as MdNode;
  const out: FencedBlock[] = [];
  const visit = (node: MdNode): void => {
    if (node.type === 'code' && node.position) {
      out.push({ lang: (node.lang ?? '').toLowerCase(), text: node.value ?? '', firstLine: node.position.start.line + 1 });
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return out;
}
