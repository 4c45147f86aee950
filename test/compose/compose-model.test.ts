import { describe, expect, it } from 'vitest';
import type { BriefInput } from '../../src/brief/brief-schema.js';
import { capacityModel } from '../../src/capacity/capacity-model.js';
import { loadCatalog } from '../../src/catalog/catalog.js';
import { composeModel } from '../../src/compose/compose-model.js';
import type { DecisionArea } from '../../src/model/index.js';
import { fixtureDecisions, type DecisionSpec } from '../fixtures/fixture-decisions.js';
import { smallUnderstood } from '../fixtures/small-brief.js';

const catalog = loadCatalog();

function compose(overrides: Partial<Record<DecisionArea, DecisionSpec | null>> = {}, brief: Partial<BriefInput> = {}) {
  const understood = smallUnderstood(brief);
  return composeModel({ understood, capacity: capacityModel(understood), decisions: fixtureDecisions(overrides), catalog });
}

const kinds = (m: ReturnType<typeof compose>) => m.containers.map((c) => c.containerKind);

describe('composeModel: containers follow the decisions', () => {
  it('creates a container for each chosen datastore and client, and none for areas that do not apply', () => {
    const m = compose();
    expect(kinds(m)).toEqual(expect.arrayContaining(['web-app', 'api', 'worker', 'scheduler', 'database', 'cache', 'object-storage', 'gateway']));
    expect(kinds(m)).not.toContain('message-broker');
    expect(kinds(m)).not.toContain('search-engine');
    expect(kinds(m)).not.toContain('mobile-app');
  });

  it('drops the cache container when caching does not apply', () => {
    expect(kinds(compose({ cache: null }))).not.toContain('cache');
  });

  it('puts a technology that rides on another container into that container instead of a new one', () => {
    const m = compose({ search: ['PostgreSQL full-text search', ['postgres-fts']], messaging: ['Redis Streams', ['redis-streams']] });
    expect(kinds(m)).not.toContain('search-engine');
    expect(kinds(m)).not.toContain('message-broker');
    expect(m.containers.find((c) => c.containerKind === 'database')!.decisionIds).toContain('search');
    expect(m.containers.find((c) => c.containerKind === 'cache')!.decisionIds).toContain('messaging');
  });

  it('adds a search engine container when a dedicated engine is chosen', () => {
    const m = compose({ search: ['Elasticsearch', ['elasticsearch']] });
    expect(m.containers.find((c) => c.containerKind === 'search-engine')?.technology).toMatch(/^Elasticsearch/);
  });

  it('splits the backend into services for microservices and assigns endpoints to the owning service', () => {
    const m = compose(
      { 'architecture-style': ['Microservices', [], { options: [{ id: 'microservices', name: 'Microservices', pros: [], cons: [], chosen: true }] }] },
      { constraints: { team: { teams: 2 } } },
    );
    const services = m.containers.filter((c) => c.containerKind === 'service');
    expect(services.length).toBe(2);
    expect(kinds(m)).not.toContain('api');
    const serviceIds = new Set(services.map((s) => s.id));
    expect(m.api.endpoints.length).toBeGreaterThan(0);
    for (const e of m.api.endpoints) expect(serviceIds.has(e.containerId)).toBe(true);
  });
});

describe('composeModel: the rest of the model', () => {
  it('numbers an ADR for every applicable decision in area order and none for the others', () => {
    const m = compose();
    const numbered = m.decisions.filter((d) => d.adr);
    expect(numbered.map((d) => d.adr!.number)).toEqual(numbered.map((_, i) => i + 1));
    expect(numbered[0]!.adr!.file).toBe('docs/adr/ADR-001-architecture-style.md');
    expect(m.decisions.filter((d) => d.status === 'not-applicable').every((d) => d.adr === undefined)).toBe(true);
  });

  it('uses the brief\'s layering as a strict chain, and the default layers otherwise', () => {
    const strict = compose({}, { constraints: { layering: ['routes', 'controllers', 'services', 'repositories'] } });
    expect(strict.layers.map((l) => [l.id, l.mayDependOn])).toEqual([
      ['routes', ['controllers']], ['controllers', ['services']], ['services', ['repositories']], ['repositories', []],
    ]);
    expect(strict.components.find((c) => c.componentKind === 'repository')?.layer).toBe('repositories');
    expect(compose().layers.map((l) => l.id)).toEqual(['presentation', 'application', 'domain', 'infrastructure']);
  });

  it('traces every requirement, with a note when no endpoint serves it', () => {
    const m = compose();
    expect(m.traceability.map((t) => t.requirementId)).toEqual(['FR-1', 'FR-2', 'FR-3', 'NFR-1']);
    const nfr = m.traceability.find((t) => t.requirementId === 'NFR-1')!;
    expect(nfr.endpointIds).toEqual([]);
    expect(nfr.note).toMatch(/Quality requirement/);
    expect(m.traceability.find((t) => t.requirementId === 'FR-1')!.containerIds).toContain('api');
  });

  it('models a STRIDE threat per category for every container, citing only applicable decisions', () => {
    const m = compose();
    const applicable = new Set(m.decisions.filter((d) => d.status !== 'not-applicable').map((d) => d.id as string));
    for (const c of m.containers) expect(m.threats.filter((t) => t.containerId === c.id)).toHaveLength(6);
    for (const t of m.threats) for (const id of t.decisionIds) expect(applicable.has(id)).toBe(true);
  });

  it('plans epics from infrastructure to testing, with unique task ids and dependencies that exist', () => {
    const m = compose();
    expect(m.plan[0]!.id).toBe('01-infrastructure');
    expect(m.plan[1]!.slug).toBe('authentication');
    expect(m.plan.at(-1)!.slug).toBe('testing');
    const taskIds = m.plan.flatMap((e) => e.tasks.map((t) => t.id));
    expect(new Set(taskIds).size).toBe(taskIds.length);
    for (const t of m.plan.flatMap((e) => e.tasks)) for (const dep of t.dependsOn) expect(taskIds).toContain(dep);
  });

  it('derives external systems from capabilities and integrations', () => {
    const ids = compose().externalSystems.map((s) => s.systemKind);
    expect(ids).toEqual(expect.arrayContaining(['sms', 'file-drop']));
    expect(ids).not.toContain('llm-provider');
  });

  it('quantifies SLOs with their source', () => {
    const slos = compose().slos;
    expect(slos.find((s) => s.id === 'availability')).toMatchObject({ target: '99.9%', source: 'brief.yaml:30 "availability: 99.9"' });
    expect(slos.find((s) => s.id === 'rpo')).toMatchObject({ target: '15 minutes', source: 'decision backup-and-dr' });
  });

  it('is deterministic', () => {
    expect(JSON.stringify(compose())).toBe(JSON.stringify(compose()));
  });
});
