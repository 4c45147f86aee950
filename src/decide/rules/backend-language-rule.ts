import type { Technology } from '../../catalog/catalog.js';
import { decision, fact, techOption } from '../decision-builder.js';
import type { RuleContext, Rule } from '../rule-context.js';

const CANDIDATES = ['python', 'typescript', 'csharp', 'java', 'go'];

function teamLanguages(ctx: RuleContext): Technology[] {
  const names = [...ctx.brief.constraints.team.skills, ...ctx.brief.constraints.languages];
  const found = names.map((n) => ctx.catalog.lookup(n)).filter((t): t is Technology => t?.kind === 'language');
  return [...new Map(found.map((t) => [t.id, t])).values()];
}

export const backendLanguageRule: Rule = (ctx) => {
  const known = teamLanguages(ctx);
  const { ai } = ctx.brief.capabilities;
  const pinned = ctx.pinned.filter((t) => t.kind === 'language');
  let chosen: Technology[];
  let why: string;
  if (pinned.length > 0) {
    chosen = pinned;
    why = 'The requirements name the backend language.';
  } else if (known.length > 0) {
    chosen = [known[0]!];
    why = `The team already knows ${known.map((t) => t.name).join(' and ')}; a familiar language beats a marginally better fit the team must learn.`;
  } else if (ai.llm || ai.embeddings) {
    chosen = [ctx.catalog.byId('python')];
    why = 'AI features need the richest LLM and embedding SDK ecosystem, which Python has.';
  } else {
    chosen = [ctx.catalog.byId('typescript')];
    why = 'No team skill or constraint is stated; TypeScript gives one typed language for browser and server.';
  }
  const ids = chosen.map((t) => t.id);
  const optionIds = [...new Set([...ids, ...CANDIDATES])];
  const drivers = [
    ...(ctx.brief.constraints.team.skills.length > 0 ? [fact(ctx, 'constraints.team.skills', `The team knows ${ctx.brief.constraints.team.skills.join(', ')}.`)] : []),
    ...(ctx.brief.constraints.languages.length > 0 ? [fact(ctx, 'constraints.languages', `Languages named: ${ctx.brief.constraints.languages.join(', ')}.`)] : []),
    ...(ai.llm ? [fact(ctx, 'capabilities.ai.llm', 'The system calls LLM providers.')] : []),
  ];
  return decision('backend-language', {
    title: 'Backend language',
    choice: chosen.map((t) => `${t.name} ${t.currentVersion}`).join(' + '),
    technologies: ids,
    context: 'The language of the API and workers decides hiring, libraries and how fast the team moves.',
    options: optionIds.map((id) => {
      const t = ctx.catalog.byId(id);
      return techOption(t, ids.includes(id), t.traits.slice(0, 3), known.some((k) => k.id === id) || ids.includes(id) ? [] : ['The team would have to learn it']);
    }),
    drivers,
    rationale: why,
    positive: ['The team is productive from day one', ...chosen.map((t) => `${t.name}: ${t.description}`)],
    negative: chosen.length > 1 ? ['Two languages mean two toolchains and two sets of conventions'] : [],
    risks: [{ risk: 'Version drift between services and environments', mitigation: `Pin ${chosen.map((t) => `${t.name} ${t.minVersion}+`).join(', ')} in the build image and CI` }],
    details: { minVersions: chosen.map((t) => `${t.id} ${t.minVersion}`) },
    confirmation: ['CI builds with the pinned language version'],
  });
};
