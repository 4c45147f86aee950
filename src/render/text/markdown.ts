const NEEDS_ESCAPE = /[\r\n\\|<>]/;

/** Makes user text safe inside a Markdown table cell or a one-line list item. */
export function mdInline(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text.trim();
  return text
    .replace(/\r?\n+/g, ' ')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .trim();
}

/** A GitHub-flavoured Markdown table; every cell is escaped. */
export function mdTable(headers: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const head = `| ${headers.map(mdInline).join(' | ')} |`;
  const rule = `| ${headers.map(() => '---').join(' | ')} |`;
  const body = rows.map((r) => `| ${r.map((c) => mdInline(String(c)) || ' ').join(' | ')} |`);
  return [head, rule, ...body].join('\n');
}

export function bullets(items: readonly string[], empty = '_None._'): string {
  return items.length === 0 ? empty : items.map((i) => `- ${mdInline(i)}`).join('\n');
}

/** A fenced block whose fence is longer than any backtick run inside it. */
export function fenced(lang: string, body: string): string {
  const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${body.endsWith('\n') ? body : `${body}\n`}${fence}`;
}

/** Joins blocks with one blank line and ends the document with a newline. */
export function doc(blocks: readonly (string | false | undefined)[]): string {
  return `${blocks.filter((b): b is string => typeof b === 'string' && b.length > 0).join('\n\n')}\n`;
}
