import type { Technology } from '../../catalog/catalog.js';
import { backendLanguage, candidates, isMicroservices } from '../brief-queries.js';
import { decision, earlierDriver, fact, techOption } from '../decision-builder.js';
import type { Rule } from '../rule-context.js';

export const backendFrameworkRule: Rule = (ctx) => {
  const language = backendLanguage(ctx) ?? 'typescript';
  const micro = isMicroservices(ctx);
  const wanted = ['async', 'openapi', 'dependency-injection', ...(micro ? ['microservices', 'modular'] : [])];
  const named = ctx.brief.constraints.frameworks.map((n) => ctx.catalog.lookup(n)).filter((t): t is Technology => t !== undefined);
  const options = candidates(ctx, 'backend-framework', wanted, language).filter((t) => t.language === language);
  const pinnedFrameworks = ctx.pinned.filter((t) => t.kind === 'backend-framework');
  const framework = pinnedFrameworks[0] ?? named.find((t) => t.kind === 'backend-framework' && t.language === language) ?? options[0] ?? ctx.catalog.byId('fastify');
  const orm = named.find((t) => t.kind === 'orm') ?? candidates(ctx, 'orm', ['migrations', 'reversible-migrations', 'async'], framework.language).find((t) => t.language === framework.language);
  const validation = named.find((t) => t.kind === 'validation') ?? candidates(ctx, 'validation', [], framework.language).find((t) => t.language === framework.language);
  const extra = [...pinnedFrameworks.slice(1), ...ctx.pinned.filter((t) => t.kind !== 'backend-framework')];
  const techs = [framework, ...extra, ...(orm ? [orm] : []), ...(validation ? [validation] : [])];
  const allOptions = [...new Map([...options, framework].map((t) => [t.id, t])).values()];
  return decision('backend-framework', {
    title: 'Backend framework and data access',
    choice: [framework, ...extra.filter((t) => t.kind === 'backend-framework')].map((t) => `${t.name} ${t.currentVersion}`).join(' + ') +
      (orm ? ` with ${orm.name}` : ''),
    technologies: techs.map((t) => t.id),
    context: `The web framework of the ${language} backend and how it reaches the database.`,
    options: allOptions.map((t) => techOption(t, t.id === framework.id, t.traits.slice(0, 3).map((x) => `Trait: ${x}`),
      t.traits.includes('synchronous') ? ['Synchronous request handling'] : [])),
    drivers: [
      earlierDriver('backend-language', `The backend language is ${language}.`),
      ...(ctx.brief.constraints.frameworks.length > 0 ? [fact(ctx, 'constraints.frameworks', `Frameworks named: ${ctx.brief.constraints.frameworks.join(', ')}.`)] : []),
      ...(micro ? [earlierDriver('architecture-style', 'Microservices want built-in service transports and modules.')] : []),
    ],
    rationale: `${framework.name} is the ${language} framework with the most of what the design needs (${wanted.filter((w) => framework.traits.includes(w)).join(', ') || 'fit to the stack'}): ${framework.description}`,
    positive: ['Generated OpenAPI stays in step with the code', ...(orm ? [`${orm.name}: ${orm.description}`] : [])],
    negative: ['Framework conventions shape the code layout'],
    risks: [{ risk: 'Business logic drifts into route handlers', mitigation: 'Routes only validate and delegate; `archway check` flags logic in routes' }],
    details: { framework: framework.id, ...(orm ? { orm: orm.id } : {}), ...(validation ? { validation: validation.id } : {}), dataAccess: 'repositories own all queries; services never build SQL' },
    confirmation: ['archway check: route handlers delegate to services; no SQL outside repositories'],
  });
};
