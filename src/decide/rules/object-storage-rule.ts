import { figure, onPremise } from '../brief-queries.js';
import { capacityDriver, decision, fact, notApplicable, techOption } from '../decision-builder.js';
import type { Rule } from '../rule-context.js';

export const objectStorageRule: Rule = (ctx) => {
  const { files, export: exports } = ctx.brief.capabilities;
  if (!files.needed && exports.length === 0 && ctx.pinned.length === 0) {
    return notApplicable('object-storage', 'Object storage', 'The system stores no files.');
  }
  const onPrem = onPremise(ctx);
  const provider = ctx.brief.constraints.cloudProvider?.toLowerCase() ?? '';
  const store = ctx.pinned[0] ?? ctx.catalog.byId(onPrem ? 'minio' : provider.includes('azure') ? 'azure-blob' : 's3');
  const { scale } = ctx.brief;
  const retention = scale.fileRetentionYears ?? scale.retentionYears;
  const total = figure(ctx, 'storage.files.retention');
  const kinds = files.kinds.length > 0 ? files.kinds.join(', ') : 'files';
  const reqs = ctx.brief.requirements.filter((r) => /photo|file|upload|export|zip|document/i.test(r.text)).map((r) => r.id);
  return decision('object-storage', {
    title: 'Object storage',
    choice: `${store.name}${store.traits.includes('on-premise') ? ' on the company\'s own servers' : ''} for ${[...(files.needed ? [kinds] : []), ...exports.map((e) => `${e.toUpperCase()} exports`)].join(' and ')}${retention ? `, kept ${retention} years by lifecycle policy` : ''}`,
    technologies: [store.id],
    context: 'Binary files do not belong in database rows: they grow without bound and are served directly to clients.',
    options: ['minio', 's3', 'azure-blob'].map((id) => {
      const t = ctx.catalog.byId(id);
      return techOption(t, id === store.id, [], onPrem && !t.traits.includes('self-hostable') ? ['Cloud only; the system must run on-premise'] : []);
    }),
    drivers: [
      ...(files.needed ? [fact(ctx, 'capabilities.files.needed', `Users upload ${kinds}.`)] : []),
      ...(exports.length > 0 ? [fact(ctx, 'capabilities.export', `Users download ${exports.join(', ')} exports.`)] : []),
      ...(onPrem ? [fact(ctx, 'constraints.hosting', 'Everything runs on-premise.')] : []),
      ...(retention ? [fact(ctx, scale.fileRetentionYears ? 'scale.fileRetentionYears' : 'scale.retentionYears', `Files are kept ${retention} years.`)] : []),
      ...(total > 0 ? [capacityDriver('storage.files.retention', `About ${total.toFixed(1)} TB of files over the retention period.`)] : []),
    ],
    rationale: `${store.description} Clients upload and download through short-lived pre-signed URLs, so file traffic bypasses the API.`,
    positive: ['Cheap per-TB storage that grows without touching the database', 'Lifecycle policies enforce retention automatically'],
    negative: onPrem ? ['Disks, replication and capacity planning are the company\'s job'] : ['Egress costs when files are downloaded often'],
    risks: [
      { risk: 'Storage fills up', mitigation: `Capacity alerts; plan for ${total > 0 ? `${total.toFixed(1)} TB` : 'the growth'} with erasure coding or RAID` },
      { risk: 'Files readable across tenants', mitigation: 'Object keys prefixed by tenant; access only through pre-signed URLs issued after authorisation' },
    ],
    requirementIds: reqs,
    details: {
      access: 'pre-signed URLs, 15-minute expiry',
      keyLayout: '<tenant>/<entity>/<id>/<file>',
      ...(retention ? { retentionYears: retention, lifecycle: `delete or archive objects after ${retention} years; object lock against early deletion` } : {}),
      ...(exports.length > 0 ? { exports: `${exports.join(', ')} packages of the active versions, built by a background job, expire after 7 days` } : {}),
    },
    confirmation: ['Upload endpoints return pre-signed URLs; no file bytes stored in the database'],
  });
};
