import type { ArchitectureModel } from '../../model/architecture.js';
import type { Renderer } from '../renderer.js';
import { bullets, doc, mdInline, mdTable } from '../text/markdown.js';

/** `docs/about.md`: the product as Archway understood it, and what it still needs to know. */
export const aboutRenderer: Renderer = {
  id: 'about',
  render: (model) => [{ path: 'docs/about.md', content: renderAbout(model) }],
};

function renderAbout(model: ArchitectureModel): string {
  const requirements = model.traceability.map((t) => [t.requirementId, t.requirement]);
  const assumptions = model.assumptions.map((a) => [
    `\`${a.path}\``,
    formatValue(a.value),
    a.reason,
    a.questionId ?? '—',
  ]);
  return doc([
    `# About ${mdInline(model.system.name)}`,
    model.system.summary && mdInline(model.system.summary),
    '## Personas',
    bullets(model.people.map((p) => `**${p.name}**${p.description ? `: ${p.description}` : ''}`)),
    '## External systems',
    bullets(model.externalSystems.map((s) => `**${s.name}** (${s.systemKind})${s.description ? `: ${s.description}` : ''}`)),
    '## Requirements',
    requirements.length ? mdTable(['Id', 'Requirement'], requirements) : '_No requirements were stated._',
    '## Assumptions',
    assumptions.length
      ? `Facts the inputs did not state; each can be replaced by answering its question.\n\n${mdTable(['Brief path', 'Assumed value', 'Why', 'Question'], assumptions)}`
      : '_Nothing had to be assumed._',
    '## Open questions',
    model.questions.length === 0
      ? '_No open questions._'
      : model.questions
          .map((q) =>
            [
              `### \`${q.id}\`: ${mdInline(q.question)}`,
              `Why it matters: ${mdInline(q.why)}`,
              q.answer !== undefined ? `Answered: ${mdInline(q.answer)}` : 'Suggested answers:',
              q.answer !== undefined ? '' : bullets(q.options.map((o) => `\`${o.key}\` — ${o.label}`)),
            ]
              .filter(Boolean)
              .join('\n\n'),
          )
          .join('\n\n'),
    model.questions.length > 0 &&
      'Answer a question by adding it to the brief under `answers`, e.g. `answers: { "<question id>": "<key>" }`, then design again.',
  ]);
}

function formatValue(value: unknown): string {
  if (typeof value === 'string') return value;
  return JSON.stringify(value) ?? String(value);
}
