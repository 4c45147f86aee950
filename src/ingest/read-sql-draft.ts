import type { DraftTable } from '../brief/brief-schema.js';
import type { ArchwayIssue } from '../errors/issue.js';
import { ingestCodes } from './ingest-codes.js';
import { asList, asNode, constValue, kindOf, names, num, positionOfByte, str, unwrap, type AstNode } from './sql-ast.js';
import { canonicalSqlType } from './sql-types.js';

type DraftColumn = DraftTable['columns'][number];

/** What a CHECK said, in the closed forms the model carries. */
export interface ColumnFacts {
  enumValues?: string[];
  check?: { op: '>=' | '>' | '<=' | '<'; value: number };
}

export interface SqlDraft {
  readonly tables: DraftTable[];
  /** `table.column` → facts from CHECK constraints and enum types. */
  readonly facts: Map<string, ColumnFacts>;
  readonly issues: ArchwayIssue[];
}

/** A piece of SQL text and where it sits: the file, and the line its first character is on. */
export interface SqlSource {
  readonly file: string;
  readonly text: string;
  readonly firstLine: number;
}

let loaded: Promise<void> | undefined;
let parser: typeof import('libpg-query') | undefined;
/** Loads the PostgreSQL parser (WASM) once per process, and only when SQL is to be read. */
export function loadSqlParser(): Promise<void> {
  loaded ??= import('libpg-query').then(async (m) => {
    await m.loadModule();
    parser = m;
  });
  return loaded;
}

function parseSql(text: string): unknown {
  if (!parser) throw new Error('the SQL parser is not loaded: call loadSqlParser() first');
  return parser.parseSync(text);
}

const FK_ACTIONS: Readonly<Record<string, string>> = { a: 'no action', r: 'restrict', c: 'cascade', n: 'set null', d: 'set default' };
const SAFE_FUNCTIONS = new Set(['now', 'gen_random_uuid', 'uuid_generate_v4', 'clock_timestamp', 'statement_timestamp', 'transaction_timestamp']);
const IGNORED_STATEMENTS = new Set(['IndexStmt', 'CreateExtensionStmt', 'CommentStmt', 'TransactionStmt', 'VariableSetStmt', 'CreateSchemaStmt']);

