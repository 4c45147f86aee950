import { identifier } from '../../compose/contracts/identifier.js';
import type { ArchitectureModel, Table } from '../../model/architecture.js';
import { quoteIdent, quoteLiteral } from './sql-text.js';
import type { MigrationStep } from './table-ddl.js';

/** The session setting that carries the current tenant (the application sets it per transaction). */
export const TENANT_SETTING = 'app.tenant_id';
const CURRENT_TENANT = `(NULLIF(current_setting(${quoteLiteral(TENANT_SETTING)}, true), ''))::uuid`;

/** The non-owner role the application connects as, e.g. `jeex_plan_app`. */
export function appRoleName(model: ArchitectureModel): string {
  return identifier(`${model.system.id}_app`);
}

/** The table every `tenant_id` references. */
export function tenantTableOf(tables: readonly Table[]): Table | undefined {
  const target = tables.flatMap((t) => t.foreignKeys).find((fk) => fk.columns[0] === 'tenant_id')?.table;
  return tables.find((t) => t.name === target);
}

/**
 * Row-level tenancy: a NOLOGIN application role with table grants, and on every tenant-owned table
 * ENABLE + FORCE ROW LEVEL SECURITY with a policy on `current_setting('app.tenant_id')`.
 */
export function rowLevelSteps(model: ArchitectureModel, tables: readonly Table[]): MigrationStep[] {
  const role = quoteIdent(appRoleName(model));
  const roleLiteral = quoteLiteral(appRoleName(model));
  const steps: MigrationStep[] = [
    {
      up: `DO $$\nBEGIN\n  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = ${roleLiteral}) THEN\n    CREATE ROLE ${role} NOLOGIN;\n  END IF;\nEXCEPTION WHEN duplicate_object THEN NULL;\nEND\n$$;`,
      down: `DO $$\nBEGIN\n  DROP ROLE IF EXISTS ${role};\nEXCEPTION WHEN dependent_objects_still_exist THEN NULL; -- still used by another database of the cluster\nEND\n$$;`,
    },
    { up: `GRANT USAGE ON SCHEMA public TO ${role};`, down: `REVOKE USAGE ON SCHEMA public FROM ${role};` },
  ];
  const tenantTable = tenantTableOf(tables);
  for (const t of tables) {
    const table = quoteIdent(t.name);
    const isTenant = t === tenantTable;
    const privileges = isTenant ? 'SELECT' : 'SELECT, INSERT, UPDATE, DELETE';
    steps.push({ up: `GRANT ${privileges} ON ${table} TO ${role};`, down: `REVOKE ${privileges} ON ${table} FROM ${role};` });
    const column = isTenant ? 'id' : t.columns.some((c) => c.name === 'tenant_id') ? 'tenant_id' : undefined;
    if (!column) continue;
    const policy = quoteIdent(`${t.name}_tenant_isolation`);
    const predicate = `${quoteIdent(column)} = ${CURRENT_TENANT}`;
    steps.push(
      { up: `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;`, down: `ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY;` },
      { up: `ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;`, down: `ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY;` },
      { up: `CREATE POLICY ${policy} ON ${table}\n  USING (${predicate})\n  WITH CHECK (${predicate});`, down: `DROP POLICY ${policy} ON ${table};` },
    );
  }
  return steps;
}
