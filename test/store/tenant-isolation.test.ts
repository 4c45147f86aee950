import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest, rollbackOne, type OpenDatabase } from '../../src/server/index.js';
import { TENANT_TABLES } from '../../src/store/migrations/0001-initial.js';
import { auditRepository } from '../../src/store/repositories/audit-repository.js';
import { orgsRepository } from '../../src/store/repositories/orgs-repository.js';
import { projectsRepository } from '../../src/store/repositories/projects-repository.js';
import { documentsRepository } from '../../src/store/repositories/documents-repository.js';
import { inSystem, inTenant } from '../../src/store/tenant-scope.js';
import { ENGINES, openMigratedDatabase } from '../server/test-app.js';

describe.each(ENGINES)('row-level security (%s)', (engine) => {
  let database: OpenDatabase;
  let drop: (() => Promise<void>) | undefined;
  const user = randomUUID();
  const orgA = randomUUID();
  const orgB = randomUUID();

  beforeAll(async () => {
    ({ database, drop } = await openMigratedDatabase(engine));
    await inSystem(database.db, (trx) => trx.insertInto('users').values({ id: user, email: `${user}@example.com`, name: 'u', password_hash: 'x' }).execute());
    for (const [org, name] of [[orgA, 'a'], [orgB, 'b']] as const) {
      await inTenant(database.db, { orgId: org, userId: user }, async (s) => {
        await orgsRepository.create(s, { id: org, name, slug: `${name}-${org.slice(0, 8)}` }, user);
        await projectsRepository.create(s, { id: randomUUID(), name: `${name} project`, slug: `${name}-project`, description: '', createdBy: user });
      });
    }
  });
  afterAll(async () => {
    await database?.close();
    await drop?.();
  });

  it('a query that forgets its tenant filter still sees only its tenant rows', async () => {
    const seen = await inTenant(database.db, { orgId: orgA, userId: null }, (s) => sql<{ name: string }>`select name from projects`.execute(s.trx));
    expect(seen.rows.map((r) => r.name)).toEqual(['a project']);
    const asOwner = await inSystem(database.db, (trx) => sql<{ n: number }>`select count(*)::int as n from projects`.execute(trx));
    expect(asOwner.rows[0]!.n).toBe(2);
  });

  it('a write into another tenant is refused by the policy', async () => {
    const attempt = inTenant(database.db, { orgId: orgA, userId: null }, (s) =>
      sql`insert into projects (id, org_id, name, slug, created_by) values (${randomUUID()}, ${orgB}, 'x', 'x', ${user})`.execute(s.trx),
    );
    await expect(attempt).rejects.toThrow(/row-level security/);
    const updated = await inTenant(database.db, { orgId: orgA, userId: null }, (s) => sql`update projects set name = 'stolen' where org_id = ${orgB}`.execute(s.trx));
    expect(Number(updated.numAffectedRows ?? 0)).toBe(0);
  });

  it('without a tenant the application role sees nothing', async () => {
    const seen = await inTenant(database.db, { orgId: '', userId: null }, (s) => sql<{ n: number }>`select count(*)::int as n from documents`.execute(s.trx));
    expect(seen.rows[0]!.n).toBe(0);
  });

  it('every tenant table has row-level security enabled and forced', async () => {
    const r = await inSystem(database.db, (trx) => sql<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }>`
      select relname, relrowsecurity, relforcerowsecurity from pg_class where relname in (${sql.join([...TENANT_TABLES])}) and relkind = 'r'`.execute(trx));
    expect(r.rows.length).toBe(TENANT_TABLES.length);
    for (const row of r.rows) expect([row.relname, row.relrowsecurity, row.relforcerowsecurity]).toEqual([row.relname, true, true]);
  });

  it('the application role can append audit events but never update or delete them', async () => {
    await inTenant(database.db, { orgId: orgA, userId: user }, (s) =>
      auditRepository.append(s, { projectId: null, actorType: 'user', actorId: user, action: 'test', target: null, requestId: 'r1', outcome: 'success', statusCode: 200 }),
    );
    await expect(inTenant(database.db, { orgId: orgA, userId: null }, (s) => sql`update audit_events set outcome = 'failure'`.execute(s.trx))).rejects.toThrow(/permission denied/);
    await expect(inTenant(database.db, { orgId: orgA, userId: null }, (s) => sql`delete from audit_events`.execute(s.trx))).rejects.toThrow(/permission denied/);
    const rows = await inTenant(database.db, { orgId: orgA, userId: null }, (s) => auditRepository.list(s, { limit: 10 }));
    expect(rows.map((r) => r.action)).toEqual(['test']);
  });

  it('concurrent writers get distinct, consecutive version numbers', async () => {
    const projectId = (await inTenant(database.db, { orgId: orgA, userId: null }, (s) => projectsRepository.list(s, { limit: 1, offset: 0 })))[0]!.id;
    const writes = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        inTenant(database.db, { orgId: orgA, userId: null }, (s) => documentsRepository.appendVersion(s, projectId, { path: 'docs/about.md', step: 'description', content: `v${i}`, source: 'edited', createdBy: null })),
      ),
    );
    expect(writes.map((w) => w.version).sort((x, y) => x - y)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });

  it('migrations roll back and apply again', async () => {
    expect((await rollbackOne(database.db)).applied).toEqual(['0001-initial']);
    const tables = await inSystem(database.db, (trx) => sql<{ n: number }>`select count(*)::int as n from pg_tables where tablename = 'projects'`.execute(trx));
    expect(tables.rows[0]!.n).toBe(0);
    expect((await migrateToLatest(database.db)).applied).toEqual(['0001-initial']);
  });
});
