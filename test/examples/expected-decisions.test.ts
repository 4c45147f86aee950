import { describe, expect, it } from 'vitest';
import { capacityModel } from '../../src/capacity/capacity-model.js';
import { findFigure } from '../../src/capacity/find-figure.js';
import { loadCatalog } from '../../src/catalog/catalog.js';
import { decideAll } from '../../src/decide/decide-all.js';
import { deploymentOptions } from '../../src/decide/deployment/deployment-options.js';
import type { CapacityModel } from '../../src/model/capacity.js';
import type { Decision, DecisionArea } from '../../src/model/decision.js';
import type { UnderstoodBrief } from '../../src/brief/understood-brief.js';
import { readExample } from './read-example.js';

/**
 * The acceptance cases of /work/shared/examples/expected.md: every Given and Derived decision and every
 * Figure, asserted through the decisions and capacity figures. The examples are read from their Markdown
 * files through `readBrief`, so the engine must reach the decisions from the text.
 */
const catalog = loadCatalog();

const EXAMPLES: Record<string, UnderstoodBrief> = {};
for (const name of ['jeex-plan.md', 'berqenas.md', 'nexusflow.md', 'orchestra.md', 'fieldservice']) {
  EXAMPLES[name.replace(/\.md$/, '')] = await readExample(name);
}

function designed(name: string) {
  const understood = EXAMPLES[name]!;
  expect(understood.issues.filter((i) => i.severity === 'error')).toEqual([]);
  const capacity = capacityModel(understood);
  const decisions = decideAll(understood, capacity, catalog);
  const get = (area: DecisionArea): Decision => decisions.find((d) => d.area === area)!;
  const text = (area: DecisionArea): string => {
    const d = get(area);
    return [d.choice, d.rationale, ...Object.values(d.details).flat().map(String), ...d.consequences.risks.flatMap((r) => [r.risk, r.mitigation])].join(' | ');
  };
  return { understood, capacity, decisions, get, text };
}

function value(capacity: CapacityModel, id: string): number {
  const f = findFigure(capacity, id);
  expect(f, id).toBeDefined();
  return f!.value;
}

const within10 = (actual: number, expected: number): void => expect(Math.abs(actual - expected) / expected).toBeLessThanOrEqual(0.1);

describe('jeex-plan.md', () => {
  const { get, text, understood, capacity, decisions } = designed('jeex-plan');
  it('honours the given stack', () => {
    for (const [area, tech] of [['backend-language', 'python'], ['backend-framework', 'fastapi'], ['web-frontend', 'react'], ['web-frontend', 'typescript'],
      ['primary-database', 'postgresql'], ['vector-store', 'qdrant'], ['cache', 'redis'], ['observability', 'opentelemetry']] as const) {
      expect(get(area).status, area).toBe('given');
      expect(get(area).technologies, area).toContain(tech);
    }
  });
  it('derives a modular monolith, not microservices, for one team of 4', () => {
    expect(get('architecture-style').details['style']).toBe('modular-monolith');
    expect(get('architecture-style').options.find((o) => o.id === 'microservices')?.chosen).toBe(false);
  });
  it('derives shared tables with tenant_id and project_id plus row-level security', () => {
    expect(get('multi-tenancy').details).toMatchObject({ isolation: 'row-level', rls: true, tenantKeys: ['tenant_id', 'project_id'] });
  });
  it('derives SSE for one-way generation progress', () => {
    expect(get('realtime').technologies).toEqual(['sse']);
    expect(get('realtime').rationale).toMatch(/one way|only from server to client/i);
  });
  it('derives a task queue for LLM steps and backoff + circuit breaker around model calls', () => {
    expect(text('background-jobs')).toMatch(/LLM generation steps/);
    expect(text('ai-integration')).toMatch(/exponential backoff/);
    expect(text('ai-integration')).toMatch(/circuit breaker/);
  });
  it('derives rate limits and token budgets per tenant and project, kept in Redis', () => {
    expect(get('security-controls').details['rateLimits']).toMatch(/per tenant and per project.*token budgets.*Redis/);
  });
  it('derives JWT/OAuth2 bearer auth, API keys and roles', () => {
    expect(get('authentication').technologies).toEqual(expect.arrayContaining(['jwt', 'oauth2', 'api-keys']));
    expect(get('authorization').details['model']).toBe('rbac');
  });
  it('derives reversible migrations, linear versioning and ZIP export', () => {
    expect(get('primary-database').details['migrations']).toMatch(/reversible/);
    expect(get('primary-database').details['versioning']).toMatch(/linear/);
    expect(text('object-storage')).toMatch(/ZIP/);
  });
  it('offers at least one deployment option within 800 USD per month', () => {
    const options = deploymentOptions(understood, capacity, catalog, decisions);
    expect(options).toHaveLength(3);
    expect(options.some((o) => o.monthlyUsd <= 800 && o.fitsBudget === true)).toBe(true);
    expect(options.find((o) => o.recommended)?.fitsBudget).toBe(true);
  });
});

