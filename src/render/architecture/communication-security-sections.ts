import type { ArchitectureModel, StrideCategory } from '../../model/architecture.js';
import { adrLink, elementName } from '../model-lookup.js';
import { bullets, mdInline, mdTable } from '../text/markdown.js';
import { narratives } from './style-stack-sections.js';

/** Section 6: every relation grouped as synchronous or asynchronous, then the API/realtime decisions. */
export function communicationSection(model: ArchitectureModel): string {
  const containerLevel = new Set([...model.people, ...model.containers, ...model.externalSystems].map((e) => e.id));
  const rel = model.relations.filter((r) => containerLevel.has(r.from) && containerLevel.has(r.to));
  const line = (r: (typeof rel)[number]) => `${elementName(model, r.from)} → ${elementName(model, r.to)}: ${r.description} (${r.technology})`;
  return [
    '## 6. Communication Patterns',
    '**Synchronous (Request-Response)**:',
    bullets(rel.filter((r) => r.style === 'sync').map(line)),
    '**Asynchronous**:',
    bullets(rel.filter((r) => r.style === 'async').map(line)),
    narratives(model, ['api-style', 'realtime', 'integration-style']),
  ].join('\n\n');
}

const STRIDE: readonly [StrideCategory, string][] = [
  ['spoofing', 'Spoofing'],
  ['tampering', 'Tampering'],
  ['repudiation', 'Repudiation'],
  ['information-disclosure', 'Information disclosure'],
  ['denial-of-service', 'Denial of service'],
  ['elevation-of-privilege', 'Elevation of privilege'],
];

/** Section 7: authentication, authorization, tenancy, controls, data protection, and a STRIDE table per container. */
export function securitySection(model: ArchitectureModel): string {
  const personal = model.dataModel.tables.flatMap((t) =>
    t.columns.filter((c) => c.personalData).map((c) => `${t.name}.${c.name}`),
  );
  const threatTables = model.containers
    .map((c) => ({ c, threats: model.threats.filter((t) => t.containerId === c.id) }))
    .filter(({ threats }) => threats.length > 0)
    .map(({ c, threats }) => {
      const order = (cat: StrideCategory) => STRIDE.findIndex(([k]) => k === cat);
      const rows = [...threats]
        .sort((a, b) => order(a.category) - order(b.category))
        .map((t) => [
          STRIDE.find(([k]) => k === t.category)?.[1] ?? t.category,
          t.threat,
          t.mitigation,
          t.decisionIds.map((id) => adrLink(model, id, 'docs')).join(', '),
        ]);
      return `#### ${mdInline(c.name)}${c.publicFacing ? ' (public-facing)' : ''}${c.holdsPersonalData ? ' (holds personal data)' : ''}\n\n${mdTable(['STRIDE', 'Threat', 'Mitigation', 'Decisions'], rows)}`;
    });
  return [
    '## 7. Security Architecture',
    narratives(model, ['authentication', 'authorization', 'multi-tenancy', 'edge-and-traffic', 'security-controls', 'data-retention-and-compliance']),
    '### Data Security',
    `Containers holding personal data: ${mdInline(model.containers.filter((c) => c.holdsPersonalData).map((c) => c.name).join(', ') || 'none')}.`,
    personal.length ? `Personal-data columns:\n\n${bullets(personal.map((p) => `\`${p}\``))}` : 'No column is marked as personal data.',
    '### Threat Model (STRIDE)',
    ...(threatTables.length ? threatTables : ['_No threats recorded._']),
  ].join('\n\n');
}
