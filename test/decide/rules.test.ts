import { describe, expect, it } from 'vitest';
import type { BriefInput } from '../../src/brief/brief-schema.js';
import { capacityModel } from '../../src/capacity/capacity-model.js';
import { loadCatalog } from '../../src/catalog/catalog.js';
import { decideAll } from '../../src/decide/decide-all.js';
import { DECISION_AREAS, type DecisionArea } from '../../src/model/decision.js';
import { understood } from '../examples/understood-fixture.js';

const catalog = loadCatalog();
function decide(input: BriefInput) {
  const u = understood(input);
  const decisions = decideAll(u, capacityModel(u), catalog);
  return (area: DecisionArea) => decisions.find((d) => d.area === area)!;
}

describe('decideAll', () => {
  it('returns one decision per area in DECISION_AREAS order, deterministically', () => {
    const u = understood({ name: 'Tiny' });
    const a = decideAll(u, capacityModel(u), catalog);
    expect(a.map((d) => d.area)).toEqual([...DECISION_AREAS]);
    expect(JSON.stringify(decideAll(u, capacityModel(u), catalog))).toBe(JSON.stringify(a));
    for (const d of a) {
      if (d.status === 'not-applicable') expect(d.notApplicableReason, d.area).toBeTruthy();
      for (const id of d.technologies) expect(() => catalog.byId(id), `${d.area}: ${id}`).not.toThrow();
    }
  });

  it('honours a pin over what the rule would derive, and cites it', () => {
    const get = decide({ name: 'T', decisions: [{ area: 'primary-database', choice: 'MySQL' }] });
    expect(get('primary-database')).toMatchObject({ status: 'given', technologies: ['mysql'] });
    expect(get('primary-database').drivers[0]?.ref).toBe('decisions.primary-database');
    expect(get('primary-database').options.find((o) => o.chosen)?.id).toBe('mysql');
  });
});

describe('architecture style', () => {
  it('chooses microservices only with several independent teams', () => {
    expect(decide({ name: 'T', constraints: { team: { teams: 4, deployIndependently: true } } })('architecture-style').details['style']).toBe('microservices');
    expect(decide({ name: 'T', constraints: { team: { size: 12 } } })('architecture-style').details['style']).toBe('modular-monolith');
  });
});

describe('backend language', () => {
  it('follows team skills, and stays with defaults when none are stated', () => {
    expect(decide({ name: 'T', constraints: { team: { skills: ['Java'] } } })('backend-language').technologies).toEqual(['java']);
    expect(decide({ name: 'T', constraints: { team: { skills: ['Java'] } } })('backend-framework').technologies).toContain('spring-boot');
    expect(decide({ name: 'T' })('backend-language').technologies).toEqual(['typescript']);
    expect(decide({ name: 'T', capabilities: { ai: { llm: true } } })('backend-language').technologies).toEqual(['python']);
  });
});

describe('vector store and search', () => {
  it('adds a vector store only for semantic search or embeddings', () => {
    expect(decide({ name: 'T', capabilities: { search: { semantic: true } } })('vector-store').status).toBe('accepted');
    expect(decide({ name: 'T', capabilities: { search: { fullText: true } } })('vector-store').status).toBe('not-applicable');
  });
  it('adds full-text search only when keyword search is required', () => {
    expect(decide({ name: 'T', capabilities: { search: { fullText: true } } })('search').technologies).toEqual(['postgres-fts']);
    expect(decide({ name: 'T' })('search').status).toBe('not-applicable');
  });
});

describe('multi-tenancy', () => {
  it('uses row-level isolation for many small tenants', () => {
    expect(decide({ name: 'T', tenancy: { mode: 'multi', tenants: 2000 } })('multi-tenancy').details['isolation']).toBe('row-level');
  });
  it('uses schema-per-tenant only when demanded, with the catalog-strain risk', () => {
    const get = decide({ name: 'T', tenancy: { mode: 'multi', tenants: 5000, isolation: 'schema-per-tenant' } });
    expect(get('multi-tenancy')).toMatchObject({ status: 'given', details: { isolation: 'schema-per-tenant', clusters: 5 } });
    expect(get('scalability').technologies).toContain('pgbouncer');
  });
  it('uses a database per tenant for few large tenants', () => {
    expect(decide({ name: 'T', tenancy: { mode: 'multi', tenants: 5, usersPerTenant: 5000 } })('multi-tenancy').details['isolation']).toBe('database-per-tenant');
  });
  it('does not apply to a single organisation', () => {
    expect(decide({ name: 'T' })('multi-tenancy').status).toBe('not-applicable');
  });
});

