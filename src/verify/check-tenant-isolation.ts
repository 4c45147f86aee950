import { randomBytes, randomUUID } from 'node:crypto';
import type { ArchwayIssue } from '../errors/issue.js';
import type { ArchitectureModel, Table } from '../model/architecture.js';
import { orderTables } from '../render/sql/render-migrations.js';
import { PROVISIONING } from '../render/sql/provisioning-steps.js';
import { TENANT_SETTING } from '../render/sql/tenancy-steps.js';
import { syntheticRow } from './synthetic-row.js';
import { verifyCodes } from './verify-codes.js';
import { inRolledBackTransaction, type VerifyDatabase } from './verify-database.js';

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function insert(db: VerifyDatabase, schema: string | undefined, table: string, row: Record<string, unknown>): Promise<Record<string, unknown>> {
  const cols = Object.keys(row);
  const target = schema ? `${q(schema)}.${q(table)}` : q(table);
  const sql = cols.length === 0
    ? `INSERT INTO ${target} DEFAULT VALUES RETURNING *`
    : `INSERT INTO ${target} (${cols.map(q).join(', ')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING *`;
  const [made] = await db.query<Record<string, unknown>>(sql, cols.map((c) => row[c]));
  return made ?? {};
}

async function attempt<T>(db: VerifyDatabase, body: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: string }> {
  await db.exec('SAVEPOINT verify_attempt');
  try {
    const value = await body();
    await db.exec('RELEASE SAVEPOINT verify_attempt');
    return { ok: true, value };
  } catch (err) {
    await db.exec('ROLLBACK TO SAVEPOINT verify_attempt');
    return { ok: false, error: (err as Error).message };
  }
}

const setTenant = (db: VerifyDatabase, id: string) => db.query(`SELECT set_config('${TENANT_SETTING}', $1, true)`, [id]);

/**
 * Row-level tenancy, proven as the application role: rows a tenant A inserts are invisible to
 * tenant B without any WHERE clause, and B cannot insert rows for A. Everything is rolled back.
 */
export async function checkRowLevelIsolation(db: VerifyDatabase, model: ArchitectureModel): Promise<ArchwayIssue[]> {
  const owned = model.dataModel.tables.filter((t) => t.columns.some((c) => c.name === 'tenant_id'));
  const tenantName = owned.flatMap((t) => t.foreignKeys).find((fk) => fk.columns[0] === 'tenant_id')?.table;
  const tenantTable = model.dataModel.tables.find((t) => t.name === tenantName);
  if (owned.length === 0 || !tenantTable) return [];
  const issues: ArchwayIssue[] = [];
  const file = 'db/migrations';
  const [grantee] = await db.query<{ grantee: string }>(
    `SELECT DISTINCT grantee FROM information_schema.role_table_grants
      WHERE table_schema = 'public' AND table_name = $1 AND privilege_type = 'INSERT' AND grantee NOT IN (current_user, 'PUBLIC')
      ORDER BY grantee LIMIT 1`,
    [owned[0]!.name],
  );
  if (!grantee) return [verifyCodes.issue('VERIFY_TENANT_LEAK', `no non-owner application role is granted access to '${owned[0]!.name}'`, { file })];
  const role = grantee.grantee;
  const [super_] = await db.query<{ rolsuper: boolean; rolbypassrls: boolean }>('SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = $1', [role]);
  if (super_?.rolsuper || super_?.rolbypassrls) issues.push(verifyCodes.issue('VERIFY_TENANT_LEAK', `application role '${role}' bypasses row-level security`, { file }));

  await inRolledBackTransaction(db, async () => {
    const tenants: string[] = [];
    for (const serial of [1, 2]) {
      const id = randomUUID();
      await setTenant(db, id);
      const row = syntheticRow(tenantTable, new Map(), serial);
      if (!row) return;
      await insert(db, undefined, tenantTable.name, { ...row, id });
      tenants.push(id);
    }
    const [a, b] = tenants as [string, string];
    await db.exec(`SET LOCAL ROLE ${q(role)}`);
    await setTenant(db, a);
    const made = new Map<string, Record<string, unknown>>([[tenantTable.name, { id: a }]]);
    const { ordered } = orderTables(owned);
    for (const [i, table] of ordered.entries()) {
      const row = syntheticRow(table, made, i + 10, new Set(['tenant_id']));
      const result = row ? await attempt(db, () => insert(db, undefined, table.name, row)) : { ok: false as const, error: 'a referenced table could not be filled' };
      if (result.ok) made.set(table.name, result.value);
      else issues.push(verifyCodes.issue('VERIFY_TENANT_CHECK', `could not insert a row into '${table.name}' as tenant A: ${result.error}`, { file, path: `dataModel.tables.${table.name}` }));
    }
    await setTenant(db, b);
    for (const table of [tenantTable, ...ordered]) {
      if (!made.has(table.name)) continue;
      const [row] = await db.query<{ n: number | string }>(`SELECT count(*) AS n FROM ${q(table.name)}${table === tenantTable ? ` WHERE id = $1` : ''}`, table === tenantTable ? [a] : []);
      if (Number(row?.n ?? 0) > 0) issues.push(verifyCodes.issue('VERIFY_TENANT_LEAK', `as tenant B, '${table.name}' shows tenant A's rows (no WHERE clause)`, { file, path: `dataModel.tables.${table.name}` }));
    }
    const probe = ordered.find((t) => made.has(t.name));
    if (probe) {
      const row = syntheticRow(probe, made, 99, new Set(['tenant_id']));
      const crossed = await attempt(db, () => insert(db, undefined, probe.name, { ...row, tenant_id: a }));
      if (crossed.ok) issues.push(verifyCodes.issue('VERIFY_TENANT_LEAK', `as tenant B, a row for tenant A was inserted into '${probe.name}'`, { file, path: `dataModel.tables.${probe.name}` }));
    }
  });
  return issues;
}

