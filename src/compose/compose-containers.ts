import type { Brief } from '../brief/brief-schema.js';
import type { Technology, TechnologyKind } from '../catalog/catalog.js';
import type { Container, ContainerKind } from '../model/architecture.js';
import type { DecisionArea } from '../model/decision.js';
import type { Decisions } from './decision-lookup.js';
import type { ServiceBoundary } from './service-boundaries.js';

/** Kinds of technology that run as a container of their own. */
const KIND_TO_CONTAINER: Partial<Record<TechnologyKind, { id: string; kind: ContainerKind; role: string; description: string }>> = {
  database: { id: 'database', kind: 'database', role: 'Database', description: 'System of record.' },
  cache: { id: 'cache', kind: 'cache', role: 'Cache', description: 'Hot reads, rate-limit counters and short-lived state.' },
  'message-broker': { id: 'message-broker', kind: 'message-broker', role: 'Message broker', description: 'Events and jobs between containers.' },
  'search-engine': { id: 'search-engine', kind: 'search-engine', role: 'Search engine', description: 'Full-text index over the searchable records.' },
  'vector-store': { id: 'vector-store', kind: 'vector-store', role: 'Vector store', description: 'Embeddings for semantic search, filtered by scope.' },
  'object-storage': { id: 'object-storage', kind: 'object-storage', role: 'Object storage', description: 'Uploaded files and exports.' },
  'analytics-store': { id: 'analytics-store', kind: 'analytics-store', role: 'Analytics store', description: 'Events and aggregates for reports and dashboards.' },
  'connection-pooler': { id: 'connection-pooler', kind: 'connection-pooler', role: 'Connection pooler', description: 'Pools database connections.' },
  vpn: { id: 'vpn', kind: 'network', role: 'VPN gateway', description: 'Private networks for remote access.' },
  proxy: { id: 'gateway', kind: 'gateway', role: 'Reverse proxy', description: 'TLS termination, routing and rate limits at the edge.' },
  'api-gateway': { id: 'gateway', kind: 'gateway', role: 'API gateway', description: 'Single entry point: routing, authentication hand-off and rate limits.' },
};

const CLIENT_AREAS = new Set<DecisionArea>(['web-frontend', 'mobile-frontend', 'desktop-frontend']);

/** Traits of a technology that rides on another container instead of running its own. */
const RIDES_ON: Readonly<Record<string, string>> = {
  'no-extra-infrastructure': 'database',
  'postgres-extension': 'database',
  'reuses-cache': 'cache',
};

export function techLabel(techs: readonly Technology[], max = 3): string {
  return techs.slice(0, max).map(versioned).join(' / ') || 'to be chosen';
}

/** `PostgreSQL 16`; managed services without a version stay bare (`Amazon S3`). */
export function versioned(t: Technology): string {
  return /^\d/.test(t.minVersion) ? `${t.name} ${t.minVersion}` : t.name;
}

export function holdsPersonalData(brief: Brief): boolean {
  return brief.compliance.length > 0 || brief.entities.some((e) => e.personalData || e.fields.some((f) => f.personalData));
}

