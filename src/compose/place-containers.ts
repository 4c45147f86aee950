import type { Container, DeploymentNode, DeploymentOption } from '../model/architecture.js';

const NOT_DEPLOYED = new Set<Container['containerKind']>(['mobile-app', 'desktop-app', 'cli']);
const BACKEND = new Set<Container['containerKind']>(['api', 'service']);

/**
 * Reconciles the decide stage's deployment nodes with the composed containers: `api` stands for
 * every backend service, ids with no container are dropped, and a deployable container no node
 * names (gateway, scheduler, pooler…) joins the node that runs the backend.
 */
export function placeContainers(options: readonly DeploymentOption[], containers: readonly Container[]): DeploymentOption[] {
  const known = new Set(containers.map((c) => c.id));
  const backends = containers.filter((c) => BACKEND.has(c.containerKind)).map((c) => c.id);
  const expand = (id: string): string[] => (known.has(id) ? [id] : id === 'api' ? backends : []);
  return options.map((option) => {
    const mapNode = (n: DeploymentNode): DeploymentNode => ({
      ...n,
      containerIds: [...new Set(n.containerIds.flatMap(expand))],
      children: n.children.map(mapNode),
    });
    let nodes = option.nodes.map(mapNode);
    const placed = new Set<string>();
    const collect = (n: DeploymentNode) => {
      for (const id of n.containerIds) placed.add(id);
      n.children.forEach(collect);
    };
    nodes.forEach(collect);
    const missing = containers.filter((c) => !NOT_DEPLOYED.has(c.containerKind) && !placed.has(c.id)).map((c) => c.id);
    if (missing.length > 0) {
      let done = false;
      const addTo = (n: DeploymentNode): DeploymentNode => {
        if (!done && n.containerIds.some((id) => backends.includes(id))) {
          done = true;
          return { ...n, containerIds: [...n.containerIds, ...missing] };
        }
        return { ...n, children: n.children.map(addTo) };
      };
      nodes = nodes.map(addTo);
      if (!done && nodes[0]) nodes = [{ ...nodes[0], containerIds: [...nodes[0].containerIds, ...missing] }, ...nodes.slice(1)];
    }
    return { ...option, nodes };
  });
}
