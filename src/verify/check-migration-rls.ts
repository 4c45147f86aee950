import { parseSync } from 'libpg-query';
import type { ArchwayIssue } from '../errors/issue.js';
import { loadSqlParser } from '../ingest/read-sql-draft.js';
import { asList, asNode, kindOf, names, num, positionOfByte, str, unwrap } from '../ingest/sql-ast.js';
import type { MigrationPair } from './migration-files.js';
import { verifyCodes } from './verify-codes.js';

/** The column whose presence marks a table as tenant-owned under row-level tenancy. */
export const TENANT_COLUMN = 'tenant_id';

interface TableFacts { file: string; line: number; enabled: boolean; forced: boolean; policy: boolean }

/**
 * The 1-based line of a UTF-8 byte offset (libpg-query reports bytes), as positionOfByte gives it,
 * from one index of the text's line breaks: a migration creates hundreds of tables, and decoding
 * the text up to each of them is quadratic. A line break is one byte that no other character's
 * UTF-8 bytes contain, so lines can be counted in bytes.
 */
function lineOfByte(text: string): (byteOffset: number) => number {
  const bytes = Buffer.from(text, 'utf8');
  const breaks: number[] = [];
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) breaks.push(i);
  return (byteOffset) => {
    const end = Math.max(0, byteOffset);
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid]! < end) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
}

/**
 * Static check of the up migrations with PostgreSQL's parser: every table with a `tenant_id`
 * column has row-level security enabled and forced, and a policy. Also reports SQL that does not parse.
 */
export async function checkMigrationRls(pairs: readonly MigrationPair[]): Promise<ArchwayIssue[]> {
  await loadSqlParser();
  const issues: ArchwayIssue[] = [];
  const tables = new Map<string, TableFacts>();
  for (const pair of pairs) {
    for (const side of [pair.up, pair.down]) {
      let tree: Record<string, unknown>;
      try {
        tree = parseSync(side.sql) as unknown as Record<string, unknown>;
      } catch (err) {
        const cursor = num(asNode((err as { sqlDetails?: unknown }).sqlDetails)?.['cursorPosition']) ?? 0;
        const at = positionOfByte(side.sql, cursor);
        issues.push(verifyCodes.issue('VERIFY_MIGRATION_FAILED', `does not parse: ${(err as Error).message}`, { file: side.path, line: at.line, column: at.column }));
        continue;
      }
      if (side === pair.down) continue;
      const lineOf = lineOfByte(side.sql);
      for (const raw of asList(tree['stmts'])) {
        const kind = kindOf(raw['stmt']);
        if (!kind) continue;
        const [name, stmt] = kind;
        if (name === 'CreateStmt') {
          const rel = asNode(stmt['relation']) ?? {};
          const cols = asList(stmt['tableElts']).map((e) => str(unwrap(e, 'ColumnDef')?.['colname']));
          if (cols.includes(TENANT_COLUMN)) {
            const line = lineOf(num(rel['location']) ?? 0);
            tables.set(str(rel['relname']) ?? '', { file: side.path, line, enabled: false, forced: false, policy: false });
          }
        } else if (name === 'AlterTableStmt') {
          const facts = tables.get(str(asNode(stmt['relation'])?.['relname']) ?? '');
          for (const cmd of asList(stmt['cmds'])) {
            const sub = str(unwrap(cmd, 'AlterTableCmd')?.['subtype']);
            if (facts && sub === 'AT_EnableRowSecurity') facts.enabled = true;
            if (facts && sub === 'AT_ForceRowSecurity') facts.forced = true;
          }
        } else if (name === 'CreatePolicyStmt') {
          const facts = tables.get(str(asNode(stmt['table'])?.['relname']) ?? '');
          if (facts) facts.policy = true;
        }
      }
    }
  }
  for (const [table, f] of [...tables].sort(([a], [b]) => a.localeCompare(b))) {
    const missing = [f.enabled ? '' : 'ENABLE ROW LEVEL SECURITY', f.forced ? '' : 'FORCE ROW LEVEL SECURITY', f.policy ? '' : 'a tenant policy'].filter(Boolean);
    if (missing.length > 0) issues.push(verifyCodes.issue('VERIFY_TENANT_LEAK', `table '${table}' has ${TENANT_COLUMN} but no ${missing.join(', no ')}`, { file: f.file, line: f.line }));
  }
  void names;
  return issues;
}
