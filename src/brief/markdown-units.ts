import type { Heading, List, ListItem, Nodes, Root, Table } from 'mdast';
import type { SourceRef } from '../model/source.js';
import { parseMarkdown } from '../ingest/markdown-parser.js';

/** What a heading says its section holds. Extraction reads every section; some facts only from some. */
export type SectionKind = 'intro' | 'personas' | 'requirements' | 'nfr' | 'data' | 'constraints' | 'other';

/** One readable piece of a Markdown document: a heading, a paragraph, a list item or a table row, as plain text. */
export interface TextUnit {
  readonly file: string;
  readonly kind: 'heading' | 'paragraph' | 'item' | 'row';
  readonly section: SectionKind;
  readonly heading: string;
  readonly depth: number;
  /** Plain text: markup removed, lines joined with single spaces. */
  readonly text: string;
  /** The first line as written (markup kept), for `**Name**: …` forms. */
  readonly raw: string;
  /** 1-based source line where each joined line starts in `text`. */
  readonly lines: readonly { readonly line: number; readonly start: number }[];
  /** Table rows: each cell with its column header. */
  readonly cells?: readonly { readonly header: string; readonly value: string }[];
}

const SECTION_PATTERNS: ReadonlyArray<[SectionKind, RegExp]> = [
  ['nfr', /non[- ]?functional|quality|\bnfrs?\b|service levels?|\bslas?\b|performance|scal(e|ability)|capacity|volumes?|\bload\b|security|availability|compliance/i],
  ['requirements', /requirements|user stories|features|use cases|capabilities|functionality/i],
  ['personas', /\b(users?|personas?|actors?|roles|stakeholders|audience|customers)\b|who uses/i],
  ['data', /^(the )?(data|entities|data model|domain|domain model|data entities|main entities|objects|records)\b/i],
  ['constraints', /constraints|technolog|tech stack|\bstack\b|technical|platform|infrastructure|deployment|hosting|team|budget|assumptions/i],
];

export function sectionKind(heading: string): SectionKind {
  const found = SECTION_PATTERNS.find(([, re]) => re.test(heading));
  return found ? found[0] : 'other';
}

/** Removes inline Markdown: emphasis, code ticks, links, HTML tags, escapes. */
export function stripInline(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<[^>\n]{1,200}>/g, '')
    .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*\n]*?\S)\*(?!\w)/g, '$1$2')
    .replace(/(^|\W)_(?=\S)([^_\n]*?\S)_(?!\w)/g, '$1$2')
    .replace(/`([^`\n]*)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1');
}

export function sourceAt(unit: TextUnit, index = 0): SourceRef {
  let line = unit.lines[0]?.line ?? 1;
  for (const l of unit.lines) if (l.start <= index) line = l.line;
  return { file: unit.file, line, text: unit.text };
}

interface Walk {
  readonly file: string;
  readonly source: string;
  readonly units: TextUnit[];
  section: SectionKind;
  heading: string;
}

function sliceLines(walk: Walk, node: Nodes): { text: string; raw: string; lines: { line: number; start: number }[] } {
  const start = node.position?.start;
  const end = node.position?.end;
  if (!start || !end || start.offset === undefined || end.offset === undefined) return { text: '', raw: '', lines: [] };
  const rawLines = walk.source.slice(start.offset, end.offset).split('\n');
  const lines: { line: number; start: number }[] = [];
  let text = '';
  rawLines.forEach((rawLine, i) => {
    const plain = stripInline(rawLine.replace(/^\s*>\s?/, '').trim());
    if (plain === '') return;
    if (text !== '') text += ' ';
    lines.push({ line: start.line + i, start: text.length });
    text += plain;
  });
  return { text: text.replace(/\s+/g, ' '), raw: (rawLines[0] ?? '').trim(), lines };
}

function push(walk: Walk, kind: TextUnit['kind'], node: Nodes, depth: number): void {
  const { text, raw, lines } = sliceLines(walk, node);
  if (text === '') return;
  walk.units.push({ file: walk.file, kind, section: walk.section, heading: walk.heading, depth, text, raw, lines });
}

function visitList(walk: Walk, list: List, depth: number): void {
  for (const item of list.children as ListItem[]) {
    for (const child of item.children) {
      if (child.type === 'list') visitList(walk, child, depth + 1);
      else if (child.type === 'paragraph' || child.type === 'heading') push(walk, 'item', child, depth);
      else if (child.type === 'table') visitTable(walk, child);
    }
  }
}

function visitTable(walk: Walk, table: Table): void {
  const [head, ...rows] = table.children;
  if (!head) return;
  const headers = head.children.map((c) => sliceLines(walk, c).text.replace(/^\|?\s*|\s*\|?$/g, ''));
  for (const row of rows) {
    const cells = row.children.map((c, i) => ({ header: headers[i] ?? '', value: sliceLines(walk, c).text.replace(/^\|?\s*|\s*\|?$/g, '') }));
    const filled = cells.filter((c) => c.value !== '');
    if (filled.length === 0) continue;
    const text =
      cells.length === 2 ? `${cells[0]!.value}: ${cells[1]!.value}` : filled.map((c) => (c.header ? `${c.header}: ${c.value}` : c.value)).join('; ');
    const line = row.position?.start.line ?? 1;
    walk.units.push({ file: walk.file, kind: 'row', section: walk.section, heading: walk.heading, depth: 0, text, raw: text, lines: [{ line, start: 0 }], cells });
  }
}

function visit(walk: Walk, node: Nodes): void {
  switch (node.type) {
    case 'heading': {
      const { text } = sliceLines(walk, node as Heading);
      const title = text.replace(/^#+\s*|\s*#+$/g, '');
      walk.heading = title;
      walk.section = (node as Heading).depth === 1 ? 'intro' : sectionKind(title);
      walk.units.push({ file: walk.file, kind: 'heading', section: walk.section, heading: title, depth: (node as Heading).depth, text: title, raw: title, lines: [{ line: node.position?.start.line ?? 1, start: 0 }] });
      return;
    }
    case 'paragraph':
      push(walk, 'paragraph', node, 0);
      return;
    case 'list':
      visitList(walk, node, 0);
      return;
    case 'table':
      visitTable(walk, node);
      return;
    case 'blockquote':
      for (const child of node.children) visit(walk, child);
      return;
    default:
      return; // code blocks belong to draft ingestion; HTML and thematic breaks carry no facts
  }
}

/** Parses Markdown (CommonMark + GFM tables) into text units with their section and source lines. Call `loadMarkdownParser()` first. */
export function markdownUnits(file: string, source: string): TextUnit[] {
  const tree: Root = parseMarkdown(source);
  const walk: Walk = { file, source, units: [], section: 'intro', heading: '' };
  for (const node of tree.children) visit(walk, node);
  return walk.units;
}

/** Sentence-like pieces of a unit (split at `;` and at `. ` before a capital), with their offsets. */
export function clauses(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const re = /;\s+|\.\s+(?=[A-Z(])|\.$/g;
  let start = 0;
  for (const m of text.matchAll(re)) {
    const piece = text.slice(start, m.index);
    if (piece.trim()) out.push({ text: piece, start });
    start = m.index + m[0].length;
  }
  if (text.slice(start).trim()) out.push({ text: text.slice(start), start });
  return out;
}
