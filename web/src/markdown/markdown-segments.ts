import { Marked, type Tokens } from 'marked';

export type MarkdownSegment =
  | { readonly kind: 'html'; readonly html: string }
  | { readonly kind: 'mermaid'; readonly source: string };

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const safeHref = (href: string): string | null => {
  const trimmed = href.trim();
  if (/^(https?:|mailto:|#|\/|\.{0,2}\/)/i.test(trimmed) || !/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return trimmed;
  return null;
};

/** Headings get stable anchors so a section can be linked: "## Data model" → #data-model. */
export const slugify = (text: string): string =>
  text
    .toLowerCase()
    .replace(/<[^>]*>/g, '')
    .replace(/[^a-z0-9\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-');

// Documents may be edited by hand: raw HTML is shown as text, and only safe link targets are kept.
const marked = new Marked({
  gfm: true,
  renderer: {
    html(token: Tokens.HTML | Tokens.Tag) {
      return escapeHtml(token.text);
    },
    link(token: Tokens.Link) {
      const text = this.parser.parseInline(token.tokens);
      const href = safeHref(token.href);
      if (href === null) return text;
      const title = token.title ? ` title="${escapeHtml(token.title)}"` : '';
      return `<a href="${escapeHtml(href)}"${title}>${text}</a>`;
    },
    image(token: Tokens.Image) {
      return escapeHtml(token.text);
    },
    heading(token: Tokens.Heading) {
      const text = this.parser.parseInline(token.tokens);
      return `<h${token.depth} id="${slugify(token.text)}">${text}</h${token.depth}>\n`;
    },
  },
});

/**
 * Splits a Markdown document into HTML runs and Mermaid diagrams, in document order.
 * @example markdownSegments('# A\n\n```mermaid\ngraph TD; a-->b\n```\n')
 * // [{ kind: 'html', html: '<h1 id="a">A</h1>\n' }, { kind: 'mermaid', source: 'graph TD; a-->b' }]
 */
export function markdownSegments(markdown: string): MarkdownSegment[] {
  const tokens = marked.lexer(markdown);
  const segments: MarkdownSegment[] = [];
  let run: typeof tokens = Object.assign([], { links: tokens.links });
  const flush = () => {
    if (run.length === 0) return;
    segments.push({ kind: 'html', html: marked.parser(run) });
    run = Object.assign([], { links: tokens.links });
  };
  for (const token of tokens) {
    if (token.type === 'code' && (token as Tokens.Code).lang?.trim().toLowerCase() === 'mermaid') {
      flush();
      segments.push({ kind: 'mermaid', source: (token as Tokens.Code).text });
    } else {
      run.push(token);
    }
  }
  flush();
  return segments;
}
