import type { Finding } from '../review-types.js';
import { finding } from './rule-catalog.js';
import { withAny, type RuleContext } from './rule-context.js';

/** Tables the code declares with a tenant column: models in code and `CREATE TABLE … tenant_id` in SQL files. */
export function tenantTablesOf(ctx: Pick<RuleContext, 'parsed'>, sqlFiles: readonly { readonly text: string }[]): Set<string> {
  const tables = new Set(withAny(ctx, 'tenantTables').flatMap((p) => p.tenantTables.map((t) => t.toLowerCase())));
  for (const { text } of sqlFiles) {
    for (const m of text.matchAll(/create\s+table\s+(?:if\s+not\s+exists\s+)?(?:[\w"]+\.)?"?(\w+)"?\s*\(([\s\S]*?)\)\s*;/gi)) {
      if (/\btenant_id\b/i.test(m[2]!)) tables.add(m[1]!.toLowerCase());
    }
  }
  return tables;
}

/**
 * Queries on tenant-owned tables whose statement never mentions the tenant. Silent when the code is
 * not multi-tenant (no table has a tenant column).
 */
export function tenantFilterRule(ctx: RuleContext & { readonly tenantTables: ReadonlySet<string> }): Finding[] {
  if (ctx.tenantTables.size === 0) return [];
  const out: Finding[] = [];
  for (const file of ctx.parsed) {
    for (const q of file.queries) {
      if (q.tenantFiltered || !ctx.tenantTables.has(q.table.toLowerCase())) continue;
      out.push(finding('tenant-filter-missing', { file: file.path, line: q.line }, `query on tenant-owned table ${q.table} has no tenant filter`, `${q.table} ${file.queries.filter((x) => x.table === q.table && x.line < q.line).length}`));
    }
  }
  return out;
}
