import type { Brief } from '../brief/brief-schema.js';
import type { Component, ComponentKind, Container, ExternalSystem, Layer, Relation } from '../model/architecture.js';
import type { Decisions } from './decision-lookup.js';
import type { DomainMap } from './domain-modules.js';
import { layerFor } from './compose-layers.js';
import type { ServiceBoundary } from './service-boundaries.js';
import { slugify } from './slugify.js';

const DATASTORE_KINDS = new Set<Container['containerKind']>(['cache', 'message-broker', 'search-engine', 'vector-store', 'object-storage', 'analytics-store']);

export interface ComposedComponents {
  readonly components: Component[];
  readonly relations: Relation[];
}

/**
 * Components per backend container, in layers: router → controller → service → repository per
 * domain module, middleware for cross-cutting concerns, adapters for each datastore and external
 * system the container uses, event handlers and jobs in the worker.
 */
export function composeComponents(
  brief: Brief, d: Decisions, domain: DomainMap, services: readonly ServiceBoundary[],
  containers: readonly Container[], externals: readonly ExternalSystem[], containerRelations: readonly Relation[], layers: readonly Layer[],
): ComposedComponents {
  const components: Component[] = [];
  const relations: Relation[] = [];
  const database = containers.find((c) => c.containerKind === 'database');
  const withController = layers.some((l) => l.id.includes('controller')) || brief.constraints.layering.length === 0;
  const add = (containerId: string, key: string, name: string, kind: ComponentKind, description: string, entities: readonly string[] = []) => {
    const layer = layerFor(layers, kind);
    const c: Component = { kind: 'component', id: `${containerId}.${key}`, containerId, name, componentKind: kind, description, ...(layer ? { layer } : {}), entities };
    components.push(c);
    return c.id;
  };
  const rel = (from: string, to: string, description: string, technology = 'in-process', style: Relation['style'] = 'sync') =>
    relations.push({ kind: 'relation', from, to, description, technology, style });

  for (const s of services) {
    const adapters = new Map<string, string>();
    for (const r of containerRelations.filter((x) => x.from === s.id)) {
      const target = containers.find((c) => c.id === r.to && DATASTORE_KINDS.has(c.containerKind)) ?? externals.find((e) => e.id === r.to);
      if (!target) continue;
      adapters.set(r.to, add(s.id, `${slugify(r.to)}-adapter`, `${target.name} adapter`, 'adapter', `Talks to ${target.name} behind an interface the services own.`));
      rel(adapters.get(r.to)!, r.to, r.description, r.technology, r.style);
    }
    const middleware: string[] = [];
    if (d.has('authentication')) middleware.push(add(s.id, 'auth-middleware', 'Authentication middleware', 'middleware', `Verifies credentials (${d.get('authentication')!.choice}) on every request.`));
    if (brief.tenancy.mode === 'multi' && d.has('multi-tenancy')) {
      middleware.push(add(s.id, 'tenant-context', 'Tenant context', 'middleware', `Resolves the ${brief.tenancy.tenantNoun} of the caller and passes it to every data access.`));
    }
    for (const moduleId of s.moduleIds) {
      const m = domain.modules.find((x) => x.id === moduleId);
      if (!m) continue;
      const router = add(s.id, `${m.id}-router`, `${m.name} routes`, 'router', `HTTP routes for ${m.name}: parse, validate, delegate.`, m.entities);
      const controller = withController ? add(s.id, `${m.id}-controller`, `${m.name} controller`, 'controller', `Maps requests to ${m.name} use cases and results to responses.`, m.entities) : undefined;
      const service = add(s.id, `${m.id}-service`, `${m.name} service`, 'service', `Business rules of ${m.name}.`, m.entities);
      const repo = add(s.id, `${m.id}-repository`, `${m.name} repository`, 'repository', `Reads and writes ${m.entities.join(', ')}${brief.tenancy.mode === 'multi' ? ', always scoped to the tenant' : ''}.`, m.entities);
      for (const mw of middleware) rel(mw, router, 'Guards');
      if (controller) {
        rel(router, controller, 'Delegates to');
        rel(controller, service, 'Calls');
      } else rel(router, service, 'Calls');
      rel(service, repo, 'Uses');
      if (database) rel(repo, database.id, 'Reads and writes', 'SQL');
    }
    const moduleServices = components.filter((c) => c.containerId === s.id && c.componentKind === 'service');
    for (const [target, adapter] of adapters) {
      if (target === database?.id) continue;
      for (const svc of moduleServices.slice(0, 1)) rel(svc.id, adapter, 'Uses');
    }
  }

  const worker = containers.find((c) => c.containerKind === 'worker');
  if (worker) {
    for (const job of workerJobs(brief, d)) add(worker.id, `${slugify(job.name)}-job`, `${job.name} job`, 'job', job.description);
    if (d.has('messaging') || brief.capabilities.domainEvents) {
      for (const m of domain.modules) add(worker.id, `${m.id}-events`, `${m.name} event handler`, 'event-handler', `Reacts to ${m.name} events: side effects off the request path.`, m.entities);
    }
    for (const r of containerRelations.filter((x) => x.from === worker.id)) {
      const target = containers.find((c) => c.id === r.to) ?? externals.find((e) => e.id === r.to);
      if (!target) continue;
      const a = add(worker.id, `${slugify(r.to)}-adapter`, `${target.name} adapter`, 'adapter', `Talks to ${target.name}.`);
      rel(a, r.to, r.description, r.technology, r.style);
    }
  }
  const scheduler = containers.find((c) => c.containerKind === 'scheduler');
  if (scheduler) {
    for (const job of brief.capabilities.scheduledJobs) add(scheduler.id, `${slugify(job.name)}-trigger`, `${job.name} (${job.schedule})`, 'job', `Starts ${job.name} ${job.schedule}.`);
    for (const i of brief.integrations.filter((x) => x.schedule)) add(scheduler.id, `${slugify(i.name)}-trigger`, `${i.name} (${i.schedule})`, 'job', `Starts the ${i.name} exchange ${i.schedule}.`);
  }
  const unique = new Map(components.map((c) => [c.id, c]));
  return { components: [...unique.values()], relations };
}

