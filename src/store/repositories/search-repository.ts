import { sql } from 'kysely';
import type { Scope } from '../tenant-scope.js';

export interface SearchHit {
  readonly kind: 'document' | 'input';
  readonly id: string;
  readonly path: string;
  readonly rank: number;
  readonly snippet: string;
}

/**
 * Project memory: PostgreSQL full-text search over the active version of every document and
 * every requirement input of one project, ranked by `ts_rank`, with `ts_headline` snippets.
 */
export const searchRepository = {
  async search(s: Scope, projectId: string, text: string, limit: number): Promise<SearchHit[]> {
    const r = await sql<{ kind: 'document' | 'input'; id: string; path: string; rank: number; snippet: string }>`
      with q as (select websearch_to_tsquery('english', ${text}) as query),
      hits as (
        select 'document' as kind, d.id, d.path, ts_rank(v.search, q.query) as rank, v.content
        from documents d
        join document_versions v on v.document_id = d.id and v.version = d.active_version, q
        where d.org_id = ${s.ctx.orgId} and d.project_id = ${projectId} and v.search @@ q.query
        union all
        select 'input', i.id, i.path, ts_rank(i.search, q.query), i.content
        from project_inputs i, q
        where i.org_id = ${s.ctx.orgId} and i.project_id = ${projectId} and i.search @@ q.query
      )
      select h.kind, h.id, h.path, h.rank::float8 as rank,
        ts_headline('english', h.content, q.query, 'MaxWords=30, MinWords=10, MaxFragments=2, StartSel=<mark>, StopSel=</mark>') as snippet
      from hits h, q
      order by h.rank desc, h.path
      limit ${limit}`.execute(s.trx);
    return r.rows.map((row) => ({ ...row, rank: Number(row.rank) }));
  },
};
