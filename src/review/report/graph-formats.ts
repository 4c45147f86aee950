import type { ModuleGraph } from '../review-types.js';
import { compareText } from '../compare-text.js';
import { keptRendering, keptRenderingFile } from '../graph/graph-cache.js';

export type GraphFormat = 'mermaid' | 'dot' | 'json';

const id = (path: string, ids: Map<string, string>): string => {
  let v = ids.get(path);
  if (!v) {
    v = `m${ids.size}`;
    ids.set(path, v);
  }
  return v;
};

/**
 * The module dependency graph in Mermaid (grouped by layer), Graphviz DOT or JSON. Deterministic:
 * a review whose graph and layers an earlier run had gets that run's rendering (see graph-cache.ts).
 */
export function renderGraph(graph: ModuleGraph, layerOf: Readonly<Record<string, string>>, format: GraphFormat): string {
  return keptRendering(graph, layerOf, format, () => render(graph, layerOf, format));
}

/**
 * The kept file that holds exactly `renderGraph`'s text (see graph-cache.ts), for a caller that
 * copies files; undefined when the run keeps no renderings.
 */
export function renderedGraphFile(graph: ModuleGraph, layerOf: Readonly<Record<string, string>>, format: GraphFormat): string | undefined {
  return keptRenderingFile(graph, layerOf, format, () => render(graph, layerOf, format));
}

function render(graph: ModuleGraph, layerOf: Readonly<Record<string, string>>, format: GraphFormat): string {
  if (format === 'json') {
    return `${JSON.stringify({ modules: graph.modules.map((m) => ({ path: m, layer: layerOf[m] ?? null })), edges: graph.edges }, null, 2)}\n`;
  }
  const ids = new Map<string, string>();
  for (const m of graph.modules) id(m, ids);
  const groups = new Map<string, string[]>();
  for (const m of graph.modules) (groups.get(layerOf[m] ?? '') ?? groups.set(layerOf[m] ?? '', []).get(layerOf[m] ?? '')!).push(m);
  const sortedGroups = [...groups].sort((a, b) => compareText(a[0], b[0]));
  if (format === 'dot') {
    const lines = ['digraph dependencies {', '  rankdir=LR;', '  node [shape=box, fontname="Helvetica", fontsize=10];'];
    for (const [layer, modules] of sortedGroups) {
      const nodes = modules.map((m) => `${layer ? '    ' : '  '}${id(m, ids)} [label="${m}"];`);
      if (layer) lines.push(`  subgraph cluster_${layer.replace(/\W/g, '_')} {`, `    label="${layer}";`, ...nodes, '  }');
      else lines.push(...nodes);
    }
    for (const e of graph.edges) lines.push(`  ${id(e.from, ids)} -> ${id(e.to, ids)}${e.typeOnly ? ' [style=dashed]' : ''};`);
    lines.push('}');
    return `${lines.join('\n')}\n`;
  }
  const lines = ['flowchart LR'];
  for (const [layer, modules] of sortedGroups) {
    const nodes = modules.map((m) => `${layer ? '    ' : '  '}${id(m, ids)}["${m}"]`);
    if (layer) lines.push(`  subgraph ${layer}`, ...nodes, '  end');
    else lines.push(...nodes);
  }
  for (const e of graph.edges) lines.push(`  ${id(e.from, ids)} ${e.typeOnly ? '-.->' : '-->'} ${id(e.to, ids)}`);
  return `${lines.join('\n')}\n`;
}
