import { randomUUID } from 'node:crypto';
import type { Column, Table } from '../model/architecture.js';

/** A foreign key a synthetic row takes from a row made before it. */
export interface RowReference {
  readonly table: string;
  readonly columns: readonly string[];
  readonly refColumns: readonly string[];
  /** A NOT NULL column: without the referenced row, no row can be made. */
  readonly required: boolean;
}

/**
 * How to make one row of a table before knowing which other rows exist: the references, in the
 * table's foreign-key order, and the values of the NOT NULL columns without defaults that no
 * reference fills. `fillRow` (or the database, see isolation-sql.ts) completes it.
 */
export interface RowPlan {
  readonly table: string;
  readonly references: readonly RowReference[];
  readonly values: ReadonlyArray<readonly [string, unknown]>;
}

export function rowPlan(table: Table, serial: number, skip: ReadonlySet<string> = new Set()): RowPlan {
  const references: RowReference[] = [];
  const referenced = new Set<string>();
  for (const fk of table.foreignKeys) {
    if (fk.columns.some((c) => skip.has(c))) continue;
    references.push({
      table: fk.table,
      columns: fk.columns,
      refColumns: fk.columns.map((_, i) => fk.refColumns[i] ?? 'id'),
      required: fk.columns.some((c) => table.columns.find((x) => x.name === c)?.nullable === false),
    });
    for (const c of fk.columns) referenced.add(c);
  }
  const values: [string, unknown][] = [];
  for (const column of table.columns) {
    if (skip.has(column.name)) continue;
    const pk = table.primaryKey.includes(column.name) && column.default === undefined;
    if (column.nullable && !pk) continue;
    if (column.default !== undefined) continue;
    // A referenced column is filled from its row; made here only if that row may be missing.
    if (referenced.has(column.name) && references.some((r) => r.required && r.columns.includes(column.name))) continue;
    values.push([column.name, value(column, serial)]);
  }
  return { table: table.name, references, values };
}

/**
 * Completes a plan with the rows already made: references first, in order, then the values no
 * reference set. Undefined when a required reference has no row.
 */
export function fillRow(plan: RowPlan, made: ReadonlyMap<string, Record<string, unknown>>): Record<string, unknown> | undefined {
  const row: Record<string, unknown> = {};
  for (const ref of plan.references) {
    const target = made.get(ref.table);
    if (!target) {
      if (ref.required) return undefined;
      continue;
    }
    ref.columns.forEach((c, i) => { row[c] = target[ref.refColumns[i]!]; });
  }
  for (const [column, v] of plan.values) if (!(column in row)) row[column] = v;
  return row;
}

/** Values for one row of a table: NOT NULL columns without defaults, and references to rows already made. */
export function syntheticRow(
  table: Table,
  made: ReadonlyMap<string, Record<string, unknown>>,
  serial: number,
  skip: ReadonlySet<string> = new Set(),
): Record<string, unknown> | undefined {
  return fillRow(rowPlan(table, serial, skip), made);
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