/** The containers the decisions call for, and only those. */
export function composeContainers(brief: Brief, d: Decisions, services: readonly ServiceBoundary[]): Container[] {
  const personal = holdsPersonalData(brief);
  const out = new Map<string, { c: Container; techIds: Set<string> }>();
  const add = (c: Omit<Container, 'kind'>, techIds: readonly string[] = []) => {
    const existing = out.get(c.id);
    if (existing) {
      existing.c = { ...existing.c, decisionIds: [...new Set([...existing.c.decisionIds, ...c.decisionIds])] };
      for (const t of techIds) existing.techIds.add(t);
    } else out.set(c.id, { c: { kind: 'container', ...c }, techIds: new Set(techIds) });
  };
  const attach = (id: string, area: DecisionArea) => {
    const e = out.get(id);
    if (e && !e.c.decisionIds.includes(area)) e.c = { ...e.c, decisionIds: [...e.c.decisionIds, area] };
  };
  const hasGatewayTech = (['edge-and-traffic'] as const).some((a) => d.techs(a).some((t) => t.kind === 'proxy' || t.kind === 'api-gateway'));

  const clients: [DecisionArea, string, ContainerKind, string, string][] = [
    ['web-frontend', 'web', 'web-app', 'Web app', 'Single-page application in the browser.'],
    ['mobile-frontend', 'mobile-app', 'mobile-app', 'Mobile app', 'App on the phone.'],
    ['desktop-frontend', 'desktop-app', 'desktop-app', 'Desktop app', 'Desktop application.'],
  ];
  for (const [area, id, kind, name, description] of clients) {
    if (!d.has(area)) continue;
    const offline = kind === 'mobile-app' && (brief.capabilities.offline || brief.personas.some((p) => p.offline));
    add({
      id, name, containerKind: kind, technology: techLabel(d.techs(area)),
      description: offline ? `${description} Works offline with local storage and synchronises when the network returns.` : description,
      decisionIds: [area], holdsPersonalData: personal && offline, publicFacing: true,
    });
  }
  if (brief.capabilities.clients.cli || brief.personas.some((p) => p.clients.includes('cli'))) {
    add({
      id: 'cli', name: 'Command-line client', containerKind: 'cli', technology: techLabel(d.techs('backend-language'), 1),
      description: 'Scripts and automation against the same API.', decisionIds: d.ids('api-style', 'authentication'),
      holdsPersonalData: false, publicFacing: true,
    });
  }

  for (const s of services) {
    add({
      id: s.id, name: s.name, containerKind: services.length > 1 ? 'service' : 'api', technology: s.technology,
      description: s.description, decisionIds: d.ids('architecture-style', 'backend-language', 'backend-framework', 'api-style'),
      holdsPersonalData: personal, publicFacing: !hasGatewayTech,
    });
  }
  if (d.has('background-jobs')) {
    add({
      id: 'worker', name: 'Worker', containerKind: 'worker',
      technology: techLabel([...d.techs('background-jobs').filter((t) => t.kind === 'job-queue'), ...d.techs('backend-language')], 2),
      description: 'Runs background jobs with retries: slow, scheduled and external work off the request path.',
      decisionIds: d.ids('background-jobs', 'resilience'), holdsPersonalData: personal, publicFacing: false,
    });
    const scheduled = brief.capabilities.scheduledJobs.length > 0 || brief.integrations.some((i) => i.schedule);
    if (scheduled) {
      add({
        id: 'scheduler', name: 'Scheduler', containerKind: 'scheduler', technology: techLabel(d.techs('background-jobs').filter((t) => t.kind === 'job-queue'), 1),
        description: 'Starts scheduled jobs on time, exactly once per run.', decisionIds: ['background-jobs'],
        holdsPersonalData: false, publicFacing: false,
      });
    }
  }

  for (const decision of d.all) {
    // A client's own storage (SQLite on the phone) lives inside the client, not beside the backend.
    if (decision.status === 'not-applicable' || CLIENT_AREAS.has(decision.area)) continue;
    for (const t of d.techs(decision.area)) {
      if (t.traits.includes('embedded')) continue;
      const ride = t.traits.map((tr) => RIDES_ON[tr]).find((x) => x !== undefined);
      if (ride) {
        attach(ride, decision.area);
        continue;
      }
      const spec = KIND_TO_CONTAINER[t.kind];
      if (!spec) continue;
      const owner = [...out.values()].find((e) => e.techIds.has(t.id));
      if (owner) {
        attach(owner.c.id, decision.area);
        continue;
      }
      const dataKind = spec.kind !== 'gateway' && spec.kind !== 'network' && spec.kind !== 'connection-pooler';
      add(
        {
          id: out.has(spec.id) ? `${spec.id}-${t.id}` : spec.id,
          name: `${spec.role} (${t.name})`, containerKind: spec.kind, technology: versioned(t),
          description: spec.description, decisionIds: [decision.area],
          holdsPersonalData: personal && dataKind && spec.kind !== 'message-broker', publicFacing: spec.kind === 'gateway' || spec.kind === 'network',
        },
        [t.id],
      );
    }
  }
  return [...out.values()].map((e) => e.c);
}
