import { derivedName } from '../../compose/contracts/identifier.js';
import type { ForeignKey, Index, Table } from '../../model/architecture.js';
import { defaultSql, quoteIdent, quoteLiteral, typeSql } from './sql-text.js';

/** One reversible step of a migration: what `up` runs and what `down` runs to undo it (null when undone by an earlier undo). */
export interface MigrationStep {
  readonly up: string;
  readonly down: string | null;
}

const ident = quoteIdent;
const list = (names: readonly string[]) => names.map(ident).join(', ');

export function foreignKeySql(table: Table, fk: ForeignKey): string {
  return `CONSTRAINT ${ident(derivedName(table.name, fk.columns, 'fkey'))} FOREIGN KEY (${list(fk.columns)}) REFERENCES ${ident(fk.table)} (${list(fk.refColumns)}) ON DELETE ${fk.onDelete.toUpperCase()}`;
}

/** `CREATE TABLE` with columns, primary key, CHECKs and the foreign keys whose targets already exist. */
export function createTableSql(table: Table, inlineForeignKeys: readonly ForeignKey[]): string {
  const lines: string[] = [];
  for (const c of table.columns) {
    let line = `${ident(c.name)} ${typeSql(c)}`;
    if (!c.nullable) line += ' NOT NULL';
    if (c.default !== undefined) line += ` DEFAULT ${defaultSql(c.default)}`;
    if (c.unique) line += ' UNIQUE';
    lines.push(line);
  }
  if (table.primaryKey.length > 0) lines.push(`CONSTRAINT ${ident(derivedName(table.name, [], 'pkey').replace(/__/, '_'))} PRIMARY KEY (${list(table.primaryKey)})`);
  for (const c of table.columns) {
    if (c.enumValues && c.enumValues.length > 0) {
      lines.push(`CONSTRAINT ${ident(derivedName(table.name, [c.name], 'check'))} CHECK (${ident(c.name)} IN (${c.enumValues.map(quoteLiteral).join(', ')}))`);
    } else if (c.check && Number.isFinite(c.check.value)) {
      lines.push(`CONSTRAINT ${ident(derivedName(table.name, [c.name], 'check'))} CHECK (${ident(c.name)} ${c.check.op} ${c.check.value})`);
    }
  }
  for (const fk of inlineForeignKeys) lines.push(foreignKeySql(table, fk));
  return `CREATE TABLE ${ident(table.name)} (\n  ${lines.join(',\n  ')}\n);`;
}

export function createIndexSql(table: Table, index: Index): string {
  const using = index.method === 'gin' ? ' USING gin' : '';
  return `CREATE ${index.unique ? 'UNIQUE ' : ''}INDEX ${ident(index.name)} ON ${ident(table.name)}${using} (${list(index.columns)});`;
}

/** Steps that create one table: the table, its comments and its indexes; each undone in reverse. */
export function tableSteps(table: Table, inlineForeignKeys: readonly ForeignKey[]): MigrationStep[] {
  const steps: MigrationStep[] = [{ up: createTableSql(table, inlineForeignKeys), down: `DROP TABLE ${ident(table.name)};` }];
  for (const c of table.columns) {
    const notes = [c.name === 'created_at' || c.name === 'updated_at' ? undefined : c.description, c.personalData ? 'Personal data.' : undefined, c.secret ? 'Secret: stored encrypted.' : undefined].filter((n): n is string => !!n);
    if (notes.length > 0) steps.push({ up: `COMMENT ON COLUMN ${ident(table.name)}.${ident(c.name)} IS ${quoteLiteral(notes.join(' '))};`, down: null });
  }
  for (const index of table.indexes) steps.push({ up: createIndexSql(table, index), down: `DROP INDEX ${ident(index.name)};` });
  return steps;
}
