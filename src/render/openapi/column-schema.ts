import type { Column, Table } from '../../model/architecture.js';

export type JsonSchema = Record<string, unknown>;

/** Columns the API never exposes: the tenant (implied by the credentials) and secrets (write-only). */
export const HIDDEN_COLUMNS = new Set(['tenant_id']);
const SERVER_SET = new Set(['id', 'tenant_id', 'created_at', 'updated_at', 'deleted_at']);

/** JSON Schema 2020-12 for a column: `uuid` → string/uuid, `timestamptz` → string/date-time, nullable → `[type, 'null']`. */
export function columnSchema(column: Column, nullable = column.nullable): JsonSchema {
  const base: JsonSchema = (() => {
    switch (column.type) {
      case 'uuid': return { type: 'string', format: 'uuid' };
      case 'text': return { type: 'string' };
      case 'varchar': return column.length ? { type: 'string', maxLength: column.length } : { type: 'string' };
      case 'integer': return { type: 'integer', format: 'int32' };
      case 'bigint': return { type: 'integer', format: 'int64' };
      case 'numeric': return { type: 'number' };
      case 'real': return { type: 'number', format: 'float' };
      case 'double': return { type: 'number', format: 'double' };
      case 'boolean': return { type: 'boolean' };
      case 'date': return { type: 'string', format: 'date' };
      case 'timestamptz': return { type: 'string', format: 'date-time' };
      case 'jsonb': return { type: 'object', additionalProperties: true };
      case 'text[]': return { type: 'array', items: { type: 'string' } };
      case 'bytea': return { type: 'string', contentEncoding: 'base64' };
    }
  })();
  if (column.enumValues) base['enum'] = [...column.enumValues];
  if (column.check) {
    const key = { '>=': 'minimum', '>': 'exclusiveMinimum', '<=': 'maximum', '<': 'exclusiveMaximum' }[column.check.op];
    base[key] = column.check.value;
  }
  if (column.description) base['description'] = column.description;
  if (nullable) {
    base['type'] = [base['type'], 'null'];
    if (base['enum']) base['enum'] = [...(base['enum'] as string[]), null];
  }
  return base;
}

/** JSON property name of a column under the API's naming convention. */
export type PropertyName = (column: string) => string;

function objectSchema(description: string, columns: readonly Column[], required: readonly string[], prop: PropertyName, extra: JsonSchema = {}): JsonSchema {
  return {
    type: 'object',
    description,
    ...(required.length > 0 ? { required: required.map(prop) } : {}),
    properties: Object.fromEntries(columns.map((c) => [prop(c.name), columnSchema(c)])),
    additionalProperties: false,
    ...extra,
  };
}

/** Response, create and update schemas of a table (seed 001's Response / CreateRequest / UpdateRequest). */
export function tableSchemas(table: Table, name: string, pathColumns: readonly string[], prop: PropertyName): Record<string, JsonSchema> {
  const visible = table.columns.filter((c) => !HIDDEN_COLUMNS.has(c.name) && !c.secret);
  const writable = table.columns.filter((c) => !SERVER_SET.has(c.name) && !pathColumns.includes(c.name));
  const requiredOnCreate = writable.filter((c) => !c.nullable && c.default === undefined).map((c) => c.name);
  const secretNote = (cols: readonly Column[]) =>
    Object.fromEntries(cols.filter((c) => c.secret).map((c) => [prop(c.name), { ...columnSchema(c), writeOnly: true }]));
  const create = objectSchema(`Fields to create a ${name}.`, writable.filter((c) => !c.secret), requiredOnCreate, prop);
  (create['properties'] as JsonSchema) = { ...(create['properties'] as JsonSchema), ...secretNote(writable) };
  const update = objectSchema(`Fields to change on a ${name}; absent fields stay as they are.`, writable.filter((c) => !c.secret), [], prop, { minProperties: 1 });
  (update['properties'] as JsonSchema) = { ...(update['properties'] as JsonSchema), ...secretNote(writable) };
  return {
    '': objectSchema(`A ${name}.`, visible, visible.filter((c) => !c.nullable).map((c) => c.name), prop, { 'x-table': table.name }),
    Create: create,
    Update: update,
  };
}
