import type { Brief } from '../brief/brief-schema.js';
import type { ApiModel, Container, TraceLink } from '../model/architecture.js';
import type { Decision } from '../model/decision.js';
import type { DomainMap } from './domain-modules.js';
import type { ServiceBoundary } from './service-boundaries.js';

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Every requirement → the decisions, containers and endpoints that serve it, or the reason it has no endpoint. */
export function composeTraceability(
  brief: Brief, decisions: readonly Decision[], containers: readonly Container[], api: ApiModel,
  domain: DomainMap, services: readonly ServiceBoundary[],
): TraceLink[] {
  const decisionsFor = new Map<string, string[]>();
  for (const d of decisions) {
    if (d.status === 'not-applicable') continue;
    for (const r of d.requirementIds) push(decisionsFor, r, d.id);
  }
  const endpointsFor = new Map<string, string[]>();
  for (const e of api.endpoints) for (const r of e.requirementIds) push(endpointsFor, r, e.id);
  const containerIds = new Set(containers.map((c) => c.id));
  const containerOf = new Map(api.endpoints.map((e) => [e.id, e.containerId]));
  return brief.requirements.map((r) => {
    const decisionIds = decisionsFor.get(r.id) ?? [];
    const endpointIds = [...new Set(endpointsFor.get(r.id) ?? [])];
    const cs = new Set<string>();
    for (const id of endpointIds) {
      const c = containerOf.get(id);
      if (c !== undefined && containerIds.has(c)) cs.add(c);
    }
    for (const moduleId of domain.byRequirement.get(r.id) ?? []) {
      const s = services.find((x) => x.moduleIds.includes(moduleId));
      if (s) cs.add(s.id);
    }
    for (const c of containers) if (c.decisionIds.some((id) => decisionIds.includes(id as Decision['id']))) cs.add(c.id);
    const containerList = containers.map((c) => c.id).filter((id) => cs.has(id));
    let note: string | undefined;
    if (endpointIds.length === 0) {
      if (r.kind === 'non-functional') note = decisionIds.length ? 'Quality requirement: met by the decisions listed, not by an endpoint.' : 'Quality requirement: no decision cites it yet; review the decisions.';
      else if (containerList.length) note = 'Served inside the containers listed (no endpoint of its own).';
      else note = 'Not traced: no entity, endpoint or decision names it; add the entities it needs to the brief.';
    }
    return { requirementId: r.id, requirement: r.text, decisionIds, containerIds: containerList, endpointIds, ...(note ? { note } : {}) };
  });
}
