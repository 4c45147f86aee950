import { isMultiTenant, usesTech } from '../brief-queries.js';
import { decision, earlierDriver, fact, notApplicable, techOption } from '../decision-builder.js';
import type { Rule } from '../rule-context.js';

export const vectorStoreRule: Rule = (ctx) => {
  const { search, ai } = ctx.brief.capabilities;
  if (!search.semantic && !ai.embeddings && ctx.pinned.length === 0) {
    return notApplicable('vector-store', 'Vector store', 'No semantic search or embeddings are required.');
  }
  const inPostgres = usesTech(ctx, 'postgresql');
  const store = ctx.pinned[0] ?? ctx.catalog.byId(inPostgres ? 'pgvector' : 'qdrant');
  const scopes = ['tenant', ...ctx.brief.tenancy.scopes];
  const reqs = ctx.brief.requirements.filter((r) => /semantic|embedding|memory|documents/i.test(r.text)).map((r) => r.id);
  return decision('vector-store', {
    title: 'Vector store',
    choice: `${store.name}${isMultiTenant(ctx) ? `, every vector filtered by ${scopes.join(' and ')}` : ''}`,
    technologies: [store.id],
    context: 'Semantic search over user content through embeddings.',
    options: ['pgvector', 'qdrant', 'pinecone', 'weaviate'].map((id) => techOption(ctx.catalog.byId(id), id === store.id)),
    drivers: [
      fact(ctx, 'capabilities.search.semantic', 'Semantic search over user content is required.'),
      ...(inPostgres ? [earlierDriver('primary-database', 'PostgreSQL is the primary database.')] : []),
    ],
    rationale: store.id === 'pgvector'
      ? 'pgvector keeps embeddings next to the rows they describe, so row-level security scopes them too and no second store is needed at this volume.'
      : `${store.description}`,
    positive: ['Semantic retrieval scoped to the caller\'s tenant and project'],
    negative: store.id === 'pgvector' ? ['Very large collections need a dedicated store later'] : ['A second datastore to back up and secure'],
    risks: [{ risk: 'Embeddings leak across tenants', mitigation: `Mandatory ${scopes.join(' + ')} filter on every query, enforced in the repository and tested` }],
    requirementIds: reqs,
    details: { scopes, filter: 'mandatory payload/row filter on every query' },
    confirmation: ['Every vector query carries the tenant filter'],
  });
};
