import type { ArchitectureModel } from '../../model/architecture.js';
import { formatNumber } from '../text/format.js';
import { mdTable } from '../text/markdown.js';
import { narratives } from './style-stack-sections.js';

/** Section 8: the scalability strategy and every capacity figure with its formula. */
export function scalabilitySection(model: ArchitectureModel): string {
  const rows = model.capacity.figures.map((f) => [
    f.label,
    `${formatNumber(f.value)} ${f.unit}`,
    f.formula,
    f.inputs.map((i) => `${i.name} = ${formatNumber(i.value)} ${i.unit} (\`${i.ref}\`${i.assumed ? ', assumed' : ''})`).join('; ') || '—',
    f.assumed ? 'yes' : 'no',
  ]);
  return [
    '## 8. Scalability Strategy',
    '### Capacity',
    rows.length ? mdTable(['Figure', 'Value', 'Formula', 'Inputs', 'Assumed'], rows) : '_No capacity figure could be derived._',
    narratives(model, ['scalability', 'cache']),
  ].join('\n\n');
}

/** Section 9: observability, health checks and the quantified SLO table. */
export function observabilitySection(model: ArchitectureModel): string {
  const rows = model.slos.map((s) => [s.name, s.target, s.measure, s.source]);
  return [
    '## 9. Monitoring & Observability',
    '### Service Level Objectives',
    rows.length ? mdTable(['SLO', 'Target', 'Measure', 'Source'], rows) : '_No SLO could be quantified._',
    '### Health Checks',
    'Every backend container answers `GET /health` (liveness) and `GET /ready` (readiness: the datastores it needs respond).',
    narratives(model, ['observability', 'resilience']),
  ].join('\n\n');
}

/** Section 10: backups, RPO and RTO. */
export function recoverySection(model: ArchitectureModel): string {
  const targets = model.slos.filter((s) => /rpo|rto/i.test(s.id));
  return [
    '## 10. Disaster Recovery',
    targets.length ? mdTable(['Objective', 'Target', 'Source'], targets.map((s) => [s.name, s.target, s.source])) : '_No recovery objective stated._',
    narratives(model, ['backup-and-dr']),
  ].join('\n\n');
}

/** Section 11: requirement → decisions → containers → endpoints. */
export function traceabilitySection(model: ArchitectureModel): string {
  const rows = model.traceability.map((t) => [
    t.requirementId,
    t.requirement,
    t.decisionIds.join(', ') || '—',
    t.containerIds.join(', ') || '—',
    t.endpointIds.join(', ') || t.note || '—',
  ]);
  return [
    '## 11. Traceability',
    rows.length ? mdTable(['Requirement', 'Text', 'Decisions', 'Containers', 'Endpoints or note'], rows) : '_No requirements to trace._',
  ].join('\n\n');
}
