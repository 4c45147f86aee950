import type { ArchitectureModel } from '../../model/architecture.js';
import { choiceOf, recommendedOption } from '../model-lookup.js';
import type { Renderer } from '../renderer.js';
import { formatUsd } from '../text/format.js';
import { bullets, doc, mdInline, mdTable } from '../text/markdown.js';

/** `README.md`: what the system is, the key decisions, and a map of the package. */
export const readmeRenderer: Renderer = {
  id: 'readme',
  render: (model) => [{ path: 'README.md', content: renderReadme(model) }],
};

function renderReadme(model: ArchitectureModel): string {
  const rec = recommendedOption(model);
  const keyRows: [string, string][] = [
    ['Architecture style', choiceOf(model, 'architecture-style')],
    ['Backend', `${choiceOf(model, 'backend-language')} / ${choiceOf(model, 'backend-framework')}`],
    ['Web frontend', choiceOf(model, 'web-frontend')],
    ['Primary database', choiceOf(model, 'primary-database')],
    ['Multi-tenancy', choiceOf(model, 'multi-tenancy')],
    ['API style', choiceOf(model, 'api-style')],
    ['Deployment (recommended)', rec ? `${rec.name}: ${formatUsd(rec.monthlyUsd)}/month (prices of ${rec.priceDate})` : '—'],
  ];
  return doc([
    `# ${mdInline(model.system.name)}`,
    model.system.summary && mdInline(model.system.summary),
    '## Key decisions',
    mdTable(['Concern', 'Decision'], keyRows),
    '## What is in this package',
    bullets([
      '`docs/about.md` — the product: personas, requirements, assumptions and open questions',
      '`docs/architecture.md` — the architecture narrative with C4 diagrams, deployment options, security, scalability, observability, disaster recovery and traceability',
      '`docs/adr/` — one architecture decision record per decision',
      '`docs/specs.md` — stack with minimum versions, coding standards, quality gates, definition of done',
      '`docs/plans/` — the implementation plan, one file per epic',
      '`workspace.dsl` — the same C4 model as a Structurizr workspace',
      '`architecture.json` — the architecture model as data',
      '`manifest.json` — every file with its SHA-256 and size',
    ]),
    '## Next steps',
    bullets([
      `Answer the ${model.questions.length} open question(s) in docs/about.md and design again to replace ${model.assumptions.length} assumption(s).`,
      'Run `archway verify .` on this folder to check the contracts and apply the migrations on PostgreSQL.',
    ]),
  ]);
}
