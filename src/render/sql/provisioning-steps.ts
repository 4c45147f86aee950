import { identifier } from '../../compose/contracts/identifier.js';
import type { ArchitectureModel, Table } from '../../model/architecture.js';
import { dollarQuote, quoteIdent, quoteLiteral } from './sql-text.js';
import type { MigrationStep } from './table-ddl.js';

/** Names the provisioning migration defines; `archway verify` calls the functions by these names. */
export const PROVISIONING = {
  registry: 'tenant_schemas',
  provision: 'provision_tenant',
  deprovision: 'deprovision_tenant',
  schemaPrefix: 'tenant_',
} as const;

/** Prefix of every per-tenant role, e.g. `berqenas_tenant_`. */
export function tenantRolePrefix(model: ArchitectureModel): string {
  return identifier(`${model.system.id}_tenant`) + '_';
}

/**
 * Schema-per-tenant (seed 000): a registry of provisioned tenants, `provision_tenant(slug)` that
 * creates the tenant's schema, its tables, a dedicated role with grants, and its quotas, and
 * `deprovision_tenant(slug)` that reverses all of it.
 */
export function provisioningSteps(model: ArchitectureModel, tenantDdl: readonly string[]): MigrationStep[] {
  const registry = quoteIdent(PROVISIONING.registry);
  const prefix = quoteLiteral(tenantRolePrefix(model));
  const ddl = tenantDdl.map((stmt) => `  EXECUTE ${dollarQuote(stmt, 'ddl')};`).join('\n');
  const provision = [
    `CREATE FUNCTION ${quoteIdent(PROVISIONING.provision)}(p_slug text, p_connection_limit integer DEFAULT 20, p_storage_quota_bytes bigint DEFAULT 10737418240)`,
    'RETURNS text LANGUAGE plpgsql AS $fn$',
    'DECLARE',
    `  v_schema text := ${quoteLiteral(PROVISIONING.schemaPrefix)} || p_slug;`,
    `  v_role text := ${prefix} || p_slug;`,
    "  v_path text := current_setting('search_path');",
    'BEGIN',
    "  IF p_slug !~ '^[a-z][a-z0-9_]{0,39}$' THEN",
    "    RAISE EXCEPTION 'invalid tenant slug: %', p_slug USING ERRCODE = '22023', HINT = 'lower-case letters, digits and underscores, starting with a letter';",
    '  END IF;',
    "  EXECUTE format('CREATE SCHEMA %I', v_schema);",
    "  EXECUTE format('REVOKE ALL ON SCHEMA %I FROM PUBLIC', v_schema);",
    "  EXECUTE format('CREATE ROLE %I NOLOGIN CONNECTION LIMIT %s', v_role, p_connection_limit);",
    "  EXECUTE format('ALTER ROLE %I SET statement_timeout = %L', v_role, '30s');",
    "  EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', v_schema, v_role);",
    "  PERFORM set_config('search_path', quote_ident(v_schema) || ', public', true);",
    ddl,
    "  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', v_schema, v_role);",
    `  INSERT INTO ${registry} (slug, schema_name, role_name, connection_limit, storage_quota_bytes) VALUES (p_slug, v_schema, v_role, p_connection_limit, p_storage_quota_bytes);`,
    "  PERFORM set_config('search_path', v_path, true);",
    '  RETURN v_schema;',
    'END',
    '$fn$;',
  ].join('\n');
  const deprovision = [
    `CREATE FUNCTION ${quoteIdent(PROVISIONING.deprovision)}(p_slug text)`,
    'RETURNS void LANGUAGE plpgsql AS $fn$',
    'DECLARE',
    `  v_row ${registry}%ROWTYPE;`,
    'BEGIN',
    `  SELECT * INTO v_row FROM ${registry} WHERE slug = p_slug;`,
    "  IF NOT FOUND THEN RAISE EXCEPTION 'unknown tenant: %', p_slug USING ERRCODE = '22023'; END IF;",
    "  EXECUTE format('DROP SCHEMA %I CASCADE', v_row.schema_name);",
    "  EXECUTE format('DROP OWNED BY %I', v_row.role_name);",
    "  EXECUTE format('DROP ROLE %I', v_row.role_name);",
    `  DELETE FROM ${registry} WHERE slug = p_slug;`,
    'END',
    '$fn$;',
  ].join('\n');
  return [
    {
      up: `CREATE TABLE ${registry} (\n  "slug" text NOT NULL,\n  "schema_name" text NOT NULL UNIQUE,\n  "role_name" text NOT NULL UNIQUE,\n  "connection_limit" integer NOT NULL CHECK ("connection_limit" > 0),\n  "storage_quota_bytes" bigint NOT NULL CHECK ("storage_quota_bytes" > 0),\n  "created_at" timestamptz NOT NULL DEFAULT now(),\n  CONSTRAINT "tenant_schemas_pkey" PRIMARY KEY ("slug")\n);`,
      down: `DROP TABLE ${registry};`,
    },
    { up: provision, down: `DROP FUNCTION ${quoteIdent(PROVISIONING.provision)}(text, integer, bigint);` },
    { up: deprovision, down: `DROP FUNCTION ${quoteIdent(PROVISIONING.deprovision)}(text);` },
  ];
}

/** Tables created inside each tenant's schema. */
export function tenantTables(tables: readonly Table[]): Table[] {
  return tables.filter((t) => t.tenantOwned);
}
