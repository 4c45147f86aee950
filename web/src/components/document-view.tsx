import { MarkdownView } from './markdown-view.js';
import { MermaidDiagram } from './mermaid-diagram.js';

/** Any package file: Markdown rendered, a Mermaid file drawn, anything else (SQL, YAML, DSL, JSON) as code. */
export function DocumentView({ path, content }: { readonly path: string; readonly content: string }) {
  if (/\.(md|markdown)$/i.test(path)) return <MarkdownView markdown={content} />;
  if (/\.(mmd|mermaid)$/i.test(path)) {
    return (
      <div className="markdown">
        <MermaidDiagram source={content} />
      </div>
    );
  }
  return (
    <div className="markdown">
      <pre tabIndex={0} aria-label={`Source of ${path}`}>
        <code>{content}</code>
      </pre>
    </div>
  );
}
