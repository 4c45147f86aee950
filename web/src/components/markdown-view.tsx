import { useMemo } from 'react';
import { markdownSegments } from '../markdown/markdown-segments.js';
import { MermaidDiagram } from './mermaid-diagram.js';

/** A rendered Markdown document; Mermaid blocks become diagrams. */
export function MarkdownView({ markdown }: { readonly markdown: string }) {
  const segments = useMemo(() => markdownSegments(markdown), [markdown]);
  return (
    <div className="markdown">
      {segments.map((segment, index) =>
        segment.kind === 'mermaid' ? (
          <MermaidDiagram key={`m${index}`} source={segment.source} />
        ) : (
          <div key={`h${index}`} dangerouslySetInnerHTML={{ __html: segment.html }} />
        ),
      )}
    </div>
  );
}
