import type { DataModel } from '../../model/architecture.js';
import { decision, fact, notApplicable, option } from '../decision-builder.js';
import type { Rule } from '../rule-context.js';

/** Fewer tenants than this, each with many users, justify a database per tenant. */
const FEW_TENANTS = 20;
const LARGE_TENANT_USERS = 1000;
/** Schemas per PostgreSQL cluster beyond which the system catalog and migrations strain. */
const SCHEMAS_PER_CLUSTER = 1000;

export const multiTenancyRule: Rule = (ctx) => {
  const { tenancy } = ctx.brief;
  if (tenancy.mode !== 'multi') return notApplicable('multi-tenancy', 'Multi-tenancy', 'One organisation uses the system; there are no tenants to isolate.');
  const tenants = Math.max(tenancy.tenants ?? 0, tenancy.tenantsLater ?? 0);
  const demanded = tenancy.isolation;
  const fewLarge = tenants > 0 && tenants < FEW_TENANTS && (tenancy.usersPerTenant ?? 0) >= LARGE_TENANT_USERS;
  const isolation: DataModel['tenancy'] = demanded ?? (fewLarge ? 'database-per-tenant' : 'row-level');
  const keys = ['tenant_id', ...tenancy.scopes.map((s) => `${s}_id`)];
  const noun = tenancy.tenantNoun;
  const drivers = [
    fact(ctx, 'tenancy.mode', `Multi-tenant: every ${noun} is isolated from the others.`),
    ...(tenancy.tenants !== undefined ? [fact(ctx, 'tenancy.tenants', `${tenancy.tenants} ${noun}s${tenancy.tenantsLater ? `, up to ${tenancy.tenantsLater} later` : ''}.`)] : []),
    ...(demanded ? [fact(ctx, 'tenancy.isolation', `The requirements demand ${demanded} isolation.`)] : []),
    ...(tenancy.enforcedInDatabase ? [fact(ctx, 'tenancy.enforcedInDatabase', 'Isolation must be enforced by the database, not only by application code.')] : []),
    ...(tenancy.scopes.length > 0 ? [fact(ctx, 'tenancy.scopes', `Reads and writes are also scoped by ${tenancy.scopes.join(', ')}.`)] : []),
  ];
  const reqs = ctx.brief.requirements.filter((r) => /tenant|organi[sz]ation|workspace|isolat|scoped/i.test(r.text)).map((r) => r.id);
  const rls = tenancy.enforcedInDatabase || isolation === 'row-level';
  const overCluster = isolation === 'schema-per-tenant' && tenants > SCHEMAS_PER_CLUSTER;
  const choice = isolation === 'row-level'
    ? `Shared tables with ${keys.join(' and ')} on every tenant-owned row, enforced by PostgreSQL row-level security`
    : isolation === 'schema-per-tenant'
      ? `Schema per ${noun}${tenancy.databaseRolePerTenant ? ` with a database role per ${noun}` : ''}`
      : `Database per ${noun}`;
  return decision('multi-tenancy', {
    title: 'Multi-tenancy and isolation',
    choice,
    technologies: ['postgresql'],
    context: `${tenants > 0 ? `${tenants} ${noun}s` : `Many ${noun}s`} share one system; a bug in one query must not expose another ${noun}'s data.`,
    options: [
      option('row-level', 'Shared tables + tenant_id + row-level security', isolation === 'row-level', ['Scales to thousands of small tenants on one cluster', 'One migration for everyone', 'RLS makes a missing filter fail closed'], ['Noisy neighbours share resources', 'Per-tenant restore needs a filtered export']),
      option('schema-per-tenant', 'Schema per tenant', isolation === 'schema-per-tenant', ['Strong logical isolation; per-tenant role and grants', 'Per-tenant backup and restore with pg_dump -n'], ['Migrations run once per schema', 'Thousands of schemas strain one cluster\'s catalog']),
      option('database-per-tenant', 'Database per tenant', isolation === 'database-per-tenant', ['Strongest isolation; per-tenant sizing'], ['Cost and operations grow with every tenant; only for few large tenants']),
    ],
    drivers,
    rationale: isolation === 'row-level'
      ? `${tenants > 0 ? `${tenants} small ${noun}s` : `Many small ${noun}s`} fit shared tables; the session sets the ${noun} (and ${tenancy.scopes.join(', ') || 'scope'}) context and RLS policies filter every query, so a forgotten WHERE clause returns nothing instead of another ${noun}'s rows.`
      : isolation === 'schema-per-tenant'
        ? `The requirements demand a schema and a database role per ${noun}; the role can only reach its own schema, so isolation holds in the database itself.`
        : `Few large ${noun}s justify their own databases for isolation and independent sizing.`,
    positive: isolation === 'row-level' ? ['Cheap onboarding: a row, not a schema', 'Single schema to migrate'] : ['Isolation enforced by database grants', 'Per-tenant backup and restore'],
    negative: isolation === 'row-level' ? ['Every tenant-owned table needs tenant_id, an index and a policy'] : ['Migrations fan out over every tenant schema', 'Connection pooling must set search_path per tenant'],
    risks: [
      ...(isolation === 'row-level' ? [{ risk: 'A query bypasses RLS (superuser or owner role)', mitigation: 'Application connects as a non-owner role; FORCE ROW LEVEL SECURITY; isolation tests in CI' }] : []),
      ...(isolation === 'schema-per-tenant' ? [{
        risk: `Thousands of schemas strain one cluster's catalog (${tenants > 0 ? `${tenants} ${noun}s planned` : 'growth'}): slow pg_dump, planner and migration times`,
        mitigation: `Spread tenants over several clusters (about ${SCHEMAS_PER_CLUSTER} schemas each) with a tenant → cluster directory; run migrations per schema in parallel batches`,
      }] : []),
    ],
    requirementIds: reqs,
    details: {
      isolation,
      tenantKeys: keys,
      rls,
      ...(tenancy.databaseRolePerTenant ? { databaseRolePerTenant: true } : {}),
      ...(overCluster ? { clusters: Math.ceil(tenants / SCHEMAS_PER_CLUSTER) } : {}),
      ...(tenancy.perTenantQuotas ? { quotas: `per ${noun}${tenancy.scopes.length ? ` and per ${tenancy.scopes.join(', ')}` : ''}` } : {}),
    },
    confirmation: [
      'archway verify: a session of one tenant reads no row of another',
      ...(isolation === 'row-level' ? ['Every tenant-owned table has tenant_id and an RLS policy'] : []),
    ],
    given: demanded !== undefined,
  });
};
