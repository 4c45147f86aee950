import type { Brief } from '../brief/brief-schema.js';
import type { Container, ContainerKind, ExternalSystem, ExternalSystemKind, Person, Relation } from '../model/architecture.js';
import type { Decisions } from './decision-lookup.js';

const CLIENT_OF: Record<string, ContainerKind> = { web: 'web-app', mobile: 'mobile-app', desktop: 'desktop-app', cli: 'cli' };

/** Work that can wait goes through the worker when there is one. */
const ASYNC_EXTERNALS = new Set<ExternalSystemKind>(['email', 'sms', 'push', 'webhook-consumer', 'file-drop', 'crm', 'embedding-provider']);

/** Container-level relations: people → clients → entry → backends → datastores and external systems. */
export function composeRelations(
  brief: Brief, d: Decisions, people: readonly Person[], containers: readonly Container[], externals: readonly ExternalSystem[],
): Relation[] {
  const out: Relation[] = [];
  const rel = (from: string, to: string, description: string, technology: string, style: Relation['style'] = 'sync') => {
    if (from !== to && !out.some((r) => r.from === from && r.to === to)) out.push({ kind: 'relation', from, to, description, technology, style });
  };
  const ofKind = (...kinds: ContainerKind[]) => containers.filter((c) => kinds.includes(c.containerKind));
  const backends = ofKind('api', 'service');
  const gateway = ofKind('gateway')[0];
  const entry = gateway ?? backends[0];
  const clients = ofKind('web-app', 'mobile-app', 'desktop-app', 'cli');
  const apiTech = `${d.get('api-style')?.choice ?? 'JSON'} over HTTPS`;

  brief.personas.forEach((p, i) => {
    const person = people[i];
    if (!person) return;
    const targets = p.clients.map((k) => (k === 'api' ? entry : containers.find((c) => c.containerKind === CLIENT_OF[k])));
    const used = targets.filter((c): c is Container => c !== undefined);
    if (used.length === 0 && (clients[0] ?? entry)) used.push((clients[0] ?? entry)!);
    for (const c of used) rel(person.id, c.id, c === entry ? 'Calls the API' : 'Uses', c === entry ? apiTech : 'HTTPS');
  });
  for (const c of clients) if (entry) rel(c.id, entry.id, 'Calls the API', apiTech);
  if (d.has('realtime') && entry) {
    for (const c of clients.filter((x) => x.containerKind !== 'cli')) rel(entry.id, c.id, 'Streams live updates', d.get('realtime')!.choice, 'async');
  }
  if (gateway) for (const b of backends) rel(gateway.id, b.id, 'Routes requests', 'HTTPS');
  for (const extra of ofKind('gateway').slice(1)) if (gateway) rel(extra.id, gateway.id, 'Forwards traffic', 'HTTPS');
  if (backends.length > 1 && !gateway) for (const b of backends.slice(1)) rel(backends[0]!.id, b.id, 'Calls', 'HTTPS');

  const database = ofKind('database')[0];
  const pooler = ofKind('connection-pooler')[0];
  const worker = ofKind('worker')[0];
  const scheduler = ofKind('scheduler')[0];
  const broker = ofKind('message-broker')[0];
  const cache = ofKind('cache')[0];
  const dataUsers = [...backends, ...(worker ? [worker] : [])];
  for (const b of dataUsers) {
    if (database) {
      if (pooler) rel(b.id, pooler.id, 'Reads and writes', 'SQL');
      else rel(b.id, database.id, 'Reads and writes', 'SQL');
    }
    if (cache) rel(b.id, cache.id, 'Caches and counts', 'Redis protocol');
    for (const c of ofKind('search-engine', 'vector-store', 'object-storage')) rel(b.id, c.id, c.containerKind === 'object-storage' ? 'Stores and reads files' : 'Indexes and queries', c.technology);
  }
  if (pooler && database) rel(pooler.id, database.id, 'Pooled connections', 'SQL');
  if (broker) {
    for (const b of backends) rel(b.id, broker.id, 'Publishes events and jobs', broker.technology, 'async');
    if (worker) rel(worker.id, broker.id, 'Consumes events and jobs', broker.technology, 'async');
  } else if (worker) {
    for (const b of backends) rel(b.id, worker.id, 'Enqueues jobs', d.get('background-jobs')?.choice ?? 'job queue', 'async');
  }
  if (scheduler) rel(scheduler.id, broker?.id ?? worker?.id ?? scheduler.id, 'Enqueues scheduled jobs', d.get('background-jobs')?.choice ?? 'job queue', 'async');
  for (const a of ofKind('analytics-store')) rel((worker ?? backends[0])?.id ?? a.id, a.id, 'Streams events for analytics', a.technology, 'async');
  for (const v of ofKind('network')) if (database) rel(v.id, database.id, 'Private network access', v.technology);

  for (const e of externals) {
    const integration = brief.integrations.find((i) => i.kind === e.systemKind && (i.direction === 'inbound' || i.direction === 'both'));
    if (integration && entry) rel(e.id, entry.id, `Sends ${integration.name} events`, 'HTTPS webhooks', 'async');
    if (integration?.direction === 'inbound') continue;
    const caller = ASYNC_EXTERNALS.has(e.systemKind) && worker ? worker : backends[0];
    if (!caller) continue;
    const style: Relation['style'] = caller === worker ? 'async' : 'sync';
    const what: Record<ExternalSystemKind, [string, string]> = {
      'llm-provider': ['Calls models', 'HTTPS'], 'embedding-provider': ['Embeds text', 'HTTPS'], email: ['Sends email', 'SMTP/HTTPS'],
      sms: ['Sends SMS', 'HTTPS'], push: ['Sends push notifications', 'HTTPS'], payment: ['Charges and subscribes', 'HTTPS'],
      crm: ['Synchronises records', 'HTTPS'], 'identity-provider': ['Delegates sign-in', brief.capabilities.sso.map((s) => s.toUpperCase()).join(', ') || 'OIDC'],
      'file-drop': ['Drops files', 'File share'], 'webhook-consumer': ['Delivers webhooks', 'HTTPS'], api: ['Calls', 'HTTPS'], other: ['Exchanges data', 'HTTPS'],
    };
    const [description, technology] = what[e.systemKind];
    rel(caller.id, e.id, description, technology, style);
  }
  return out;
}
