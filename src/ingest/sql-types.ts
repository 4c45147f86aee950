import type { ColumnType } from '../model/architecture.js';
import type { EntityField } from '../brief/brief-schema.js';
import { ownValue } from '../shared/own-value.js';

/** Internal PostgreSQL type names → how a draft writes them. */
const CANONICAL: Readonly<Record<string, string>> = {
  int2: 'smallint', int4: 'integer', int8: 'bigint', int: 'integer', smallint: 'smallint', integer: 'integer', bigint: 'bigint',
  serial: 'integer', serial4: 'integer', bigserial: 'bigint', serial8: 'bigint', smallserial: 'smallint',
  bool: 'boolean', boolean: 'boolean', float4: 'real', real: 'real', float8: 'double precision',
  varchar: 'varchar', bpchar: 'char', text: 'text', uuid: 'uuid', numeric: 'numeric', decimal: 'numeric',
  date: 'date', timestamptz: 'timestamptz', timestamp: 'timestamp', time: 'time', timetz: 'timetz', interval: 'interval',
  json: 'json', jsonb: 'jsonb', bytea: 'bytea', citext: 'citext', inet: 'inet',
};

/** Builds a draft's type text (`varchar(200)`, `text[]`, `numeric(10,2)`) from parser type name parts. */
export function canonicalSqlType(typeNames: readonly string[], typmods: readonly number[], isArray: boolean): string {
  const last = (typeNames[typeNames.length - 1] ?? 'text').toLowerCase();
  const base = ownValue(CANONICAL, last) ?? last;
  const withMods = typmods.length > 0 && ['varchar', 'char', 'numeric'].includes(base) ? `${base}(${typmods.join(',')})` : base;
  return isArray ? `${withMods}[]` : withMods;
}

export interface MappedType {
  readonly type: ColumnType;
  readonly length?: number;
  /** False when the model can only approximate the draft's type. */
  readonly exact: boolean;
}

/** Maps a canonical draft type to the data model's closed set of column types. */
export function columnTypeOf(sqlType: string): MappedType {
  const array = sqlType.endsWith('[]');
  const bare = array ? sqlType.slice(0, -2) : sqlType;
  const m = /^([a-z ]+)(?:\((\d+)(?:,\d+)?\))?$/.exec(bare);
  const base = m?.[1] ?? bare;
  const length = m?.[2] !== undefined ? Number(m[2]) : undefined;
  if (array) return { type: 'text[]', exact: base === 'text' || base === 'varchar' };
  const direct: Readonly<Record<string, ColumnType>> = {
    uuid: 'uuid', text: 'text', integer: 'integer', bigint: 'bigint', boolean: 'boolean', date: 'date',
    timestamptz: 'timestamptz', jsonb: 'jsonb', bytea: 'bytea', real: 'real', 'double precision': 'double',
  };
  const hit = ownValue(direct, base);
  if (hit) return { type: hit, exact: true };
  if (base === 'varchar') return length !== undefined ? { type: 'varchar', length, exact: true } : { type: 'text', exact: true };
  if (base === 'numeric') return length !== undefined ? { type: 'numeric', length, exact: !bare.includes(',') } : { type: 'numeric', exact: true };
  const near: Readonly<Record<string, ColumnType>> = {
    smallint: 'integer', char: 'varchar', timestamp: 'timestamptz', json: 'jsonb', citext: 'text',
  };
  const approx = ownValue(near, base) ?? 'text';
  return approx === 'varchar' && length !== undefined ? { type: 'varchar', length, exact: false } : { type: approx === 'varchar' ? 'text' : approx, exact: false };
}

/** Maps a column type to a brief field type. */
export function fieldTypeOf(type: ColumnType): EntityField['type'] {
  const map: Readonly<Record<ColumnType, EntityField['type']>> = {
    uuid: 'uuid', text: 'text', varchar: 'string', integer: 'integer', bigint: 'integer', numeric: 'number',
    boolean: 'boolean', date: 'date', timestamptz: 'datetime', jsonb: 'json', 'text[]': 'string[]', bytea: 'binary',
    real: 'number', double: 'number',
  };
  return map[type];
}
