import type { ArchitectureModel } from '../../model/architecture.js';
import { adrLink } from '../model-lookup.js';
import type { Renderer } from '../renderer.js';
import { doc, mdInline, mdTable } from '../text/markdown.js';

/** `docs/specs.md`: seed 004's standards document — stack, coding standards, quality gates, definition of done. */
export const specsRenderer: Renderer = {
  id: 'specs',
  render: (model) => [{ path: 'docs/specs.md', content: renderSpecs(model) }],
};

function checklist(items: readonly (string | false)[]): string {
  return items.filter((i): i is string => typeof i === 'string').map((i) => `- [ ] ${i}`).join('\n');
}

function renderSpecs(model: ArchitectureModel): string {
  const tenancy = model.dataModel.tenancy;
  const hasLists = model.api.endpoints.some((e) => e.operation === 'list');
  const layerRules = model.layers.map(
    (l) => `- **${mdInline(l.name)}** may depend on ${l.mayDependOn.map((id) => model.layers.find((x) => x.id === id)?.name ?? id).join(', ') || 'nothing of ours'} (code in ${l.patterns.map((p) => `\`${p}\``).join(', ')}; ${adrLink(model, l.decisionId, 'docs')}).`,
  );
  const latency = model.slos.filter((s) => /latency/i.test(s.id));
  return doc([
    `# ${mdInline(model.system.name)} — Engineering Specifications`,
    '## Technology Stack and Minimum Versions',
    model.stack.length
      ? mdTable(['Area', 'Technology', 'Minimum version', 'Decision'], model.stack.map((s) => [s.area, s.name, s.minVersion, adrLink(model, s.area, 'docs')]))
      : '_No technology was chosen._',
    '## Coding Standards',
    '### Layering',
    layerRules.join('\n') || '_No layering rule._',
    '### API',
    [
      `- ${model.api.style.toUpperCase()} under \`${model.api.versionPrefix}\`; a breaking change gets a new version prefix.`,
      `- Security schemes: ${model.api.securitySchemes.join(', ') || 'none'}; every endpoint except health checks requires one.`,
      hasLists && '- Every list endpoint is paginated (`limit`, `cursor`) with a maximum page size.',
      '- Errors use one envelope: `{ code, message, details }`, never a stack trace.',
      '- The OpenAPI contract is the source of truth; a change that breaks it fails the build.',
    ]
      .filter(Boolean)
      .join('\n'),
    '### Data',
    [
      '- Tables and columns in `snake_case`; every table has a primary key; foreign keys are indexed.',
      '- Every migration has a working `down`; migrations are applied and rolled back in CI.',
      '- SQL is parameterised; identifiers derived from input are quoted.',
      tenancy !== 'none' && `- Tenant isolation (${tenancy}): every repository method takes the tenant context; no query runs without it.`,
    ]
      .filter(Boolean)
      .join('\n'),
    '### Configuration and Secrets',
    '- Configuration comes from the environment (12-factor); secrets never appear in code, logs or error messages.',
    '## Quality Gates',
    checklist([
      'Type checking and linting pass with zero warnings.',
      'Unit tests for domain services; integration tests against a real database for repositories.',
      'The OpenAPI document validates and lints clean.',
      'Migrations apply and roll back on PostgreSQL.',
      '`archway check` passes: no layer or dependency-direction violation.',
      tenancy !== 'none' && 'A tenant-isolation test proves one tenant cannot read another\'s rows.',
      ...latency.map((s) => `Load test meets ${mdInline(s.name)}: ${mdInline(s.target)}.`),
    ]),
    '## Service Level Objectives',
    model.slos.length ? mdTable(['SLO', 'Target', 'Measure', 'Source'], model.slos.map((s) => [s.name, s.target, s.measure, s.source])) : '_None quantified._',
    '## Definition of Done',
    checklist([
      'The acceptance criteria of the task are met and covered by tests.',
      'Endpoints and models are in the OpenAPI contract.',
      'Every requirement the task serves is traced (docs/architecture.md, section 11).',
      'Logs, metrics and traces cover the new code path.',
      'Docs and ADRs are updated when a decision changes.',
      'Code review approved; CI green.',
    ]),
  ]);
}