function workerJobs(brief: Brief, d: Decisions): { name: string; description: string }[] {
  const c = brief.capabilities;
  const jobs: { name: string; description: string }[] = [];
  if (c.ai.llm || c.ai.agents) jobs.push({ name: 'Generation', description: 'Runs model calls with retries, backoff and a circuit breaker.' });
  if (c.ai.embeddings || c.search.semantic) jobs.push({ name: 'Indexing', description: 'Chunks, embeds and indexes content for semantic search.' });
  if (c.notifications.length > 0) jobs.push({ name: 'Notification delivery', description: `Delivers ${c.notifications.join(', ')} notifications with retries.` });
  if (c.webhooksOut) jobs.push({ name: 'Webhook delivery', description: 'Delivers outgoing webhooks with signed payloads, retries and a dead-letter queue.' });
  if (c.sync) jobs.push({ name: 'Synchronisation', description: 'Two-way synchronisation with conflict resolution and a change log.' });
  if (c.provisioning) jobs.push({ name: 'Provisioning', description: 'Idempotent provisioning steps with compensating rollback.' });
  if (c.export.length > 0) jobs.push({ name: 'Export', description: `Builds ${c.export.join(', ')} exports.` });
  if (c.backupRestore) jobs.push({ name: 'Backup and restore', description: 'Per-tenant backups and restores.' });
  for (const s of c.scheduledJobs) jobs.push({ name: s.name, description: `Scheduled ${s.schedule}.` });
  for (const i of brief.integrations.filter((x) => x.schedule)) jobs.push({ name: i.name, description: `Exchanges data with ${i.name} ${i.schedule}.` });
  if (jobs.length === 0 && d.has('background-jobs')) jobs.push({ name: 'Background', description: 'Slow work off the request path.' });
  return jobs;
}
