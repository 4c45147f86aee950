/** Turns Mermaid source into SVG markup; rejects when the diagram cannot be drawn. */
export type DiagramRenderer = (id: string, source: string) => Promise<string>;

type MermaidApi = (typeof import('mermaid'))['default'];
let loading: Promise<MermaidApi> | null = null;
let queue: Promise<unknown> = Promise.resolve();

function loadMermaid(): Promise<MermaidApi> {
  loading ??= import('mermaid').then(({ default: mermaid }) => {
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'neutral', fontFamily: 'inherit' });
    return mermaid;
  });
  return loading;
}

/**
 * Renders with Mermaid, loaded on first use in its own chunk. Renders run one at a time:
 * Mermaid keeps global state while it lays out a diagram.
 */
export const renderMermaid: DiagramRenderer = (id, source) => {
  const next = queue.then(async () => {
    const mermaid = await loadMermaid();
    try {
      await mermaid.parse(source);
      const { svg } = await mermaid.render(id, source);
      return svg;
    } finally {
      document.getElementById(`d${id}`)?.remove();
    }
  });
  queue = next.catch(() => undefined);
  return next;
};
