import type { DraftTable, Entity } from '../../brief/brief-schema.js';
import type { Column, ForeignKey, Table } from '../../model/architecture.js';
import { columnTypeOf } from '../../ingest/sql-types.js';
import { identifier } from './identifier.js';

const ON_DELETE: Readonly<Record<string, ForeignKey['onDelete']>> = {
  cascade: 'cascade', restrict: 'restrict', 'set null': 'set null', 'no action': 'no action',
};

/**
 * A draft table as the model's table, kept as written: names, types, nullability, defaults,
 * keys and delete rules; CHECKs come back from the given entity's closed facts.
 */
export function tableFromDraft(draft: DraftTable, entity: Entity | undefined): Table {
  const fieldFacts = new Map((entity?.fields ?? []).map((f) => [f.name, f]));
  const columns: Column[] = draft.columns.map((c) => {
    const mapped = columnTypeOf(c.type);
    const fact = fieldFacts.get(c.name);
    return {
      name: identifier(c.name),
      type: mapped.type,
      ...(mapped.length !== undefined ? { length: mapped.length } : {}),
      nullable: c.nullable,
      unique: c.unique,
      ...(c.default !== undefined ? { default: c.default } : {}),
      ...(fact?.enum ? { enumValues: [...fact.enum] } : {}),
      ...(fact?.min !== undefined ? { check: { op: '>=' as const, value: fact.min } } : {}),
      personalData: fact?.personalData ?? false,
      ...(fact?.secret ? { secret: true } : {}),
    };
  });
  const foreignKeys: ForeignKey[] = draft.columns
    .filter((c) => c.references)
    .map((c) => ({
      columns: [identifier(c.name)],
      table: identifier(c.references!.table),
      refColumns: [identifier(c.references!.column)],
      onDelete: ON_DELETE[c.references!.onDelete ?? 'no action'] ?? 'no action',
    }));
  return {
    kind: 'table',
    name: identifier(draft.name),
    entity: entity?.name ?? draft.name,
    columns,
    primaryKey: draft.primaryKey.map(identifier),
    foreignKeys,
    indexes: [],
    tenantOwned: false,
    softDelete: draft.columns.some((c) => c.name === 'deleted_at'),
    given: true,
  };
}
