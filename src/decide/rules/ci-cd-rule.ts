import { isMicroservices, onPremise } from '../brief-queries.js';
import { decision, earlierDriver, fact, techOption } from '../decision-builder.js';
import type { Rule } from '../rule-context.js';

export const ciCdRule: Rule = (ctx) => {
  const onPrem = onPremise(ctx);
  const micro = isMicroservices(ctx);
  const ci = ctx.pinned[0] ?? ctx.catalog.byId(onPrem ? 'gitlab-ci' : 'github-actions');
  const steps = ['lint and type-check', 'unit and integration tests against real PostgreSQL', 'archway check (layers, tenancy, contracts)', 'OpenAPI lint', 'migrations up and down', 'container image build and scan', 'deploy to staging, smoke test, promote'];
  return decision('ci-cd', {
    title: 'CI/CD',
    choice: `${ci.name}${micro ? ', one pipeline per service' : ''}: ${steps.join(' → ')}`,
    technologies: [ci.id, 'docker'],
    context: 'Every change is built, checked against the architecture and deployed the same way.',
    options: ['github-actions', 'gitlab-ci', 'azure-devops'].map((id) => techOption(ctx.catalog.byId(id), id === ci.id, [], onPrem && id === 'github-actions' ? ['Hosted runners cannot reach on-premise servers without self-hosted runners'] : [])),
    drivers: [
      ...(onPrem ? [fact(ctx, 'constraints.hosting', 'Deployments target on-premise servers.')] : []),
      ...(micro ? [earlierDriver('architecture-style', 'Teams deploy their services independently.')] : []),
      ...(ctx.brief.quality.reversibleMigrations ? [fact(ctx, 'quality.reversibleMigrations', 'Migrations must be reversible.')] : []),
    ],
    rationale: `${ci.description} The pipeline runs \`archway check\` so the code cannot drift from this architecture unnoticed.`,
    positive: ['Architecture rules enforced on every pull request', 'Reproducible releases from images'],
    negative: ['Pipeline minutes and runner maintenance'],
    risks: [{ risk: 'A bad release reaches production', mitigation: 'Staging smoke tests, rolling deploys and one-command rollback including the down migration' }],
    details: { steps, releases: 'immutable images tagged by commit; rolling deployment', migrations: 'applied before the new version starts; down migration tested in CI' },
    confirmation: ['CI runs `archway check` and fails on violations'],
  });
};
