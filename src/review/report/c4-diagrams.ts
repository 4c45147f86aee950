import type { ArchitectureModel } from '../../model/architecture.js';

const q = (s: string): string => s.replace(/"/g, "'");
const ident = (s: string): string => s.replace(/[^A-Za-z0-9_]/g, '_');

/**
 * C4 container diagram of a recovered model in Mermaid's C4 syntax. Review renders its own
 * diagrams because a recovered model has no people or deployment, which design's renderers expect.
 */
export function c4ContainerMermaid(model: ArchitectureModel): string {
  const lines = ['C4Container', `  title Containers of ${q(model.system.name)} (recovered)`];
  for (const x of model.externalSystems) lines.push(`  System_Ext(${ident(x.id)}, "${q(x.name)}", "${q(x.description)}")`);
  lines.push(`  System_Boundary(system, "${q(model.system.name)}") {`);
  for (const c of model.containers) {
    const kind = ['database', 'cache', 'vector-store', 'search-engine', 'analytics-store', 'object-storage'].includes(c.containerKind) ? 'ContainerDb' : c.containerKind === 'message-broker' ? 'ContainerQueue' : 'Container';
    lines.push(`    ${kind}(${ident(c.id)}, "${q(c.name)}", "${q(c.technology)}", "${q(c.description)}")`);
  }
  lines.push('  }');
  for (const r of model.relations.filter((r) => !r.from.includes('.') && !r.to.includes('.'))) lines.push(`  Rel(${ident(r.from)}, ${ident(r.to)}, "${q(r.description)}", "${q(r.technology)}")`);
  return `${lines.join('\n')}\n`;
}

/** C4 component diagram of the application container: components by layer and domain, and their calls. */
export function c4ComponentMermaid(model: ArchitectureModel): string {
  const app = model.containers[0];
  const lines = ['C4Component', `  title Components of ${q(app?.name ?? model.system.name)} (recovered)`];
  lines.push(`  Container_Boundary(${ident(app?.id ?? 'app')}, "${q(app?.name ?? model.system.name)}") {`);
  for (const c of model.components) lines.push(`    Component(${ident(c.id)}, "${q(c.name)}", "${c.layer ?? c.componentKind}", "${q(c.description)}")`);
  lines.push('  }');
  for (const c of model.containers.slice(1)) lines.push(`  ContainerDb(${ident(c.id)}, "${q(c.name)}", "${q(c.technology)}")`);
  const componentIds = new Set(model.components.map((c) => c.id));
  for (const r of model.relations.filter((r) => componentIds.has(r.from) && componentIds.has(r.to))) lines.push(`  Rel(${ident(r.from)}, ${ident(r.to)}, "${q(r.description)}")`);
  for (const c of model.components.filter((c) => c.componentKind === 'repository')) {
    for (const store of model.containers.filter((x) => x.containerKind === 'database')) lines.push(`  Rel(${ident(c.id)}, ${ident(store.id)}, "reads and writes")`);
  }
  return `${lines.join('\n')}\n`;
}

/** A Structurizr DSL workspace of the recovered model: containers, components, relations and two views. */
export function structurizrDsl(model: ArchitectureModel): string {
  const lines = [`workspace "${q(model.system.name)}" "${q(model.system.summary)}" {`, '  model {'];
  for (const x of model.externalSystems) lines.push(`    ${ident(x.id)} = softwareSystem "${q(x.name)}" "${q(x.description)}" "External"`);
  lines.push(`    system = softwareSystem "${q(model.system.name)}" {`);
  for (const c of model.containers) {
    const tag = c.containerKind === 'database' ? ' "Database"' : '';
    const components = model.components.filter((k) => k.containerId === c.id);
    if (!components.length) {
      lines.push(`      ${ident(c.id)} = container "${q(c.name)}" "${q(c.description)}" "${q(c.technology)}"${tag}`);
      continue;
    }
    lines.push(`      ${ident(c.id)} = container "${q(c.name)}" "${q(c.description)}" "${q(c.technology)}"${tag} {`);
    for (const k of components) lines.push(`        ${ident(k.id)} = component "${q(k.name)}" "${q(k.description)}" "${k.layer ?? k.componentKind}"`);
    lines.push('      }');
  }
  lines.push('    }');
  for (const r of model.relations) lines.push(`    ${ident(r.from)} -> ${ident(r.to)} "${q(r.description)}" "${q(r.technology)}"`);
  lines.push('  }', '  views {', '    container system "Containers" {', '      include *', '      autolayout lr', '    }');
  const app = model.containers[0];
  if (app && model.components.length) lines.push(`    component ${ident(app.id)} "Components" {`, '      include *', '      autolayout lr', '    }');
  lines.push('  }', '}');
  return `${lines.join('\n')}\n`;
}
