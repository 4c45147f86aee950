import { isMicroservices } from '../brief-queries.js';
import { decision, earlierDriver, fact, option } from '../decision-builder.js';
import type { Rule } from '../rule-context.js';

export const apiStyleRule: Rule = (ctx) => {
  const micro = isMicroservices(ctx);
  const drafts = ctx.brief.drafts.operations.length;
  const chosen = ctx.pinned[0]?.id ?? 'rest';
  const reqs = ctx.brief.requirements.filter((r) => /api|list|command-line|client/i.test(r.text)).map((r) => r.id);
  return decision('api-style', {
    title: 'API style and versioning',
    choice: `${chosen === 'rest' ? 'REST' : ctx.pinned[0]!.name} over HTTPS, versioned under /v1, described by OpenAPI 3.1; cursor pagination on every list endpoint; one error envelope`,
    technologies: [chosen, 'openapi'],
    context: 'The contract every client (web, mobile, desktop, CLI, integrations) codes against.',
    options: [
      option('rest', 'REST + OpenAPI', chosen === 'rest', ['Cacheable, tool-friendly, generated clients', 'Public API consumers expect it'], ['Over- and under-fetching on complex screens']),
      option('graphql', 'GraphQL', chosen === 'graphql', ['Clients choose fields'], ['Harder caching, rate limiting and authorisation per field']),
      option('grpc', 'gRPC', chosen === 'grpc', ['Fast typed service-to-service calls'], ['Not browser-native; poor for a public API']),
    ],
    drivers: [
      ...(ctx.brief.capabilities.clients.publicApi ? [fact(ctx, 'capabilities.clients.publicApi', 'A public API is offered to external clients.')] : []),
      ...(drafts > 0 ? [fact(ctx, 'drafts.operations', `A draft OpenAPI document defines ${drafts} operations that are kept.`)] : []),
      ...(micro ? [earlierDriver('architecture-style', 'Services talk through events; synchronous calls stay REST.')] : []),
    ],
    rationale: 'REST with an OpenAPI contract serves every client kind, generates typed clients and lints in CI. A version prefix lets breaking changes ship as /v2 while /v1 keeps working.',
    positive: ['Contract-first: clients and server generated and checked from one file', 'Consistent pagination and errors across endpoints'],
    negative: ['Versioned paths must be maintained side by side during deprecation'],
    risks: [{ risk: 'Unbounded list responses', mitigation: 'Every list endpoint paginates (limit ≤ 100, cursor); enforced by the contract linter' }],
    requirementIds: reqs,
    details: {
      versionPrefix: '/v1',
      pagination: 'every list endpoint: limit (default 20, max 100) and an opaque cursor; responses carry items and nextCursor',
      errors: 'one error envelope (application/problem+json: type, title, status, detail, errors[])',
      idempotency: 'Idempotency-Key header on POST operations that create resources',
      ...(drafts > 0 ? { drafts: 'draft operations kept as written' } : {}),
    },
    confirmation: ['archway verify: the OpenAPI document validates and lints clean; every list operation has pagination parameters'],
  });
};
