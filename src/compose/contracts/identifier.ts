import { snakeCase } from '../../ingest/inflect.js';

/** PostgreSQL's identifier limit (NAMEDATALEN - 1). */
export const MAX_IDENTIFIER = 63;

function fnv(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * A safe SQL identifier from user text: lower snake case, letters, digits and underscores only,
 * never starting with a digit, at most 63 characters (longer names keep a stable hash suffix).
 * `User"; DROP TABLE x; --` → `user_drop_table_x`.
 */
export function identifier(name: string): string {
  let id = snakeCase(name).replace(/[^a-z0-9_]/g, '');
  if (id.length === 0) id = `x_${fnv(name)}`;
  if (/^[0-9]/.test(id)) id = `t_${id}`;
  return id.length <= MAX_IDENTIFIER ? id : `${id.slice(0, MAX_IDENTIFIER - 9)}_${fnv(id)}`;
}

/** An index or constraint name from its table and columns, within the identifier limit. */
export function derivedName(table: string, columns: readonly string[], suffix: string): string {
  const full = `${table}_${columns.join('_')}_${suffix}`;
  return full.length <= MAX_IDENTIFIER ? full : `${full.slice(0, MAX_IDENTIFIER - 9)}_${fnv(full)}`;
}
