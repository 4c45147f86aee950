import { describe, expect, it } from 'vitest';
import { markdownSegments, slugify } from '../../web/src/markdown/markdown-segments.js';

describe('Markdown documents', () => {
  it('splits Mermaid blocks out of the document, in order', () => {
    const segments = markdownSegments('# Context\n\nText.\n\n```mermaid\ngraph TD\n  a-->b\n```\n\n## After\n');
    expect(segments.map((s) => s.kind)).toEqual(['html', 'mermaid', 'html']);
    expect(segments[1]).toEqual({ kind: 'mermaid', source: 'graph TD\n  a-->b' });
    expect(segments[0]).toMatchObject({ kind: 'html', html: expect.stringContaining('<h1 id="context">Context</h1>') });
  });

  it('keeps other code blocks as code', () => {
    const segments = markdownSegments('```sql\nselect 1;\n```\n');
    expect(segments).toHaveLength(1);
    expect(segments[0]).toMatchObject({ kind: 'html', html: expect.stringContaining('<code class="language-sql">') });
  });

  it('renders tables and reference links from anywhere in the document', () => {
    const [segment] = markdownSegments('| a | b |\n|---|---|\n| 1 | 2 |\n\nSee [spec][s].\n\n[s]: https://example.com/spec\n');
    expect(segment).toMatchObject({ html: expect.stringContaining('<td>1</td>') });
    expect(segment).toMatchObject({ html: expect.stringContaining('href="https://example.com/spec"') });
  });

  it('shows raw HTML as text and drops script links', () => {
    const [segment] = markdownSegments('<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror=alert(1)>\n');
    const html = segment?.kind === 'html' ? segment.html : '';
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('&lt;script&gt;');
  });

  it('gives headings stable anchors', () => {
    expect(slugify('C4 — Container view (L2)')).toBe('c4-container-view-l2');
  });
});
