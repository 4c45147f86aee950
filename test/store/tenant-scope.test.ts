import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../src/server/index.js';
import { inTenant } from '../../src/store/tenant-scope.js';
import { ENGINES, openMigratedDatabase } from '../server/test-app.js';

// inTenant writes ids into its one-round-trip opening only when they are UUIDs; anything else is
// sent as a parameter, so a hostile value arrives as data and never as SQL.
describe.each(ENGINES)('opening a tenant transaction (%s)', (engine) => {
  let database: OpenDatabase;
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    ({ database, drop } = await openMigratedDatabase(engine));
  });
  afterAll(async () => {
    await database?.close();
    await drop?.();
  });
  const settings = (orgId: string, userId: string | null) =>
    inTenant(database.db, { orgId, userId }, async (s) =>
      (await sql<{ role: string; org: string; usr: string }>`select current_user as role, current_setting('archway.org_id') as org, current_setting('archway.user_id') as usr`.execute(s.trx)).rows[0]!,
    );

  it('runs as the application role with the tenant set, for UUIDs and for empty ids', async () => {
    const org = randomUUID();
    const user = randomUUID();
    expect(await settings(org, user)).toEqual({ role: 'archway_app', org, usr: user });
    expect(await settings('', null)).toEqual({ role: 'archway_app', org: '', usr: '' });
  });

  it('a value that is not a UUID is passed as a parameter, never as SQL', async () => {
    const hostile = "x', true); drop table users; --";
    expect(await settings(hostile, hostile)).toEqual({ role: 'archway_app', org: hostile, usr: hostile });
    const users = await sql<{ n: number }>`select count(*)::int as n from pg_tables where tablename = 'users'`.execute(database.db);
    expect(users.rows[0]!.n).toBe(1);
  });

  it('the settings and the role end with the transaction', async () => {
    await settings(randomUUID(), randomUUID());
    const after = await sql<{ role: string; org: string | null }>`select current_user as role, current_setting('archway.org_id', true) as org`.execute(database.db);
    expect(after.rows[0]!.role).not.toBe('archway_app');
    expect(after.rows[0]!.org ?? '').toBe('');
  });
});
