import { describe, expect, it } from 'vitest';
import { readBrief, type InputFile, type UnderstoodBrief } from '../../src/index.js';
import { exampleInputs, fixtureInput, lineOf } from './read-inputs.js';

const NAMES = ['jeex-plan', 'berqenas', 'nexusflow', 'orchestra', 'fieldservice'] as const;

function stated(u: UnderstoodBrief, key: string): { file: string; line: number; text: string } {
  const p = u.provenance[key];
  if (p?.kind !== 'stated') throw new Error(`${key} is not stated: ${JSON.stringify(p)}`);
  return p.source;
}

function expectStatedAt(u: UnderstoodBrief, key: string, input: InputFile, phrase: string): void {
  const source = stated(u, key);
  expect(source.file).toBe(input.path);
  expect(source.line).toBe(lineOf(input, phrase));
}

describe('the examples read as their fixtures', () => {
  for (const name of NAMES) {
    it(`${name}: the Markdown yields exactly the brief a careful reader writes`, async () => {
      const fromMarkdown = await readBrief(exampleInputs(name));
      const fromFixture = await readBrief([fixtureInput(name)]);
      expect(fromMarkdown.issues).toEqual([]);
      expect(fromFixture.issues).toEqual([]);
      expect(fromMarkdown.brief).toEqual(fromFixture.brief);
      expect(fromMarkdown.assumptions).toEqual(fromFixture.assumptions);
    });
  }
});

describe('facts carry the line they were read from', () => {
  it('jeex-plan: users, tenancy, latency, pins and budget', async () => {
    const [doc] = exampleInputs('jeex-plan');
    const u = await readBrief([doc!]);
    expect(u.brief.scale).toMatchObject({ registeredUsers: 20000, concurrentUsers: 300 });
    expect(u.brief.tenancy).toMatchObject({ mode: 'multi', tenantNoun: 'organization', tenants: 2000, scopes: ['project'], enforcedInDatabase: true });
    expectStatedAt(u, 'scale.concurrentUsers', doc!, '300 concurrent users');
    expectStatedAt(u, 'tenancy.tenants', doc!, '2,000 organizations');
    expectStatedAt(u, 'quality.latencyP95Ms', doc!, 'under 300 ms at p95');
    expectStatedAt(u, 'quality.availability', doc!, '99.9% per month');
    expectStatedAt(u, 'requirements.FR-4', doc!, 'FR-4:');
    expectStatedAt(u, 'decisions.vector-store', doc!, 'Vector store: Qdrant');
    expectStatedAt(u, 'constraints.team.size', doc!, 'Team: 4 engineers');
    expectStatedAt(u, 'constraints.budgetMonthlyUsd', doc!, '800 USD per month');
    expect(stated(u, 'scale.concurrentUsers').text).toContain('300 concurrent users at peak');
    expect(u.brief.decisions.find((d) => d.area === 'cache')).toMatchObject({ choice: 'redis' });
    expect(u.brief.decisions.find((d) => d.area === 'background-jobs')).toMatchObject({ choice: 'redis' });
  });

  it('berqenas: schema-per-tenant is demanded, database-per-tenant is negated', async () => {
    const [doc] = exampleInputs('berqenas');
    const u = await readBrief([doc!]);
    expect(u.brief.tenancy).toMatchObject({ isolation: 'schema-per-tenant', tenants: 400, tenantsLater: 5000, usersPerTenant: 50, databaseRolePerTenant: true });
    expectStatedAt(u, 'tenancy.isolation', doc!, 'its own database schema');
    expect(u.brief.quality.provisioningMinutes).toBe(5);
    expect(u.brief.decisions.find((d) => d.area === 'primary-database')).toMatchObject({ choice: 'postgresql', version: '16' });
    expect(u.brief.decisions.find((d) => d.area === 'scalability')).toMatchObject({ choice: 'pgbouncer' });
    // 400 tenants × 50 users is derived, so it is an assumption with its reason
    expect(u.assumptions.find((a) => a.path === 'scale.registeredUsers')).toMatchObject({ value: 20000 });
    expect(u.assumptions.find((a) => a.path === 'scale.registeredUsersLater')).toMatchObject({ value: 250000 });
  });

  it('nexusflow: rates, data volume and independent teams', async () => {
    const [doc] = exampleInputs('nexusflow');
    const u = await readBrief([doc!]);
    expect(u.brief.scale.workloads).toEqual([{ name: 'events', kind: 'event', count: 15_000_000, per: 'day' }]);
    expect(u.brief.scale).toMatchObject({ peakRequestsPerSecond: 2500, currentDataBytes: 450e9, dataGrowthBytesPerMonth: 20e9 });
    expect(u.brief.quality).toMatchObject({ latencyAverageMs: 120, latencyP95Ms: 350, availability: 99.95, tlsVersion: '1.3' });
    expect(u.brief.constraints.team).toMatchObject({ teams: 6, deployIndependently: true });
    expectStatedAt(u, 'constraints.team.teams', doc!, 'Six product teams');
    expectStatedAt(u, 'scale.workloads.events', doc!, '15 million events per day');
  });

  it('fieldservice: three files merge; entities come from the SQL draft', async () => {
    const inputs = exampleInputs('fieldservice');
    const u = await readBrief(inputs);
    const requirements = inputs.find((i) => i.path.endsWith('functional_requirements.md'))!;
    expect(u.brief.entities.map((e) => e.name)).toEqual(['Customer', 'Site', 'Technician', 'WorkOrder', 'Part', 'Stock', 'PartUsage']);
    expect(u.brief.entities.every((e) => e.given)).toBe(true);
    expect(u.brief.entities.find((e) => e.name === 'Customer')?.personalData).toBe(true);
    expect(u.brief.drafts.tables).toHaveLength(7);
    expect(u.brief.drafts.operations.map((o) => `${o.method} ${o.path}`)).toContain('post /work-orders/{id}/photos');
    expect(u.brief.scale.itemSizes).toEqual([{ name: 'photo', bytes: 3e6, perWorkload: 'work orders', countPerWorkload: 4, kind: 'file' }]);
    expect(u.brief.personas.find((p) => p.id === 'technician')).toMatchObject({ count: 200, clients: ['mobile'], offline: true });
    expectStatedAt(u, 'personas.dispatcher', requirements, '**Dispatcher**');
    expectStatedAt(u, 'constraints.hosting', requirements, 'on-premise');
    expectStatedAt(u, 'scale.fileRetentionYears', requirements, 'kept for 7 years');
    expect(u.brief.constraints).toMatchObject({ hosting: 'on-premise', budgetLevel: 'small', team: { size: 2, skills: ['csharp'] } });
    expect(u.brief.decisions).toEqual([]);
    expect(u.brief.integrations.find((i) => i.kind === 'file-drop')).toMatchObject({ name: 'Accounting system', schedule: 'nightly' });
  });
});
