import { earlier, onPremise } from '../brief-queries.js';
import { assumptionDriver, decision, fact, option } from '../decision-builder.js';
import type { Rule } from '../rule-context.js';

export const backupAndDrRule: Rule = (ctx) => {
  const { quality, capabilities } = ctx.brief;
  const high = (quality.availability ?? 0) >= 99.9;
  const rpo = quality.rpoMinutes ?? (high ? 15 : 1440);
  const rto = quality.rtoMinutes ?? (high ? 60 : 240);
  // A nightly backup loses up to a day: any recovery point objective shorter than that needs WAL archiving.
  const pitr = high || rpo < 1440;
  const isolation = earlier(ctx, 'multi-tenancy')?.details['isolation'];
  const perTenant = capabilities.backupRestore
    ? isolation === 'schema-per-tenant'
      ? 'per-tenant backup with pg_dump of the tenant schema, scheduled nightly and on demand; restore into a fresh schema, then swap'
      : 'per-tenant export of rows by tenant_id, restorable into the same cluster'
    : undefined;
  const files = earlier(ctx, 'object-storage');
  const reqs = ctx.brief.requirements.filter((r) => /backup|restore/i.test(r.text)).map((r) => r.id);
  return decision('backup-and-dr', {
    title: 'Backup and disaster recovery',
    choice: `${pitr ? 'Continuous WAL archiving with point-in-time recovery' : 'Nightly full backups'}; RPO ${rpo} min, RTO ${rto} min${perTenant ? '; automated per-tenant backup and restore' : ''}`,
    technologies: [],
    context: 'How much data may be lost and how long recovery may take.',
    options: [
      option('pitr', 'Continuous WAL archiving + point-in-time recovery', pitr, ['Minutes of data loss at most'], ['Archive storage and restore drills']),
      option('nightly', 'Nightly full backups', !pitr, ['Simple'], ['Up to a day of data lost']),
    ],
    drivers: [
      quality.rpoMinutes !== undefined ? fact(ctx, 'quality.rpoMinutes', `RPO ${rpo} minutes.`) : assumptionDriver('quality.rpoMinutes', `RPO assumed ${rpo} minutes from the ${quality.availability ?? 'unstated'}% availability target.`),
      quality.rtoMinutes !== undefined ? fact(ctx, 'quality.rtoMinutes', `RTO ${rto} minutes.`) : assumptionDriver('quality.rtoMinutes', `RTO assumed ${rto} minutes.`),
      ...(capabilities.backupRestore ? [fact(ctx, 'capabilities.backupRestore', 'Backups and restores of a tenant\'s data are automated.')] : []),
    ],
    rationale: `Backups are only as good as the last restore: ${pitr ? 'WAL archiving bounds data loss to minutes' : 'a nightly backup matches the business-hours availability target'}, and a scheduled restore drill proves the RTO.`,
    positive: ['Recovery objectives stated and tested', ...(perTenant ? ['One tenant can be restored without touching the others'] : [])],
    negative: ['Backup storage grows with retention'],
    risks: [{ risk: 'Backups exist but do not restore', mitigation: 'Monthly automated restore drill into a scratch environment, timed against the RTO' }],
    requirementIds: reqs,
    details: {
      rpoMinutes: rpo,
      rtoMinutes: rto,
      rpoRtoAssumed: quality.rpoMinutes === undefined || quality.rtoMinutes === undefined,
      schedule: pitr ? 'continuous WAL archiving + daily base backup' : 'nightly full backup',
      retentionDays: 30,
      offsite: onPremise(ctx) ? 'encrypted copy to a second site' : 'encrypted copy in another region',
      ...(perTenant ? { perTenant } : {}),
      ...(files ? { files: 'object storage versioning and replication to a second location' } : {}),
    },
    confirmation: ['A restore drill job exists and reports its duration'],
  });
};
