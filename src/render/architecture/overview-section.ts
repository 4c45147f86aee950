import type { ArchitectureModel } from '../../model/architecture.js';
import { adrLink, applicableDecisions, elementName } from '../model-lookup.js';
import { bullets, mdInline, mdTable } from '../text/markdown.js';
import { componentDiagram, containerDiagram, contextDiagram } from './c4-diagrams.js';
import { driverText } from './decision-narrative.js';

const BACKEND_KINDS = new Set(['api', 'service', 'worker', 'scheduler', 'gateway']);

/** The narrative's opening: the context and the constraints every decision below answers to. */
export function contextAndConstraints(model: ArchitectureModel): string {
  const facts = new Map<string, string>();
  for (const d of applicableDecisions(model)) {
    for (const driver of d.drivers) {
      if ((driver.kind === 'fact' || driver.kind === 'assumption') && !facts.has(driver.ref)) facts.set(driver.ref, driverText(driver));
    }
  }
  const rows = model.decisions.map((d) => [
    d.title,
    d.status === 'not-applicable' ? 'not applicable' : d.choice,
    d.status,
    d.adr ? adrLink(model, d.id, 'docs') : '—',
  ]);
  return [
    '## Context',
    mdInline(model.system.summary || `${model.system.name} as described in docs/about.md.`),
    `It serves ${model.people.length} kind(s) of people and integrates with ${model.externalSystems.length} external system(s); ` +
      `${model.traceability.length} requirement(s) are traced in section 11.`,
    '## Constraints',
    'The facts from the inputs that shaped the decisions (file and line where stated; assumptions are listed in docs/about.md):',
    bullets([...facts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([ref, text]) => `\`${ref}\`: ${text}`)),
    '## Decisions at a glance',
    mdTable(['Decision', 'Choice', 'Status', 'ADR'], rows),
  ].join('\n\n');
}

/** Section 1: C4 context, container and component views. */
export function overviewSection(model: ArchitectureModel): string {
  const backends = model.containers.filter((c) => BACKEND_KINDS.has(c.containerKind) && model.components.some((x) => x.containerId === c.id));
  const personRelations = (id: string) =>
    [...new Set(model.relations.filter((r) => r.from === id).map((r) => `${r.description} (${elementName(model, r.to)})`))];
  return [
    '## 1. Architecture Overview',
    '### System Context (C4 Level 1)',
    '**Who uses the system:**',
    bullets(model.people.map((p) => `${p.name}: ${p.description || personRelations(p.id).join('; ')}`)),
    '**External systems:**',
    bullets(model.externalSystems.map((s) => `${s.name} (${s.systemKind}): ${s.description}`)),
    contextDiagram(model),
    '### Container Diagram (C4 Level 2)',
    '**System containers:**',
    bullets(model.containers.map((c) => `${c.name} [${c.technology}]: ${c.description}`)),
    containerDiagram(model),
    '### Component Diagram (C4 Level 3)',
    backends.length === 0
      ? '_No container has components._'
      : backends.map((c) => `#### ${mdInline(c.name)}\n\n${componentDiagram(model, c)}`).join('\n\n'),
  ].join('\n\n');
}
