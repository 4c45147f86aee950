import type { EntityField } from '../../brief/brief-schema.js';
import type { Column, ColumnType } from '../../model/architecture.js';
import { identifier } from './identifier.js';

const TYPES: Readonly<Record<EntityField['type'], ColumnType>> = {
  string: 'varchar', text: 'text', integer: 'integer', number: 'numeric', boolean: 'boolean', date: 'date',
  datetime: 'timestamptz', uuid: 'uuid', json: 'jsonb', 'string[]': 'text[]', binary: 'bytea',
};

/** A brief field as a column: `string` with a max length → `varchar(n)`, `json` → `jsonb`, enum → CHECK. */
export function columnFromField(field: EntityField): Column {
  let type = TYPES[field.type];
  if (type === 'varchar' && field.maxLength === undefined) type = 'text';
  return {
    name: identifier(field.name),
    type,
    ...(type === 'varchar' ? { length: field.maxLength } : {}),
    nullable: !field.required,
    unique: field.unique,
    ...(type === 'jsonb' ? { default: field.required ? "'{}'::jsonb" : undefined } : {}),
    ...(field.enum && field.enum.length > 0 ? { enumValues: [...field.enum] } : {}),
    ...(field.min !== undefined ? { check: { op: '>=' as const, value: field.min } } : {}),
    personalData: field.personalData,
    ...(field.secret ? { secret: true, description: 'Stored encrypted; never returned.' } : {}),
  };
}

export function idColumn(): Column {
  return { name: 'id', type: 'uuid', nullable: false, unique: false, default: 'gen_random_uuid()', personalData: false };
}

export function timestampColumns(softDelete: boolean): Column[] {
  const at = (name: string, nullable: boolean, description: string): Column => ({
    name, type: 'timestamptz', nullable, unique: false, ...(nullable ? {} : { default: 'now()' }), personalData: false, description,
  });
  return [
    at('created_at', false, 'When the row was created.'),
    at('updated_at', false, 'When the row was last changed.'),
    ...(softDelete ? [at('deleted_at', true, 'Soft delete: set instead of deleting the row.')] : []),
  ];
}

export function referenceColumn(name: string, nullable: boolean, description: string): Column {
  return { name, type: 'uuid', nullable, unique: false, personalData: false, description };
}
