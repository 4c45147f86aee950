import type { DraftTable, Entity, EntityField, EntityRelation } from '../brief/brief-schema.js';
import { entityNameOf } from './inflect.js';
import type { ColumnFacts } from './read-sql-draft.js';
import { columnTypeOf, fieldTypeOf } from './sql-types.js';

const ON_DELETE: Readonly<Record<string, EntityRelation['onDelete']>> = { cascade: 'cascade', restrict: 'restrict', 'set null': 'set null' };

/** Draft tables become given entities: singular PascalCase names, typed fields, belongs-to relations from foreign keys. */
export function entitiesFromTables(tables: readonly DraftTable[], facts: ReadonlyMap<string, ColumnFacts>): Entity[] {
  return tables.map((table) => {
    const fields: EntityField[] = [];
    const relations: EntityRelation[] = [];
    for (const column of table.columns) {
      if (column.references) {
        const onDelete = ON_DELETE[column.references.onDelete ?? ''];
        relations.push({ kind: 'belongs-to', target: entityNameOf(column.references.table), required: !column.nullable, ...(onDelete ? { onDelete } : {}) });
        continue;
      }
      if (column.primaryKey && table.primaryKey.length === 1 && column.name === 'id') continue;
      const mapped = columnTypeOf(column.type);
      const fact = facts.get(`${table.name}.${column.name}`);
      fields.push({
        name: column.name,
        type: fieldTypeOf(mapped.type),
        required: !column.nullable,
        unique: column.unique,
        ...(mapped.type === 'varchar' && mapped.length !== undefined ? { maxLength: mapped.length } : {}),
        ...(fact?.enumValues ? { enum: fact.enumValues } : {}),
        ...(fact?.check && fact.check.op === '>=' ? { min: fact.check.value } : {}),
        personalData: false,
        secret: false,
      });
    }
    const where = table.source ? `${table.source.file}:${table.source.line}` : 'a schema draft';
    return {
      name: entityNameOf(table.name),
      description: `Table \`${table.name}\` from ${where}.`,
      fields,
      relations,
      personalData: false,
      softDelete: table.columns.some((c) => c.name === 'deleted_at'),
      given: true,
    };
  });
}
