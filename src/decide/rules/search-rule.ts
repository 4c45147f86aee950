import { figure, usesTech } from '../brief-queries.js';
import { decision, fact, notApplicable, techOption } from '../decision-builder.js';
import type { Rule } from '../rule-context.js';

/** Beyond this peak read rate search moves off the primary database. */
const DEDICATED_SEARCH_READS = 1000;

export const searchRule: Rule = (ctx) => {
  if (!ctx.brief.capabilities.search.fullText && ctx.pinned.length === 0) {
    return notApplicable('search', 'Full-text search', ctx.brief.capabilities.search.semantic
      ? 'No keyword search is required; semantic search is served by the vector store.'
      : 'No search requirement beyond filtered list endpoints.');
  }
  const reads = figure(ctx, 'requests.peak-reads-per-second');
  const dedicated = reads >= DEDICATED_SEARCH_READS || !usesTech(ctx, 'postgresql');
  const engine = ctx.pinned[0] ?? ctx.catalog.byId(dedicated ? 'opensearch' : 'postgres-fts');
  return decision('search', {
    title: 'Full-text search',
    choice: engine.name,
    technologies: [engine.id],
    context: 'Users search text fields.',
    options: ['postgres-fts', 'opensearch', 'elasticsearch', 'meilisearch'].map((id) => techOption(ctx.catalog.byId(id), id === engine.id)),
    drivers: [fact(ctx, 'capabilities.search.fullText', 'Users search by keywords.')],
    rationale: dedicated ? `${engine.description} Read volume justifies a separate engine.` : `${engine.description} The volume fits the primary database, so no second system is needed.`,
    positive: ['Search results respect the same tenant scoping as other reads'],
    negative: dedicated ? ['An index to keep in sync through events'] : ['Ranking is simpler than a dedicated engine'],
    details: { engine: engine.id },
    confirmation: ['Search queries carry the tenant filter'],
  });
};
