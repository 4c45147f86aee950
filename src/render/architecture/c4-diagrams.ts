import type { ArchitectureModel, Container, Relation } from '../../model/architecture.js';
import { mermaidBlock, mermaidId, mermaidLabel } from '../text/mermaid.js';

const DATA_KINDS = new Set<Container['containerKind']>([
  'database', 'cache', 'search-engine', 'vector-store', 'object-storage', 'analytics-store',
]);

function arrow(style: Relation['style']): string {
  return style === 'async' ? '-.->' : '-->';
}

function edge(from: string, to: string, label: string[], style: Relation['style']): string {
  return `  ${mermaidId(from)} ${arrow(style)}|${mermaidLabel(...label)}| ${mermaidId(to)}`;
}

export function containerNode(c: Container, id = mermaidId(c.id)): string {
  const label = mermaidLabel(c.name, `[${c.technology}]`);
  return DATA_KINDS.has(c.containerKind) ? `${id}[(${label})]` : `${id}[${label}]`;
}

/** C4 level 1: people and external systems around the system. */
export function contextDiagram(model: ArchitectureModel): string {
  const containerIds = new Set(model.containers.map((c) => c.id));
  const componentOwner = new Map(model.components.map((c) => [c.id, c.containerId]));
  const inside = (id: string) => containerIds.has(id) || componentOwner.has(id);
  const sys = `system:${model.system.id}`;
  const lines = ['flowchart LR'];
  for (const p of model.people) lines.push(`  ${mermaidId(p.id)}(${mermaidLabel(p.name, '[Person]')})`);
  lines.push(`  ${mermaidId(sys)}[${mermaidLabel(model.system.name, '[Software System]')}]`);
  for (const s of model.externalSystems) lines.push(`  ${mermaidId(s.id)}[${mermaidLabel(s.name, '[External System]')}]`);
  const seen = new Set<string>();
  for (const r of model.relations) {
    const from = inside(r.from) ? sys : r.from;
    const to = inside(r.to) ? sys : r.to;
    if (from === to) continue;
    const key = `${from}>${to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push(edge(from, to, [r.description], r.style));
  }
  return mermaidBlock(lines);
}

/** C4 level 2: the containers inside the system boundary and how they talk. */
export function containerDiagram(model: ArchitectureModel): string {
  const lines = ['flowchart TD'];
  for (const p of model.people) lines.push(`  ${mermaidId(p.id)}(${mermaidLabel(p.name, '[Person]')})`);
  lines.push(`  subgraph ${mermaidId(`system:${model.system.id}`)}[${mermaidLabel(model.system.name)}]`);
  for (const c of model.containers) lines.push(`  ${containerNode(c)}`);
  lines.push('  end');
  for (const s of model.externalSystems) lines.push(`  ${mermaidId(s.id)}[${mermaidLabel(s.name, '[External System]')}]`);
  const known = new Set([...model.people, ...model.containers, ...model.externalSystems].map((e) => e.id));
  for (const r of model.relations) {
    if (known.has(r.from) && known.has(r.to)) lines.push(edge(r.from, r.to, [r.description, r.technology], r.style));
  }
  return mermaidBlock(lines);
}

/** C4 level 3: the components of one container and the relations among them. */
export function componentDiagram(model: ArchitectureModel, container: Container): string {
  const components = model.components.filter((c) => c.containerId === container.id);
  const ids = new Set(components.map((c) => c.id));
  const lines = ['flowchart TD', `  subgraph ${mermaidId(container.id)}[${mermaidLabel(container.name, `[${container.technology}]`)}]`];
  for (const c of components) lines.push(`    ${mermaidId(c.id)}[${mermaidLabel(c.name, `[${c.componentKind}]`)}]`);
  lines.push('  end');
  const outside = new Set<string>();
  const edges: string[] = [];
  for (const r of model.relations) {
    if (!ids.has(r.from) && !ids.has(r.to)) continue;
    for (const end of [r.from, r.to]) if (!ids.has(end)) outside.add(end);
    edges.push(edge(r.from, r.to, [r.description], r.style));
  }
  for (const id of [...outside].sort()) {
    const c = model.containers.find((x) => x.id === id);
    if (c) lines.push(`  ${containerNode(c)}`);
    else {
      const name = model.externalSystems.find((s) => s.id === id)?.name ?? model.components.find((x) => x.id === id)?.name ?? id;
      lines.push(`  ${mermaidId(id)}[${mermaidLabel(name)}]`);
    }
  }
  return mermaidBlock([...lines, ...edges]);
}
