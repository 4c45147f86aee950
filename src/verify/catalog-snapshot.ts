const USER_SCHEMAS = `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'`;

/**
 * What the migrations can change in a database, as text lines without OIDs: schemas, relations
 * with RLS flags and grants (other than the owner's implicit ones, so an explicit owner-only ACL
 * equals the default), columns, constraints, indexes, policies, functions, types and comments.
 * Equal snapshots mean an equal schema.
 */
const SNAPSHOT_LINES = `
SELECT 'schema ' || n.nspname || ' acl=' || (SELECT coalesce(string_agg(pg_get_userbyid(x.grantee) || ':' || x.privilege_type, ',' ORDER BY pg_get_userbyid(x.grantee), x.privilege_type), '') FROM aclexplode(n.nspacl) x WHERE x.grantee <> n.nspowner) AS line FROM pg_namespace n WHERE ${USER_SCHEMAS}
UNION ALL
SELECT 'relation ' || n.nspname || '.' || c.relname || ' kind=' || c.relkind::text || ' rls=' || c.relrowsecurity::text || ' force=' || c.relforcerowsecurity::text || ' acl=' || (SELECT coalesce(string_agg(pg_get_userbyid(x.grantee) || ':' || x.privilege_type, ',' ORDER BY pg_get_userbyid(x.grantee), x.privilege_type), '') FROM aclexplode(c.relacl) x WHERE x.grantee <> c.relowner)
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE ${USER_SCHEMAS}
UNION ALL
SELECT 'column ' || n.nspname || '.' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod) || ' notnull=' || a.attnotnull::text || ' default=' || coalesce(pg_get_expr(d.adbin, d.adrelid), '')
  FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
  WHERE ${USER_SCHEMAS} AND a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'v', 'm', 'p')
UNION ALL
SELECT 'constraint ' || n.nspname || '.' || c.relname || '.' || k.conname || ' ' || pg_get_constraintdef(k.oid)
  FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE ${USER_SCHEMAS}
UNION ALL
SELECT 'index ' || pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE ${USER_SCHEMAS}
UNION ALL
SELECT 'policy ' || schemaname || '.' || tablename || '.' || policyname || ' ' || cmd || ' using=' || coalesce(qual, '') || ' check=' || coalesce(with_check, '') || ' roles=' || roles::text FROM pg_policies
UNION ALL
SELECT 'function ' || n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ') acl=' || (SELECT coalesce(string_agg(pg_get_userbyid(x.grantee) || ':' || x.privilege_type, ',' ORDER BY pg_get_userbyid(x.grantee), x.privilege_type), '') FROM aclexplode(p.proacl) x WHERE x.grantee <> p.proowner) || ' body=' || md5(coalesce(p.prosrc, ''))
  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE ${USER_SCHEMAS}
UNION ALL
SELECT 'type ' || n.nspname || '.' || t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
  WHERE ${USER_SCHEMAS} AND t.typtype IN ('e', 'd', 'c') AND NOT EXISTS (SELECT 1 FROM pg_class c WHERE c.oid = t.typrelid AND c.relkind <> 'c')
UNION ALL
SELECT 'comment ' || c.relname || '.' || coalesce(a.attname, '') || ' ' || d.description
  FROM pg_description d JOIN pg_class c ON c.oid = d.objoid AND d.classoid = 'pg_class'::regclass JOIN pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = d.objsubid AND d.objsubid > 0
  WHERE ${USER_SCHEMAS}
`;

/**
 * The snapshot as one row holding a JSON array of its lines: a row per line (5,000 for 200
 * tables) costs more to send, parse and pass between threads than computing the lines.
 */
export const SNAPSHOT_SQL = `SELECT coalesce(json_agg(line), '[]') AS lines FROM (${SNAPSHOT_LINES}) AS snapshot`;

/** The snapshot's lines from the rows SNAPSHOT_SQL returned, sorted. */
export function snapshotLines(rows: readonly Record<string, unknown>[]): string[] {
  const lines = rows[0]?.['lines'];
  const list = (typeof lines === 'string' ? JSON.parse(lines) : lines) as unknown[] | undefined;
  return (list ?? []).map((line) => String(line)).sort();
}


/** Lines only in `after` (left behind) and only in `before` (lost). */
export function snapshotDiff(before: readonly string[], after: readonly string[]): { added: string[]; removed: string[] } {
  const b = new Set(before);
  const a = new Set(after);
  return { added: after.filter((l) => !b.has(l)), removed: before.filter((l) => !a.has(l)) };
}
