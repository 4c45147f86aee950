import type { ArchitectureModel } from '../../model/architecture.js';
import type { Decision } from '../../model/decision.js';
import type { RenderedFile } from '../../model/rendered-file.js';
import { driverText } from '../architecture/decision-narrative.js';
import { adrLabel } from '../model-lookup.js';
import type { Renderer } from '../renderer.js';
import { bullets, doc, mdInline, mdTable } from '../text/markdown.js';

/** `docs/adr/ADR-NNN-<slug>.md` in MADR form for every decision with an ADR, plus `docs/adr/README.md`. */
export const adrRenderer: Renderer = {
  id: 'adr',
  render: (model) => {
    const withAdr = model.decisions.filter((d) => d.adr !== undefined);
    const files: RenderedFile[] = withAdr.map((d) => ({ path: d.adr!.file, content: renderAdr(model, d) }));
    files.push({ path: 'docs/adr/README.md', content: renderIndex(model, withAdr) });
    return files;
  },
};

function renderAdr(model: ArchitectureModel, d: Decision): string {
  const details = Object.entries(d.details)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : String(v)]);
  return doc([
    `# ${adrLabel(d)}: ${mdInline(d.title)}`,
    bullets([`Status: ${d.status}`, `Decision area: \`${d.area}\``, ...(d.requirementIds.length ? [`Requirements: ${d.requirementIds.join(', ')}`] : [])]),
    '## Context and Problem Statement',
    mdInline(d.context) || '_No context recorded._',
    '## Decision Drivers',
    bullets(d.drivers.map(driverText)),
    '## Considered Options',
    bullets(d.options.map((o) => `${o.name}${o.chosen ? ' (chosen)' : ''}`)),
    '## Decision Outcome',
    `Chosen option: "${mdInline(d.choice)}", because ${mdInline(lowerFirst(d.rationale)) || 'it was given in the requirements.'}`,
    d.technologies.length > 0 && `Technologies: ${d.technologies.map((t) => `\`${t}\``).join(', ')}.`,
    '### Consequences',
    bullets([
      ...d.consequences.positive.map((c) => `Good, because ${lowerFirst(c)}`),
      ...d.consequences.negative.map((c) => `Bad, because ${lowerFirst(c)}`),
    ]),
    '### Risks and Mitigations',
    d.consequences.risks.length
      ? mdTable(['Risk', 'Mitigation'], d.consequences.risks.map((r) => [r.risk, r.mitigation]))
      : '_No risk recorded._',
    '### Confirmation',
    bullets(d.confirmation, '_Confirmed in review; no automated check._'),
    '## Pros and Cons of the Options',
    d.options
      .map((o) =>
        [
          `### ${mdInline(o.name)}`,
          bullets([...o.pros.map((p) => `Good, because ${lowerFirst(p)}`), ...o.cons.map((c) => `Bad, because ${lowerFirst(c)}`)]),
        ].join('\n\n'),
      )
      .join('\n\n') || '_Only one option was considered._',
    details.length > 0 && `## More Information\n\n${mdTable(['Detail', 'Value'], details)}`,
    `See also [the architecture narrative](../architecture.md) of ${mdInline(model.system.name)}.`,
  ]);
}

function renderIndex(model: ArchitectureModel, decisions: readonly Decision[]): string {
  return doc([
    `# Architecture Decision Records — ${mdInline(model.system.name)}`,
    decisions.length
      ? mdTable(
          ['ADR', 'Decision', 'Choice', 'Status'],
          decisions.map((d) => [`[${adrLabel(d)}](${d.adr!.file.replace(/^docs\/adr\//, '')})`, d.title, d.choice, d.status]),
        )
      : '_No decision records._',
  ]);
}

function lowerFirst(text: string): string {
  const t = text.trim();
  return /^[A-Z][a-z]/.test(t) ? t[0]!.toLowerCase() + t.slice(1) : t;
}
