import type { Column } from '../../model/architecture.js';

/** Quotes an identifier for PostgreSQL: always double-quoted, inner quotes doubled, so any name is inert. */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Quotes a string literal for PostgreSQL (standard-conforming strings). */
export function quoteLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

const SAFE_DEFAULT = [
  /^'(?:[^']|'')*'(?:::[a-z][a-z0-9_ ]*(?:\[\])?)?$/,
  /^-?\d+(?:\.\d+)?$/,
  /^(?:true|false|NULL)$/i,
  /^[a-z_][a-z0-9_]*\(\)$/,
  /^\(NULLIF\(current_setting\('[a-z_.]+', true\), ''\)\)::uuid$/,
];

/** A column default as SQL: model defaults of a known safe shape verbatim, anything else as a string literal. */
export function defaultSql(value: string): string {
  return SAFE_DEFAULT.some((re) => re.test(value)) ? value : quoteLiteral(value);
}

/** The column's SQL type, e.g. `varchar(200)`, `double precision`. */
export function typeSql(column: Column): string {
  switch (column.type) {
    case 'varchar': return column.length ? `varchar(${Math.trunc(column.length)})` : 'text';
    case 'numeric': return column.length ? `numeric(${Math.trunc(column.length)})` : 'numeric';
    case 'double': return 'double precision';
    default: return column.type;
  }
}

/** Picks a dollar-quote tag that does not occur in the body. */
export function dollarQuote(body: string, base = 'sql'): string {
  let tag = `$${base}$`;
  for (let n = 1; body.includes(tag); n++) tag = `$${base}${n}$`;
  return `${tag}${body}${tag}`;
}
