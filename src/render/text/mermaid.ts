/**
 * Mermaid-safe identifiers and labels. Node ids are derived from model ids and always prefixed,
 * so no id can collide with a keyword (`end`, `graph`, `subgraph`); labels are quoted and every
 * character that could end the quote or open markup is written as a Mermaid entity code.
 */
export function mermaidId(id: string): string {
  return `n_${id.replace(/[^A-Za-z0-9_]/g, '_')}`;
}

const ENTITIES: Readonly<Record<string, string>> = {
  '#': '#35;',
  '"': '#quot;',
  '<': '#lt;',
  '>': '#gt;',
  '`': '#96;',
  '&': '#amp;',
  '{': '#123;',
  '}': '#125;',
  '|': '#124;',
};

export function mermaidText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[#"<>`&{}|]/g, (c) => ENTITIES[c] ?? c);
}

/** A quoted label: `"Name<br/>[Technology]"`. */
export function mermaidLabel(...lines: readonly string[]): string {
  return `"${lines.filter((l) => l.length > 0).map(mermaidText).join('<br/>')}"`;
}

/** A fenced Mermaid block. */
export function mermaidBlock(lines: readonly string[]): string {
  return ['```mermaid', ...lines, '```'].join('\n');
}
