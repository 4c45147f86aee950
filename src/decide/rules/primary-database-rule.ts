import { figure, isMultiTenant, requirementsMatching } from '../brief-queries.js';
import { capacityDriver, decision, fact, techOption } from '../decision-builder.js';
import type { Rule } from '../rule-context.js';

/** Event rates above which append-heavy tables are partitioned by time. */
const PARTITION_EVENTS_PER_SECOND = 50;
const EVENT_TABLE = /(Event|Run|Record|Change|Log|Message)$/;

export const primaryDatabaseRule: Rule = (ctx) => {
  const db = ctx.pinned.find((t) => t.kind === 'database') ?? ctx.catalog.byId('postgresql');
  const { brief } = ctx;
  const eventsPerSecond = figure(ctx, 'events.avg-per-second');
  const heavy = eventsPerSecond >= PARTITION_EVENTS_PER_SECOND || brief.entities.some((e) => (e.rowsPerDay ?? 0) >= 1_000_000);
  const partitioned = heavy ? brief.entities.filter((e) => EVENT_TABLE.test(e.name) || (e.rowsPerDay ?? 0) >= 1_000_000).map((e) => e.name) : [];
  const flexible = brief.entities.some((e) => e.fields.some((f) => f.type === 'json')) || requirementsMatching(ctx, /configuration|settings|metadata/i).length > 0;
  const configReqs = requirementsMatching(ctx, /configuration|settings|metadata/i);
  const versionReqs = brief.capabilities.versioning ? requirementsMatching(ctx, /version/i) : [];
  const dbSize = figure(ctx, 'storage.database.after-horizon');
  const details: Record<string, string | number | boolean | readonly string[]> = {
    engine: db.id,
    version: db.currentVersion,
    migrations: 'reversible: every migration has up and down, applied and rolled back in CI',
  };
  if (partitioned.length > 0) details['partitionedTables'] = partitioned;
  if (flexible) details['flexibleConfiguration'] = 'JSONB column with a GIN index for configuration and capability data';
  if (brief.capabilities.versioning) details['versioning'] = 'linear versioning: immutable version rows with a monotonically increasing number per document; restore copies an old version as the newest';
  if (brief.capabilities.offline) details['sync'] = 'updated_at and version columns on synced tables for delta pulls and conflict detection';
  if (dbSize > 0) details['sizeAfterHorizonGb'] = Math.round(dbSize);
  return decision('primary-database', {
    title: 'Primary database',
    choice: `${db.name} ${db.currentVersion}${isMultiTenant(ctx) && db.traits.includes('rls') ? ' with row-level security' : ''}`,
    technologies: [db.id],
    context: 'The system of record for every entity and transaction.',
    options: ['postgresql', 'mysql', 'mongodb'].map((id) => {
      const t = ctx.catalog.byId(id);
      return techOption(t, id === db.id, t.traits.includes('rls') ? ['Row-level security for tenant isolation'] : [],
        t.traits.includes('rls') ? [] : ['No row-level security; isolation only in application code']);
    }),
    drivers: [
      ...(isMultiTenant(ctx) ? [fact(ctx, 'tenancy.mode', 'Multi-tenant: isolation must hold in the database.')] : []),
      ...(eventsPerSecond > 0 ? [capacityDriver('events.avg-per-second', `${Math.round(eventsPerSecond)} events/s on average.`)] : []),
      ...(dbSize > 0 ? [capacityDriver('storage.database.after-horizon', `About ${Math.round(dbSize)} GB after the sizing horizon.`)] : []),
      ...(brief.quality.reversibleMigrations ? [fact(ctx, 'quality.reversibleMigrations', 'Migrations must be reversible.')] : []),
    ],
    rationale: `${db.name}: ${db.description} Relational integrity fits the entity model; JSONB covers the flexible parts without a second database.`,
    positive: ['ACID transactions across entities', 'Row-level security, JSONB, partitioning and full-text search in one engine'],
    negative: ['Vertical write scaling; sharding later is work'],
    risks: [
      { risk: 'A migration breaks production', mitigation: 'Reversible migrations applied up and down on PostgreSQL in CI; expand-and-contract for breaking changes' },
      ...(partitioned.length > 0 ? [{ risk: 'Event tables grow without bound', mitigation: 'Monthly range partitions; old partitions detached and archived' }] : []),
    ],
    requirementIds: [...configReqs, ...versionReqs],
    details,
    confirmation: ['Migrations apply and roll back on PostgreSQL in `archway verify`', ...(flexible ? ['The schema has a GIN index on the JSONB configuration column'] : [])],
  });
};
