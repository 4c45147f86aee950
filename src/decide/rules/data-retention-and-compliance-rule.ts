import { decision, fact, option } from '../decision-builder.js';
import type { Rule } from '../rule-context.js';

export const dataRetentionAndComplianceRule: Rule = (ctx) => {
  const { compliance, entities, scale } = ctx.brief;
  const personal = entities.filter((e) => e.personalData || e.fields.some((f) => f.personalData)).map((e) => e.name);
  const gdpr = compliance.some((c) => /gdpr|dsgvo/i.test(c));
  const frameworks = compliance.filter((c) => /soc ?2|iso ?27001|hipaa|pci/i.test(c));
  const fileYears = scale.fileRetentionYears;
  const recordYears = scale.retentionYears;
  const details: Record<string, string | readonly string[]> = {};
  if (gdpr) details['gdpr'] = `personal data of ${personal.join(', ') || 'users'} tagged per column; data subject access export; erasure by anonymisation; processing records; data processing agreements with providers`;
  if (personal.length > 0) details['personalData'] = personal;
  if (fileYears) details['fileRetention'] = `files kept ${fileYears} years, then deleted by a lifecycle policy`;
  if (recordYears) details['recordRetention'] = `records kept ${recordYears} years`;
  if (frameworks.length > 0) details['controls'] = `${frameworks.join(', ')}: access reviews, audit log, change management through CI, encryption, incident response runbook`;
  const drivers = [
    ...(compliance.length > 0 ? [fact(ctx, 'compliance', `Compliance: ${compliance.join(', ')}.`)] : []),
    ...(fileYears ? [fact(ctx, 'scale.fileRetentionYears', `Files are kept ${fileYears} years.`)] : []),
  ];
  return decision('data-retention-and-compliance', {
    title: 'Data retention and compliance',
    choice: [
      ...(gdpr ? ['GDPR handling of personal data (tagging, access export, erasure by anonymisation)'] : []),
      ...(fileYears ? [`${fileYears}-year file retention enforced by lifecycle policy`] : []),
      ...(frameworks.length > 0 ? [`${frameworks.join(' / ')} controls`] : []),
    ].join('; ') || 'Personal data tagged; retention defaults documented',
    technologies: [],
    context: 'What personal data is held, how long data is kept and which controls auditors expect.',
    options: [option('policy-as-data', 'Retention and personal-data tags in the model, enforced by jobs and policies', true, ['Auditable and testable'], ['Tags must be kept current'])],
    drivers,
    rationale: 'Personal data is tagged in the data model so exports, erasure and log redaction are driven from one list; retention is enforced by storage lifecycle policies and scheduled jobs rather than by hand.',
    positive: ['Subject requests answered from one export', 'Retention holds without manual clean-ups'],
    negative: ['Anonymisation must keep referential integrity'],
    risks: [{ risk: 'Personal data copied into logs, analytics or backups beyond retention', mitigation: 'Log redaction; analytics keyed by pseudonymous ids; backup retention shorter than erasure deadline' }],
    requirementIds: ctx.brief.requirements.filter((r) => /personal|gdpr|audit|retention|kept/i.test(r.text)).map((r) => r.id),
    details,
    confirmation: personal.length > 0 ? ['Columns holding personal data are tagged in the data model'] : [],
  });
};
