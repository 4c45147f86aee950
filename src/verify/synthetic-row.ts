import { randomUUID } from 'node:crypto';
import type { Column, Table } from '../model/architecture.js';

/** Values for one row of a table: NOT NULL columns without defaults, and references to rows already made. */
export function syntheticRow(
  table: Table,
  made: ReadonlyMap<string, Record<string, unknown>>,
  serial: number,
  skip: ReadonlySet<string> = new Set(),
): Record<string, unknown> | undefined {
  const row: Record<string, unknown> = {};
  for (const fk of table.foreignKeys) {
    if (fk.columns.some((c) => skip.has(c))) continue;
    const target = made.get(fk.table);
    const required = fk.columns.some((c) => table.columns.find((x) => x.name === c)?.nullable === false);
    if (!target) {
      if (required) return undefined;
      continue;
    }
    fk.columns.forEach((c, i) => { row[c] = target[fk.refColumns[i] ?? 'id']; });
  }
  for (const column of table.columns) {
    if (column.name in row || skip.has(column.name)) continue;
    const pk = table.primaryKey.includes(column.name) && column.default === undefined;
    if (column.nullable && !pk) continue;
    if (column.default !== undefined) continue;
    row[column.name] = value(column, serial);
  }
  return row;
}

function value(c: Column, serial: number): unknown {
  if (c.enumValues && c.enumValues.length > 0) return c.enumValues[0];
  const numeric = ['integer', 'bigint', 'numeric', 'real', 'double'].includes(c.type);
  if (numeric) {
    if (!c.check) return serial;
    const v = c.check.value;
    return c.check.op === '>=' || c.check.op === '<=' ? v : c.check.op === '>' ? v + 1 : v - 1;
  }
  switch (c.type) {
    case 'uuid': return randomUUID();
    case 'boolean': return false;
    case 'date': return '2024-01-01';
    case 'timestamptz': return '2024-01-01T00:00:00Z';
    case 'jsonb': return '{}';
    case 'text[]': return '{}';
    case 'bytea': return '\\x00';
    default: {
      const text = `v${serial}-${randomUUID().slice(0, 8)}`;
      return c.length ? text.slice(0, c.length) : text;
    }
  }
}
