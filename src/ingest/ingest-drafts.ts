import type { DraftOperation, DraftTable, Drafts, Entity } from '../brief/brief-schema.js';
import type { InputFile } from '../brief/understood-brief.js';
import type { ArchwayIssue } from '../errors/issue.js';
import { draftConflicts } from './draft-conflicts.js';
import { entitiesFromTables } from './entities-from-tables.js';
import { loadMarkdownParser } from './markdown-parser.js';
import { fencedBlocks } from './fenced-blocks.js';
import { ingestCodes } from './ingest-codes.js';
import { declaresOpenApi, readOpenApiDraft, type OpenApiSource } from './read-openapi-draft.js';
import { loadSqlParser, readSqlDraft, type ColumnFacts, type SqlSource } from './read-sql-draft.js';

export interface IngestedDrafts {
  readonly drafts: Drafts;
  /** Entities derived from draft tables (marked `given`); they take precedence over entities named in prose. */
  readonly entities: readonly Entity[];
  readonly issues: readonly ArchwayIssue[];
}

/** Largest input Archway reads; larger files are refused with a clear issue. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

const SQL_LANGS = new Set(['sql', 'postgresql', 'postgres', 'pgsql', 'psql']);
const DOC_LANGS = new Set(['yaml', 'yml', 'json', 'openapi']);
const MARKDOWN_EXTS = new Set(['md', 'markdown']);

const extensionOf = (path: string): string => path.toLowerCase().split('.').pop() ?? '';

function safeDeclaresOpenApi(text: string): boolean {
  try {
    return declaresOpenApi(text);
  } catch {
    return false;
  }
}

/** Splits the inputs into SQL and OpenAPI sources, with their position in each file. */
function collectSources(inputs: readonly InputFile[], issues: ArchwayIssue[]): { sql: SqlSource[]; openapi: OpenApiSource[] } {
  const sql: SqlSource[] = [];
  const openapi: OpenApiSource[] = [];
  for (const input of inputs) {
    const bytes = Buffer.byteLength(input.content, 'utf8');
    if (bytes > MAX_INPUT_BYTES) {
      issues.push(ingestCodes.issue('INGEST_TOO_LARGE', `${input.path} is ${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1024 / 1024} MB`, { file: input.path }));
      continue;
    }
    const ext = extensionOf(input.path);
    if (ext === 'sql') sql.push({ file: input.path, text: input.content, firstLine: 1 });
    else if (['yaml', 'yml', 'json'].includes(ext)) {
      if (safeDeclaresOpenApi(input.content)) openapi.push({ file: input.path, text: input.content, firstLine: 1 });
    } else if (MARKDOWN_EXTS.has(ext)) {
      for (const block of fencedBlocks(input.content)) {
        const source = { file: input.path, text: block.text, firstLine: block.firstLine };
        if (SQL_LANGS.has(block.lang)) sql.push(source);
        else if (DOC_LANGS.has(block.lang) && safeDeclaresOpenApi(block.text)) openapi.push(source);
      }
    }
  }
  return { sql, openapi };
}

/**
 * Reads existing contracts the user already has: SQL DDL (`.sql` files or fenced `sql` blocks in
 * Markdown) and OpenAPI 3.0/3.1 documents (files or fenced `yaml`/`json` blocks that declare `openapi`).
 *
 * Example: `database_schema.md` with seven `CREATE TABLE`s gives seven `drafts.tables` and seven
 * given entities (`customers` → `Customer`, foreign keys → belongs-to relations).
 */
export async function ingestDrafts(inputs: readonly InputFile[]): Promise<IngestedDrafts> {
  const issues: ArchwayIssue[] = [];
  if (inputs.some((i) => MARKDOWN_EXTS.has(extensionOf(i.path)))) await loadMarkdownParser();
  const sources = collectSources(inputs, issues);
  const tables: DraftTable[] = [];
  const facts = new Map<string, ColumnFacts>();
  if (sources.sql.length > 0) await loadSqlParser();
  for (const source of sources.sql) {
    const read = readSqlDraft(source);
    issues.push(...read.issues);
    for (const [k, v] of read.facts) facts.set(k, v);
    for (const table of read.tables) {
      const earlier = tables.find((t) => t.name === table.name);
      if (earlier) {
        const first = earlier.source ? ` (first at ${earlier.source.file}:${earlier.source.line})` : '';
        issues.push(ingestCodes.issue('INGEST_SQL_DUPLICATE', `table '${table.name}' is defined again${first}`, table.source));
      } else tables.push(table);
    }
  }
  const operations: DraftOperation[] = [];
  const schemas: Record<string, unknown> = {};
  let openapiVersion: string | undefined;
  for (const source of sources.openapi) {
    const read = await readOpenApiDraft(source);
    issues.push(...read.issues);
    operations.push(...read.operations);
    Object.assign(schemas, read.schemas);
    openapiVersion ??= read.version;
  }
  issues.push(...draftConflicts(operations, tables));
  return {
    drafts: { tables, operations, schemas, ...(openapiVersion ? { openapiVersion } : {}) },
    entities: entitiesFromTables(tables, facts),
    issues,
  };
}