/** Renders a string as a PostgreSQL literal. */
export function sqlLiteral(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/**
 * Reads PostgreSQL DDL with PostgreSQL's own parser: CREATE TABLE (columns, types, NOT NULL,
 * defaults, keys, UNIQUE, CHECK, REFERENCES … ON DELETE) and CREATE TYPE … AS ENUM. Call
 * `loadSqlParser()` first.
 */
export function readSqlDraft(source: SqlSource): SqlDraft {
  const issues: ArchwayIssue[] = [];
  const facts = new Map<string, ColumnFacts>();
  const tables: DraftTable[] = [];
  const at = (byte: number) => {
    const p = positionOfByte(source.text, byte);
    return { file: source.file, line: source.firstLine + p.line - 1, column: p.column };
  };
  let tree: AstNode;
  try {
    tree = parseSql(source.text) as AstNode;
  } catch (err) {
    const details = asNode((err as { sqlDetails?: unknown }).sqlDetails);
    const cursor = num(details?.['cursorPosition']) ?? 0;
    const message = (err as Error).message ?? 'syntax error';
    issues.push(ingestCodes.issue('INGEST_SQL_SYNTAX', `SQL draft: ${message}`, at(cursor)));
    return { tables, facts, issues };
  }
  const enums = new Map<string, string[]>();
  for (const raw of asList(tree['stmts'])) {
    const stmtStart = num(raw['stmt_location']) ?? 0;
    const kind = kindOf(raw['stmt']);
    if (!kind) continue;
    const [name, stmt] = kind;
    if (name === 'CreateEnumStmt') {
      const typeName = names(stmt['typeName']).at(-1) ?? '';
      enums.set(typeName, asList(stmt['vals']).map((v) => str(unwrap(v, 'String')?.['sval']) ?? ''));
    } else if (name === 'CreateStmt') {
      tables.push(readCreateTable(stmt, enums, facts, issues, at));
    } else if (!IGNORED_STATEMENTS.has(name)) {
      issues.push(ingestCodes.issue('INGEST_SQL_UNSUPPORTED', `SQL draft: ${name.replace(/Stmt$/, '')} statement is not carried into the design`, at(stmtStart)));
    }
  }
  return { tables, facts, issues };
}

type At = (byte: number) => { file: string; line: number; column: number };

function readCreateTable(stmt: AstNode, enums: Map<string, string[]>, facts: Map<string, ColumnFacts>, issues: ArchwayIssue[], at: At): DraftTable {
  const relation = asNode(stmt['relation']) ?? {};
  const table = str(relation['relname']) ?? '';
  const loc = at(num(relation['location']) ?? 0);
  const columns: DraftColumn[] = [];
  let primaryKey: string[] = [];
  const unsupported = (what: string, byte: unknown) =>
    issues.push(ingestCodes.issue('INGEST_SQL_UNSUPPORTED', `SQL draft: ${what} in table '${table}' is not carried into the design`, at(num(byte) ?? 0)));
  if (stmt['inhRelations'] !== undefined || stmt['partspec'] !== undefined) unsupported('inheritance or partitioning', relation['location']);

  for (const element of asList(stmt['tableElts'])) {
    const col = unwrap(element, 'ColumnDef');
    if (col) {
      const colName = str(col['colname']) ?? '';
      const typeName = asNode(col['typeName']) ?? {};
      const typeParts = names(typeName['names']);
      const enumValues = enums.get(typeParts.at(-1) ?? '');
      const typmods = asList(typeName['typmods']).map((m) => constValue(m)?.value).filter((v): v is number => typeof v === 'number');
      const type = enumValues ? 'text' : canonicalSqlType(typeParts, typmods, typeName['arrayBounds'] !== undefined);
      const column: { -readonly [K in keyof DraftColumn]: DraftColumn[K] } = { name: colName, type, nullable: true, unique: false, primaryKey: false };
      if (enumValues) mergeFacts(facts, `${table}.${colName}`, { enumValues });
      if (/serial$/.test(typeParts.at(-1) ?? '')) column.default = 'generated';
      for (const cNode of asList(col['constraints'])) {
        const c = unwrap(cNode, 'Constraint') ?? {};
        switch (str(c['contype'])) {
          case 'CONSTR_NOTNULL': column.nullable = false; break;
          case 'CONSTR_NULL': column.nullable = true; break;
          case 'CONSTR_PRIMARY': column.primaryKey = true; column.nullable = false; primaryKey = [colName]; break;
          case 'CONSTR_UNIQUE': column.unique = true; break;
          case 'CONSTR_DEFAULT': {
            const text = defaultText(c['raw_expr']);
            if (text === undefined) {
              issues.push(ingestCodes.issue('INGEST_SQL_DEFAULT', `SQL draft: default of '${table}.${colName}' is dropped`, at(num(c['location']) ?? 0)));
            } else column.default = text;
            break;
          }
          case 'CONSTR_CHECK': {
            const fact = checkFacts(c['raw_expr'], colName);
            if (fact) { mergeFacts(facts, `${table}.${colName}`, fact); column.check = checkText(colName, fact); }
            else unsupported(`CHECK on '${colName}'`, c['location']);
            break;
          }
          case 'CONSTR_FOREIGN': {
            const pk = asNode(c['pktable']) ?? {};
            column.references = { table: str(pk['relname']) ?? '', column: names(c['pk_attrs'])[0] ?? 'id', onDelete: FK_ACTIONS[str(c['fk_del_action']) ?? 'a'] ?? 'no action' };
            break;
          }
          default: unsupported(`${(str(c['contype']) ?? 'constraint').replace('CONSTR_', '').toLowerCase()} constraint on '${colName}'`, c['location']);
        }
      }
      if (column.default === 'generated') {
        delete column.default;
        unsupported(`serial default on '${colName}'`, col['location']);
      }
      columns.push(column);
      continue;
    }
    const c = unwrap(element, 'Constraint');
    if (!c) { unsupported('table element', undefined); continue; }
    const keys = names(c['keys']);
    switch (str(c['contype'])) {
      case 'CONSTR_PRIMARY':
        primaryKey = keys;
        break;
      case 'CONSTR_UNIQUE':
        if (keys.length === 1) { const target = columns.find((x) => x.name === keys[0]); if (target) target.unique = true; }
        else unsupported(`UNIQUE (${keys.join(', ')})`, c['location']);
        break;
      case 'CONSTR_FOREIGN': {
        const fkCols = names(c['fk_attrs']);
        const target = columns.find((x) => x.name === fkCols[0]);
        const pk = asNode(c['pktable']) ?? {};
        if (fkCols.length === 1 && target) {
          target.references = { table: str(pk['relname']) ?? '', column: names(c['pk_attrs'])[0] ?? 'id', onDelete: FK_ACTIONS[str(c['fk_del_action']) ?? 'a'] ?? 'no action' };
        } else unsupported(`composite FOREIGN KEY (${fkCols.join(', ')})`, c['location']);
        break;
      }
      case 'CONSTR_CHECK': {
        const colName = checkColumn(c['raw_expr']);
        const fact = colName ? checkFacts(c['raw_expr'], colName) : undefined;
        const target = columns.find((x) => x.name === colName);
        if (fact && target && colName) { mergeFacts(facts, `${table}.${colName}`, fact); target.check = checkText(colName, fact); }
        else unsupported('table CHECK', c['location']);
        break;
      }
      default: unsupported('table constraint', c['location']);
    }
  }
  for (const key of primaryKey) {
    const target = columns.find((x) => x.name === key);
    if (target) { target.primaryKey = true; target.nullable = false; }
  }
  return { name: table, columns, primaryKey, source: { file: loc.file, line: loc.line } };
}

function mergeFacts(facts: Map<string, ColumnFacts>, key: string, add: ColumnFacts): void {
  facts.set(key, { ...facts.get(key), ...add });
}

function checkText(col: string, fact: ColumnFacts): string {
  if (fact.enumValues) return `${col} IN (${fact.enumValues.map(sqlLiteral).join(', ')})`;
  return fact.check ? `${col} ${fact.check.op} ${fact.check.value}` : '';
}

/** A default in canonical, re-escaped form: a literal or a known function; undefined otherwise. */
function defaultText(expr: unknown): string | undefined {
  const cast = unwrap(expr, 'TypeCast');
  if (cast) return defaultText(cast['arg']);
  const c = constValue(expr);
  if (c) return c.value === null ? 'NULL' : typeof c.value === 'string' ? sqlLiteral(c.value) : String(c.value);
  const fn = unwrap(expr, 'FuncCall');
  if (fn && fn['args'] === undefined) {
    const fname = names(fn['funcname']).at(-1) ?? '';
    if (SAFE_FUNCTIONS.has(fname)) return `${fname}()`;
  }
  const svf = unwrap(expr, 'SQLValueFunction');
  if (svf && /TIMESTAMP|DATE/.test(str(svf['op']) ?? '')) return 'now()';
  return undefined;
}

function checkColumn(expr: unknown): string | undefined {
  const e = unwrap(expr, 'A_Expr');
  const ref = unwrap(e?.['lexpr'], 'ColumnRef');
  return ref ? names(ref['fields']).at(-1) : undefined;
}

/** `col >= 0` and `col IN ('a','b')` become closed facts; anything else is undefined. */
function checkFacts(expr: unknown, col: string): ColumnFacts | undefined {
  const e = unwrap(expr, 'A_Expr');
  if (!e || checkColumn(expr) !== col) return undefined;
  const op = names(e['name'])[0];
  if (str(e['kind']) === 'AEXPR_IN' && op === '=') {
    const values = asList(unwrap(e['rexpr'], 'List')?.['items']).map((v) => constValue(v)?.value);
    return values.every((v) => typeof v === 'string') ? { enumValues: values as string[] } : undefined;
  }
  const value = constValue(e['rexpr'])?.value;
  if (str(e['kind']) === 'AEXPR_OP' && typeof value === 'number' && (op === '>=' || op === '>' || op === '<=' || op === '<')) {
    return { check: { op, value } };
  }
  return undefined;
}