describe('realtime', () => {
  it('uses SSE for one-way streams and WebSocket for bidirectional, and nothing otherwise', () => {
    expect(decide({ name: 'T', capabilities: { realtime: { needed: true } } })('realtime').technologies).toEqual(['sse']);
    expect(decide({ name: 'T', capabilities: { realtime: { needed: true, direction: 'bidirectional' } } })('realtime').technologies).toEqual(['websocket']);
    expect(decide({ name: 'T' })('realtime').status).toBe('not-applicable');
  });
});

describe('clients', () => {
  it('decides mobile and desktop apps only for personas that use them', () => {
    const get = decide({ name: 'T', personas: [{ id: 'tech', name: 'Technician', clients: ['mobile'], offline: true }] });
    expect(get('mobile-frontend').details['offline']).toBe('offline-first');
    expect(get('desktop-frontend').status).toBe('not-applicable');
    expect(decide({ name: 'T' })('mobile-frontend').status).toBe('not-applicable');
  });
});

describe('object storage', () => {
  it('is self-hostable on-premise, managed in the cloud, absent without files', () => {
    expect(decide({ name: 'T', capabilities: { files: { needed: true } }, constraints: { hosting: 'on-premise' } })('object-storage').technologies).toEqual(['minio']);
    expect(decide({ name: 'T', capabilities: { files: { needed: true } }, constraints: { hosting: 'cloud' } })('object-storage').technologies).toEqual(['s3']);
    expect(decide({ name: 'T' })('object-storage').status).toBe('not-applicable');
  });
});

describe('analytics', () => {
  it('separates an OLAP store for dashboards over high event volume, and reports lightly otherwise', () => {
    const heavy = { name: 'T', capabilities: { analytics: true }, scale: { workloads: [{ name: 'events', kind: 'event' as const, count: 15e6, per: 'day' as const }] } };
    expect(decide(heavy)('analytics').technologies).toEqual(['clickhouse']);
    expect(decide({ name: 'T', capabilities: { reporting: true } })('analytics').technologies).toEqual([]);
    expect(decide({ name: 'T' })('analytics').status).toBe('not-applicable');
  });
});

describe('deployment', () => {
  it('recommends the simplest option meeting availability and budget, and flags options over budget', () => {
    const get = decide({ name: 'T', scale: { concurrentUsers: 100 }, quality: { availability: 99.95 }, constraints: { budgetMonthlyUsd: 100 } });
    expect(get('deployment').details['recommended']).toBe('iaas');
    expect(get('deployment').options.find((o) => o.id === 'iaas')?.cons).toContain('Over budget');
    expect(decide({ name: 'T', scale: { concurrentUsers: 50 } })('deployment').details['recommended']).toBe('single-server');
  });
});

describe('authentication', () => {
  it('adds SAML only when enterprise SSO is required', () => {
    expect(decide({ name: 'T', capabilities: { sso: ['saml'] } })('authentication').technologies).toContain('saml');
    expect(decide({ name: 'T' })('authentication').technologies).not.toContain('saml');
  });
});

describe('backup and disaster recovery', () => {
  it('archives WAL for point-in-time recovery whenever the recovery point is shorter than a day, and stays with nightly backups otherwise', () => {
    const hourly = decide({ name: 'T', quality: { availability: 99.5, rpoMinutes: 60, rtoMinutes: 240 } })('backup-and-dr');
    expect(hourly.choice).toMatch(/^Continuous WAL archiving/);
    expect(hourly.options.find((o) => o.chosen)?.id).toBe('pitr');
    const daily = decide({ name: 'T', quality: { availability: 99.5, rpoMinutes: 1440, rtoMinutes: 240 } })('backup-and-dr');
    expect(daily.choice).toMatch(/^Nightly full backups/);
    expect(daily.options.find((o) => o.chosen)?.id).toBe('nightly');
  });
});