describe('berqenas.md', () => {
  const { get, text, capacity } = designed('berqenas');
  it('honours the given stack', () => {
    for (const [area, tech] of [['backend-language', 'python'], ['backend-framework', 'fastapi'], ['primary-database', 'postgresql'], ['scalability', 'pgbouncer'],
      ['security-controls', 'wireguard'], ['observability', 'prometheus'], ['observability', 'grafana'], ['deployment', 'docker'], ['deployment', 'kubernetes']] as const) {
      expect(get(area).status, area).toBe('given');
      expect(get(area).technologies, area).toContain(tech);
    }
    expect(get('primary-database').choice).toMatch(/PostgreSQL 16/);
  });
  it('records schema-per-tenant with a role per tenant as given by requirement', () => {
    expect(get('multi-tenancy').status).toBe('given');
    expect(get('multi-tenancy').details).toMatchObject({ isolation: 'schema-per-tenant', databaseRolePerTenant: true });
  });
  it('derives provisioning as an idempotent workflow with compensating steps on a job queue, under 5 minutes', () => {
    expect(text('background-jobs')).toMatch(/orchestrated, idempotent workflow.*compensating.*under 5 minutes/);
  });
  it('derives JWT + API keys + RBAC and an append-only audit trail', () => {
    expect(get('authentication').technologies).toEqual(expect.arrayContaining(['jwt', 'api-keys']));
    expect(get('authorization').details['model']).toBe('rbac');
    expect(get('security-controls').details['auditTrail']).toMatch(/append-only/);
  });
  it('derives per-tenant backup and restore with RPO and RTO', () => {
    expect(get('backup-and-dr').details).toMatchObject({ perTenant: expect.stringMatching(/per-tenant/), rpoMinutes: expect.any(Number), rtoMinutes: expect.any(Number) });
  });
  it('names the catalog strain of thousands of schemas and the mitigation', () => {
    const risk = get('multi-tenancy').consequences.risks.find((r) => /catalog/.test(r.risk));
    expect(risk?.mitigation).toMatch(/several clusters/);
  });
  it('sizes 20,000 users in year one and 250,000 later', () => {
    within10(value(capacity, 'users.registered'), 20_000);
    within10(value(capacity, 'users.registered-later'), 250_000);
  });
});

describe('nexusflow.md', () => {
  const { get, text, capacity } = designed('nexusflow');
  it('honours NestJS/TypeScript, the Python/FastAPI AI service and Kubernetes', () => {
    expect(get('backend-language').technologies).toEqual(expect.arrayContaining(['typescript', 'python']));
    expect(get('backend-framework').technologies).toEqual(expect.arrayContaining(['nestjs', 'fastapi']));
    expect(get('deployment').technologies).toContain('kubernetes');
    expect(get('deployment').status).toBe('given');
  });
  it('derives microservices behind an API gateway', () => {
    expect(get('architecture-style').details['style']).toBe('microservices');
    expect(get('edge-and-traffic').details['gateway']).toBeDefined();
  });
  it('derives a message broker and asynchronous webhooks with retries', () => {
    expect(get('messaging').technologies.some((id) => catalog.byId(id).kind === 'message-broker')).toBe(true);
    expect(text('integration-style')).toMatch(/webhooks delivered asynchronously.*retried/);
  });
  it('derives read replicas, partitioned event tables and Redis', () => {
    expect(get('scalability').details['readReplicas']).toBeGreaterThan(0);
    expect(get('primary-database').details['partitionedTables']).toEqual(expect.arrayContaining(['UsageEvent', 'AuditEvent']));
    expect(get('cache').technologies).toContain('redis');
  });
  it('derives vector search, object storage and a separate analytics store', () => {
    expect(get('vector-store').status).toBe('accepted');
    expect(get('object-storage').status).toBe('accepted');
    expect(get('analytics').technologies.some((id) => catalog.byId(id).kind === 'analytics-store')).toBe(true);
  });
  it('derives SAML SSO plus OAuth2/JWT, row-level tenancy and distributed tracing', () => {
    expect(get('authentication').technologies).toEqual(expect.arrayContaining(['saml', 'oauth2', 'jwt']));
    expect(get('multi-tenancy').details).toMatchObject({ isolation: 'row-level', rls: true });
    expect(get('observability').details['traces']).toMatch(/distributed tracing/);
  });
  it('sizes 174 events/s and 1,170 GB after 3 years', () => {
    within10(value(capacity, 'events.avg-per-second'), 174);
    within10(value(capacity, 'storage.database.after-horizon'), 1170);
  });
});

