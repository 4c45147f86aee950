import { randomBytes, randomUUID } from 'node:crypto';
import type { ArchwayIssue } from '../errors/issue.js';
import type { ArchitectureModel, Table } from '../model/architecture.js';
import { orderTables } from '../render/sql/render-migrations.js';
import { PROVISIONING } from '../render/sql/provisioning-steps.js';
import { TENANT_SETTING } from '../render/sql/tenancy-steps.js';
import type { DatabaseStep } from './database-worker.js';
import { createFill, createTry, FILL_FUNCTION, plansJson, readFill, TRY_FUNCTION } from './isolation-sql.js';
import { rowPlan, syntheticRow, type RowPlan } from './synthetic-row.js';
import { verifyCodes } from './verify-codes.js';
import { inRolledBackTransaction, type VerifyDatabase } from './verify-database.js';

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

function insertStep(table: string, row: Record<string, unknown>): DatabaseStep {
  const cols = Object.keys(row);
  const sql = cols.length === 0
    ? `INSERT INTO ${q(table)} DEFAULT VALUES RETURNING *`
    : `INSERT INTO ${q(table)} (${cols.map(q).join(', ')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING *`;
  return { kind: 'query', sql, params: cols.map((c) => row[c]) };
}

const setTenant = (id: string): DatabaseStep => ({ kind: 'query', sql: `SELECT set_config('${TENANT_SETTING}', $1, true)`, params: [id] });
const statement = (sql: string): DatabaseStep => ({ kind: 'query', sql });

/** Runs steps in one round trip; throws the first step's error, as sending them one by one would. */
async function batch(db: VerifyDatabase, steps: readonly DatabaseStep[]): Promise<Record<string, unknown>[][]> {
  const { results } = await db.run(steps);
  const failed = results.find((r) => r.error);
  if (failed?.error) throw failed.error;
  if (results.length < steps.length) throw new Error('a verification step did not run');
  return results.map((r) => r.rows ?? []);
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

/** Inserts the plans' rows in order as the current role (see isolation-sql.ts): one round trip. */
function fillStep(plans: readonly RowPlan[], made: Record<string, Record<string, unknown>>): DatabaseStep {
  return { kind: 'query', sql: `SELECT ${FILL_FUNCTION}($1::jsonb, $2::jsonb) AS result`, params: [plansJson(plans), JSON.stringify(made)] };
}

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
    const tenantRows = [1, 2].map((serial) => syntheticRow(tenantTable, new Map(), serial));
    if (!tenantRows[0] || !tenantRows[1]) return;
    const [a, b] = [randomUUID(), randomUUID()];
    await batch(db, [
      statement(createFill()),
      setTenant(a), insertStep(tenantTable.name, { ...tenantRows[0], id: a }),
      setTenant(b), insertStep(tenantTable.name, { ...tenantRows[1], id: b }),
    ]);

    // As tenant A, one row per tenant-owned table, parents first.
    const { ordered } = orderTables(owned);
    const plans = ordered.map((table, i) => rowPlan(table, i + 10, new Set(['tenant_id'])));
    const [, , filled] = await batch(db, [statement(`SET LOCAL ROLE ${q(role)}`), setTenant(a), fillStep(plans, { [tenantTable.name]: { id: a } })]);
    const { made, failed } = readFill(filled![0]!['result']);
    for (const table of ordered) {
      const error = failed.get(table.name);
      if (error !== undefined) issues.push(verifyCodes.issue('VERIFY_TENANT_CHECK', `could not insert a row into '${table.name}' as tenant A: ${error}`, { file, path: `dataModel.tables.${table.name}` }));
    }

    // As tenant B: no row of A is visible without a WHERE clause, and a row for A cannot be inserted.
    const shown = [tenantTable, ...ordered].filter((t) => made.has(t.name));
    const counts = shown.map((t) => `(SELECT count(*)::int FROM ${q(t.name)}${t === tenantTable ? ' WHERE id = $1' : ''})`);
    const probe = ordered.find((t) => made.has(t.name));
    const probeRow = probe ? { ...syntheticRow(probe, made, 99, new Set(['tenant_id'])), tenant_id: a } : undefined;
    const [, seen, crossed] = await batch(db, [
      setTenant(b),
      { kind: 'query', sql: `SELECT ARRAY[${counts.join(', ')}]::int[] AS n`, params: shown.includes(tenantTable) ? [a] : [] },
      ...(probe && probeRow ? [fillStep([{ table: probe.name, references: [], values: Object.entries(probeRow) }], {})] : []),
    ]);
    const n = (seen![0]!['n'] ?? []) as (number | string)[];
    shown.forEach((table, i) => {
      if (Number(n[i] ?? 0) > 0) issues.push(verifyCodes.issue('VERIFY_TENANT_LEAK', `as tenant B, '${table.name}' shows tenant A's rows (no WHERE clause)`, { file, path: `dataModel.tables.${table.name}` }));
    });
    if (probe && crossed && readFill(crossed[0]!['result']).failed.size === 0) {
      issues.push(verifyCodes.issue('VERIFY_TENANT_LEAK', `as tenant B, a row for tenant A was inserted into '${probe.name}'`, { file, path: `dataModel.tables.${probe.name}` }));
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
    await db.exec(createTry());
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
    // As A's role, each table read in A's schema and in B's, each read in its own subtransaction.
    const reads = tables.flatMap((table) => [a, b].map((s) => `SELECT count(*) FROM ${q(s.schema_name)}.${q(table.name)}`));
    const [, outcome] = await batch(db, [
      statement(`SET LOCAL ROLE ${q(a.role_name)}`),
      { kind: 'query', sql: `SELECT ${TRY_FUNCTION}(ARRAY[${reads.map(literal).join(', ')}]::text[]) AS errors`, params: [] },
      statement('RESET ROLE'),
    ]);
    const errors = (outcome![0]!['errors'] ?? []) as (string | null)[];
    tables.forEach((table, i) => {
      const own = errors[2 * i];
      const other = errors[2 * i + 1];
      if (own !== null && own !== undefined) issues.push(verifyCodes.issue('VERIFY_TENANT_CHECK', `tenant role cannot read its own '${table.name}': ${own}`, { file }));
      if (other === null) issues.push(verifyCodes.issue('VERIFY_TENANT_LEAK', `tenant A's role can read tenant B's '${table.name}'`, { file, path: `dataModel.tables.${table.name}` }));
    });
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
