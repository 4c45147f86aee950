import { useContext, useEffect, useId, useState } from 'react';
import { DiagramContext } from './diagram-context.js';

type State = { kind: 'loading' } | { kind: 'drawn'; svg: string } | { kind: 'failed'; reason: string };

/** One diagram: drawn as SVG, or its source shown readably with the reason it could not be drawn. */
export function MermaidDiagram({ source }: { readonly source: string }) {
  const render = useContext(DiagramContext);
  const id = `diagram-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    setState({ kind: 'loading' });
    render(id, source).then(
      (svg) => live && setState({ kind: 'drawn', svg }),
      (error: unknown) => live && setState({ kind: 'failed', reason: reasonOf(error) }),
    );
    return () => {
      live = false;
    };
  }, [render, id, source]);

  if (state.kind === 'drawn') {
    return <figure className="diagram" role="img" aria-label={titleOf(source)} dangerouslySetInnerHTML={{ __html: state.svg }} />;
  }
  if (state.kind === 'failed') {
    return (
      <figure className="diagram diagram-failed">
        <figcaption role="note">This diagram could not be drawn ({state.reason}). Its source:</figcaption>
        <pre>
          <code>{source}</code>
        </pre>
      </figure>
    );
  }
  return (
    <figure className="diagram diagram-loading" aria-busy="true">
      <figcaption>Drawing diagram…</figcaption>
      <pre aria-hidden="true">
        <code>{source}</code>
      </pre>
    </figure>
  );
}

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const first = message.split('\n').find((line) => line.trim().length > 0) ?? 'unknown error';
  return first.length > 160 ? `${first.slice(0, 157)}…` : first;
}

function titleOf(source: string): string {
  const title = /^\s*title\s*:?\s*(.+)$/m.exec(source)?.[1]?.trim();
  const kind = source.trim().split(/\s/)[0] ?? 'diagram';
  return title ? `Diagram: ${title}` : `Diagram (${kind})`;
}
