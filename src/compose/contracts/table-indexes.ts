import type { Endpoint, Index, Table } from '../../model/architecture.js';
import { derivedName } from './identifier.js';

/**
 * Indexes a table needs: the tenant column, every foreign key, every filter its list endpoints
 * expose, and a GIN index per JSONB column. Columns already leading the primary key or unique are skipped.
 */
export function tableIndexes(table: Table, endpoints: readonly Endpoint[]): Index[] {
  const covered = new Set<string>([table.primaryKey[0] ?? '', ...table.columns.filter((c) => c.unique).map((c) => c.name)]);
  const out: Index[] = [];
  const add = (columns: string[], method: Index['method']) => {
    const key = columns.join(',');
    if (columns.length === 1 && covered.has(columns[0]!)) return;
    if (out.some((i) => i.columns.join(',') === key)) return;
    out.push({ name: derivedName(table.name, columns, 'idx'), columns, method, unique: false });
  };
  if (table.columns.some((c) => c.name === 'tenant_id')) add(['tenant_id'], 'btree');
  for (const fk of table.foreignKeys) if (fk.columns[0] !== 'tenant_id') add([...fk.columns], 'btree');
  const names = new Set(table.columns.map((c) => c.name));
  for (const e of endpoints) {
    if (e.operation !== 'list' || e.entity !== table.entity) continue;
    for (const f of e.filters ?? []) if (names.has(f)) add([f], 'btree');
  }
  for (const c of table.columns) if (c.type === 'jsonb') add([c.name], 'gin');
  return [...table.indexes.filter((i) => !out.some((o) => o.name === i.name)), ...out];
}
