import { describe, expect, it } from 'vitest';
import { readBrief } from '../../src/index.js';
import { lineOf, localInput } from './read-inputs.js';

describe('documents unlike the examples', () => {
  it('a pastebin-style spec in prose paragraphs and a numbered list', async () => {
    const doc = localInput('pastebin.md');
    const u = await readBrief([doc]);
    expect(u.issues).toEqual([]);
    expect(u.brief.name).toBe('Snippet Share');
    expect(u.brief.requirements.map((r) => r.id)).toEqual(['REQ-1', 'REQ-2', 'REQ-3']);
    expect(u.brief.scale.workloads).toEqual([{ name: 'paste writes', kind: 'write', count: 10_000_000, per: 'month' }]);
    expect(u.brief.scale.readWriteRatio).toBe(10);
    expect(u.brief.scale.itemSizes).toEqual([{ name: 'paste', bytes: 1000, perWorkload: 'paste writes', countPerWorkload: 1, kind: 'record' }]);
    expect(u.brief.scale.retentionYears).toBe(1);
    expect(u.brief.quality).toMatchObject({ availability: 99.9, latencyP99Ms: 200 });
    expect(u.brief.constraints).toMatchObject({ budgetMonthlyUsd: 300, team: { size: 2, skills: ['csharp'] } });
    expect(u.brief.personas.find((p) => p.id === 'writer')?.clients).toEqual(['web', 'cli']);
    const ratio = u.provenance['scale.readWriteRatio'];
    expect(ratio).toMatchObject({ kind: 'stated', source: { file: 'pastebin.md', line: lineOf(doc, '10:1 read to write') } });
    expect(u.provenance['constraints.team.size']).toMatchObject({ kind: 'stated', source: { line: lineOf(doc, 'team of 2 developers') } });
  });

  it('GFM tables: personas, requirements and service levels by column', async () => {
    const doc = localInput('tables.md');
    const u = await readBrief([doc]);
    expect(u.issues).toEqual([]);
    expect(u.brief.personas).toEqual([
      { id: 'receptionist', name: 'Receptionist', description: "manages the day's appointments", count: 120, clients: ['desktop'], offline: false },
      { id: 'patient', name: 'Patient', description: 'books and cancels appointments', count: 50000, clients: ['mobile'], offline: false },
    ]);
    expect(u.brief.requirements.map((r) => `${r.id}: ${r.text}`)).toEqual(['US-1: A patient books a free slot at a clinic.', 'US-2: A receptionist moves an appointment to another slot.']);
    expect(u.brief.quality).toMatchObject({ availability: 99.95, latencyP95Ms: 250, rpoMinutes: 15, rtoMinutes: 60 });
    expect(u.brief.scale.peakRequestsPerSecond).toBe(2500);
    expect(u.brief.tenancy).toMatchObject({ mode: 'multi', tenantNoun: 'clinic', tenants: 300, tenantsLater: 1200 });
    expect(u.brief.compliance).toEqual(['GDPR', 'HIPAA']);
    expect(u.brief.entities.find((e) => e.name === 'Patient')?.personalData).toBe(true);
    expect(u.brief.constraints).toMatchObject({ hosting: 'cloud', cloudProvider: 'aws', multiAz: true });
    expect(u.brief.decisions.map((d) => `${d.area}=${d.choice}`)).toEqual(['backend-language=java', 'backend-framework=spring-boot', 'primary-database=mysql']);
    expect(u.provenance['quality.rpoMinutes']).toMatchObject({ kind: 'stated', source: { line: lineOf(doc, '| RPO |') } });
  });

  it('a document with nothing to extract gives a warning, not a crash', async () => {
    const u = await readBrief([{ path: 'notes.md', content: 'Some thoughts.\n\nNothing concrete yet.\n' }]);
    expect(u.issues.map((i) => i.code)).toEqual(['BRIEF_NOTHING_UNDERSTOOD']);
    expect(u.brief.name).toBe('notes');
  });

  it('numbers as people write them', async () => {
    const u = await readBrief([
      {
        path: 'n.md',
        content: '# N\n\n- 2.5k concurrent users at peak.\n- 10M registered users.\n- 1.2 billion page views per month.\n- Growing to 40 million users.\n- Average response time under 80 ms.\n',
      },
    ]);
    expect(u.brief.scale).toMatchObject({ concurrentUsers: 2500, registeredUsers: 10_000_000, registeredUsersLater: 40_000_000 });
    expect(u.brief.scale.workloads).toEqual([{ name: 'page views', kind: 'read', count: 1.2e9, per: 'month' }]);
    expect(u.brief.quality.latencyAverageMs).toBe(80);
  });

  it('negations and unrelated percentages stay silent', async () => {
    const u = await readBrief([{ path: 'q.md', content: '# Q\n\n- Not multi-tenant; not database-per-tenant.\n- 40% of users are on mobile.\n- Runs on-premise, not in the cloud.\n' }]);
    expect(u.provenance['tenancy.mode']).toMatchObject({ kind: 'stated' });
    expect(u.brief.tenancy.mode).toBe('single');
    expect(u.brief.tenancy.isolation).toBeUndefined();
    expect(u.provenance['quality.availability']).toMatchObject({ kind: 'assumed' });
    expect(u.brief.constraints.hosting).toBe('on-premise');
  });
});