describe('orchestra.md', () => {
  const { get, text } = designed('orchestra');
  it('honours Python 3.12 + FastAPI + Pydantic + SQLAlchemy, the layering, React 18 + Vite + TypeScript + Tailwind and PostgreSQL', () => {
    expect(get('backend-language').choice).toMatch(/Python 3\.12/);
    expect(get('backend-framework').technologies).toEqual(expect.arrayContaining(['fastapi', 'pydantic', 'sqlalchemy']));
    expect(get('web-frontend').technologies).toEqual(expect.arrayContaining(['react', 'vite', 'typescript', 'tailwind']));
    expect(get('primary-database').technologies).toContain('postgresql');
    expect(get('architecture-style').confirmation[0]).toBe('archway check: layers routes → controllers → services → repositories, no cycles');
  });
  it('derives a modular monolith for one team of 3', () => {
    expect(get('architecture-style').details['style']).toBe('modular-monolith');
  });
  it('derives streaming of model output with the reason for the transport', () => {
    expect(get('realtime').technologies).toEqual(['sse']);
    expect(get('realtime').rationale.length).toBeGreaterThan(40);
  });
  it('derives a provider interface (strategy pattern) selected by configuration', () => {
    expect(get('ai-integration').choice).toMatch(/strategy pattern.*configuration/);
  });
  it('derives domain events for side effects with the email sent asynchronously', () => {
    expect(text('messaging')).toMatch(/domain event/i);
    expect(get('messaging').details['emailDelivery']).toMatch(/asynchronous/);
  });
  it('derives JWT, roles user/viewer/admin and ownership checks', () => {
    expect(get('authentication').technologies).toContain('jwt');
    expect(get('authorization').details['roles']).toEqual(['user', 'viewer', 'admin']);
    expect(get('authorization').details['ownership']).toMatch(/every access/);
  });
  it('derives pagination on every list endpoint and JSONB with a GIN index for configuration', () => {
    expect(get('api-style').details['pagination']).toMatch(/every list endpoint/);
    expect(get('primary-database').details['flexibleConfiguration']).toMatch(/JSONB.*GIN/);
  });
});

describe('fieldservice/', () => {
  const { get, text, capacity, understood, decisions } = designed('fieldservice');
  it('derives an ASP.NET Core backend for a team that knows C# and .NET', () => {
    expect(get('backend-language').technologies).toEqual(['csharp']);
    expect(get('backend-framework').technologies).toContain('aspnet-core');
  });
  it('recommends a single on-premise server that fits the small budget', () => {
    const options = deploymentOptions(understood, capacity, catalog, decisions);
    const chosen = options.find((o) => o.recommended);
    expect(chosen?.id).toBe('single-server');
    expect(chosen?.fitsBudget).toBe(true);
    expect(options.every((o) => o.priceDate === catalog.priceDate)).toBe(true);
  });
  it('derives an offline-first mobile app with local storage and sync, and a desktop app for dispatchers', () => {
    expect(get('mobile-frontend').details).toMatchObject({ offline: 'offline-first', localStore: 'sqlite' });
    expect(get('desktop-frontend').choice).toMatch(/Dispatcher/);
  });
  it('derives self-hostable object storage for photos with a 7-year retention policy', () => {
    const store = catalog.byId(get('object-storage').technologies[0]!);
    expect(store.traits).toContain('self-hostable');
    expect(get('object-storage').details['retentionYears']).toBe(7);
  });
  it('derives an SMS provider and a nightly file drop to the accounting import folder', () => {
    expect(get('integration-style').technologies.some((id) => catalog.byId(id).kind === 'sms-provider')).toBe(true);
    expect(text('integration-style')).toMatch(/scheduled job \(nightly\).*import folder/);
    expect(text('background-jobs')).toMatch(/nightly/);
  });
  it('derives GDPR handling of customer personal data', () => {
    expect(get('data-retention-and-compliance').details['gdpr']).toMatch(/Customer/);
  });
  it('sizes 18 GB of photos per day, 6.6 TB per year and 46 TB over 7 years', () => {
    within10(value(capacity, 'storage.photo.per-day'), 18);
    within10(value(capacity, 'storage.photo.per-year'), 6.6);
    within10(value(capacity, 'storage.photo.retention'), 46);
  });
});
