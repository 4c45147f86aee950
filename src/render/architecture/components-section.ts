import type { ArchitectureModel } from '../../model/architecture.js';
import { adrLink } from '../model-lookup.js';
import { mdInline, mdTable } from '../text/markdown.js';
import { mermaidBlock, mermaidId, mermaidLabel } from '../text/mermaid.js';

/** Section 4: the layers with their dependency rule, and every container's components. */
export function componentsSection(model: ArchitectureModel): string {
  const layerRows = model.layers.map((l) => [
    l.name,
    l.mayDependOn.map((id) => model.layers.find((x) => x.id === id)?.name ?? id).join(', ') || 'nothing',
    l.patterns.map((p) => `\`${p}\``).join(', '),
    adrLink(model, l.decisionId, 'docs'),
  ]);
  const layerDiagram = mermaidBlock([
    'flowchart TD',
    ...model.layers.map((l) => `  ${mermaidId(`layer:${l.id}`)}[${mermaidLabel(l.name)}]`),
    ...model.layers.flatMap((l) => l.mayDependOn.map((to) => `  ${mermaidId(`layer:${l.id}`)} --> ${mermaidId(`layer:${to}`)}`)),
  ]);
  const byContainer = model.containers
    .map((c) => ({ c, parts: model.components.filter((x) => x.containerId === c.id) }))
    .filter(({ parts }) => parts.length > 0)
    .map(({ c, parts }) =>
      [
        `### ${mdInline(c.name)} [${mdInline(c.technology)}]`,
        mdTable(
          ['Component', 'Kind', 'Layer', 'Entities', 'Responsibility'],
          parts.map((p) => [p.name, p.componentKind, p.layer ?? '—', p.entities.join(', ') || '—', p.description]),
        ),
      ].join('\n\n'),
    );
  return [
    '## 4. Component Architecture',
    '### Backend Layers',
    model.layers.length
      ? `Dependencies point only the way the arrows show; \`archway check\` fails the build when code breaks the rule.\n\n${layerDiagram}\n\n${mdTable(['Layer', 'May depend on', 'Code patterns', 'Decision'], layerRows)}`
      : '_No layering rule._',
    ...(byContainer.length ? byContainer : ['_No components._']),
  ].join('\n\n');
}
