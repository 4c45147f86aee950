import type { ArchitectureModel, DeploymentNode } from '../../model/architecture.js';
import type { Renderer } from '../renderer.js';

/** `workspace.dsl`: the same C4 model as a Structurizr DSL workspace, with one deployment environment per option. */
export const workspaceRenderer: Renderer = {
  id: 'structurizr',
  render: (model) => [{ path: 'workspace.dsl', content: renderWorkspace(model) }],
};

/** A DSL string: double quotes, backslashes, newlines and `${` (constant substitution) cannot leak through. */
export function dslString(text: string): string {
  return `"${text.replace(/\s+/g, ' ').trim().replace(/\\/g, '/').replace(/"/g, "'").replace(/\$\{/g, '$ {')}"`;
}

function ident(prefix: string, id: string): string {
  return `${prefix}_${id.replace(/[^A-Za-z0-9_]/g, '_')}`;
}

function renderWorkspace(model: ArchitectureModel): string {
  const ids = new Map<string, string>();
  for (const p of model.people) ids.set(p.id, ident('p', p.id));
  for (const s of model.externalSystems) ids.set(s.id, ident('x', s.id));
  for (const c of model.containers) ids.set(c.id, ident('c', c.id));
  for (const c of model.components) ids.set(c.id, ident('k', c.id));
  const sys = ident('s', model.system.id);
  const out: string[] = [];
  const w = (depth: number, line: string) => out.push(`${'    '.repeat(depth)}${line}`);

  w(0, `workspace ${dslString(model.system.name)} ${dslString(model.system.summary)} {`);
  w(1, 'model {');
  for (const p of model.people) w(2, `${ids.get(p.id)} = person ${dslString(p.name)} ${dslString(p.description)}`);
  for (const s of model.externalSystems) {
    w(2, `${ids.get(s.id)} = softwareSystem ${dslString(s.name)} ${dslString(s.description)} {`);
    w(3, 'tags "External"');
    w(2, '}');
  }
  w(2, `${sys} = softwareSystem ${dslString(model.system.name)} ${dslString(model.system.summary)} {`);
  for (const c of model.containers) {
    const parts = model.components.filter((x) => x.containerId === c.id);
    const tags = c.containerKind === 'database' || c.containerKind.endsWith('store') || c.containerKind === 'cache' ? ' "Datastore"' : '';
    const head = `${ids.get(c.id)} = container ${dslString(c.name)} ${dslString(c.description)} ${dslString(c.technology)}${tags}`;
    if (parts.length === 0) {
      w(3, head);
      continue;
    }
    w(3, `${head} {`);
    for (const k of parts) w(4, `${ids.get(k.id)} = component ${dslString(k.name)} ${dslString(k.description)} ${dslString(k.componentKind)}`);
    w(3, '}');
  }
  w(2, '}');
  for (const r of model.relations) {
    const from = ids.get(r.from);
    const to = ids.get(r.to);
    if (!from || !to || from === to) continue;
    w(2, `${from} -> ${to} ${dslString(r.description)} ${dslString(r.technology)}${r.style === 'async' ? ' "Async"' : ''}`);
  }
  for (const option of model.deployment) {
    w(2, `deploymentEnvironment ${dslString(option.name)} {`);
    const node = (n: DeploymentNode, depth: number) => {
      w(depth, `deploymentNode ${dslString(n.name)} "" ${dslString(n.technology)} "" "${n.instances}" {`);
      for (const cid of n.containerIds) if (ids.has(cid)) w(depth + 1, `containerInstance ${ids.get(cid)}`);
      for (const child of n.children) node(child, depth + 1);
      w(depth, '}');
    };
    for (const n of option.nodes) node(n, 3);
    w(2, '}');
  }
  w(1, '}');
  w(1, 'views {');
  w(2, `systemContext ${sys} "context" {`, );
  w(3, 'include *');
  w(3, 'autoLayout lr');
  w(2, '}');
  w(2, `container ${sys} "containers" {`);
  w(3, 'include *');
  w(3, 'autoLayout');
  w(2, '}');
  for (const c of model.containers) {
    if (!model.components.some((k) => k.containerId === c.id)) continue;
    w(2, `component ${ids.get(c.id)} ${dslString(`components-${c.id}`)} {`);
    w(3, 'include *');
    w(3, 'autoLayout');
    w(2, '}');
  }
  for (const option of model.deployment) {
    w(2, `deployment ${sys} ${dslString(option.name)} ${dslString(`deployment-${option.id}`)} {`);
    w(3, 'include *');
    w(3, 'autoLayout');
    w(2, '}');
  }
  w(2, 'styles {');
  w(3, 'element "Person" {');
  w(4, 'shape Person');
  w(3, '}');
  w(3, 'element "Datastore" {');
  w(4, 'shape Cylinder');
  w(3, '}');
  w(3, 'element "External" {');
  w(4, 'background #999999');
  w(3, '}');
  w(3, 'relationship "Async" {');
  w(4, 'dashed true');
  w(3, '}');
  w(2, '}');
  w(1, '}');
  w(0, '}');
  return `${out.join('\n')}\n`;
}