/** Schema per tenant: provision two tenants; one's role cannot read the other's schema. Rolled back. */
export async function checkSchemaIsolation(db: VerifyDatabase, model: ArchitectureModel): Promise<ArchwayIssue[]> {
  const [fn] = await db.query<{ n: number | string }>(`SELECT count(*) AS n FROM pg_proc WHERE proname = $1`, [PROVISIONING.provision]);
  const file = 'db/migrations';
  if (Number(fn?.n ?? 0) === 0) return [verifyCodes.issue('VERIFY_TENANT_LEAK', `schema-per-tenant design has no ${PROVISIONING.provision}() function`, { file })];
  const tables: Table[] = model.dataModel.tables.filter((t) => t.tenantOwned);
  const issues: ArchwayIssue[] = [];
  await inRolledBackTransaction(db, async () => {
    const slug = () => `v${randomBytes(4).toString('hex')}`;
    const [sa, sb] = [slug(), slug()];
    const provisioned = await attempt(db, async () => {
      for (const s of [sa, sb]) await db.query(`SELECT ${q(PROVISIONING.provision)}($1)`, [s]);
    });
    if (!provisioned.ok) { issues.push(verifyCodes.issue('VERIFY_TENANT_LEAK', `provisioning two tenants failed: ${provisioned.error}`, { file })); return; }
    const regs = await db.query<{ slug: string; schema_name: string; role_name: string }>(`SELECT slug, schema_name, role_name FROM ${q(PROVISIONING.registry)} WHERE slug IN ($1, $2)`, [sa, sb]);
    const a = regs.find((r) => r.slug === sa);
    const b = regs.find((r) => r.slug === sb);
    if (!a || !b) { issues.push(verifyCodes.issue('VERIFY_TENANT_LEAK', 'provisioned tenants are missing from the registry', { file })); return; }
    await db.exec(`SET LOCAL ROLE ${q(a.role_name)}`);
    for (const table of tables) {
      const own = await attempt(db, () => db.query(`SELECT count(*) FROM ${q(a.schema_name)}.${q(table.name)}`));
      if (!own.ok) issues.push(verifyCodes.issue('VERIFY_TENANT_CHECK', `tenant role cannot read its own '${table.name}': ${own.error}`, { file }));
      const other = await attempt(db, () => db.query(`SELECT count(*) FROM ${q(b.schema_name)}.${q(table.name)}`));
      if (other.ok) issues.push(verifyCodes.issue('VERIFY_TENANT_LEAK', `tenant A's role can read tenant B's '${table.name}'`, { file, path: `dataModel.tables.${table.name}` }));
    }
    await db.exec('RESET ROLE');
    const removed = await attempt(db, async () => {
      for (const s of [sa, sb]) await db.query(`SELECT ${q(PROVISIONING.deprovision)}($1)`, [s]);
    });
    if (!removed.ok) issues.push(verifyCodes.issue('VERIFY_TENANT_LEAK', `deprovisioning failed: ${removed.error}`, { file }));
    else {
      const [left] = await db.query<{ n: number | string }>(`SELECT count(*) AS n FROM pg_namespace WHERE nspname IN ($1, $2)`, [a.schema_name, b.schema_name]);
      if (Number(left?.n ?? 0) > 0) issues.push(verifyCodes.issue('VERIFY_TENANT_LEAK', 'deprovisioning left tenant schemas behind', { file }));
    }
  });
  return issues;
}
