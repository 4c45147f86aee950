import type { DraftOperation, DraftTable } from '../brief/brief-schema.js';
import type { ArchwayIssue } from '../errors/issue.js';
import { ingestCodes } from './ingest-codes.js';
import { snakeCase } from './inflect.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Property names of a JSON schema object, following `allOf` and list envelopes (`items: [...]`). */
export function schemaFields(schema: unknown): string[] {
  if (!isObj(schema)) return [];
  const out = new Set<string>();
  for (const part of Array.isArray(schema['allOf']) ? schema['allOf'] : []) for (const f of schemaFields(part)) out.add(f);
  const props = isObj(schema['properties']) ? schema['properties'] : {};
  const items = props['items'];
  if (isObj(items) && items['type'] === 'array') return schemaFields(items['items']);
  if (schema['type'] === 'array') return schemaFields(schema['items']);
  for (const key of Object.keys(props)) out.add(key);
  return [...out];
}

/** The JSON schemas an operation sends and returns (application/json only). */
export function operationSchemas(operation: Obj): unknown[] {
  const out: unknown[] = [];
  const json = (content: unknown) => (isObj(content) && isObj(content['application/json']) ? content['application/json']['schema'] : undefined);
  const body = isObj(operation['requestBody']) ? json(operation['requestBody']['content']) : undefined;
  if (body) out.push(body);
  const responses = isObj(operation['responses']) ? operation['responses'] : {};
  for (const [status, response] of Object.entries(responses)) {
    if (!/^2/.test(status) || !isObj(response)) continue;
    const schema = json(response['content']);
    if (schema) out.push(schema);
  }
  return out;
}

/** The table a path's resource segment names, e.g. `/v1/work-orders/{id}` → `work_orders`. */
export function resourceSegments(path: string): { segment: string; table: string; followedByParam: boolean; last: boolean }[] {
  const parts = path.split('/').filter((p) => p.length > 0);
  const statics = parts
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => !p.startsWith('{') && !/^v\d+$/i.test(p) && p !== 'api');
  return statics.map(({ p, i }, k) => ({
    segment: p,
    table: snakeCase(p),
    followedByParam: parts[i + 1]?.startsWith('{') ?? false,
    last: k === statics.length - 1,
  }));
}

/** Conflicts between an API draft and a schema draft: fields with no column, resource paths with no table. */
export function draftConflicts(operations: readonly DraftOperation[], tables: readonly DraftTable[]): ArchwayIssue[] {
  if (tables.length === 0) return [];
  const byName = new Map(tables.map((t) => [t.name, t]));
  const issues: ArchwayIssue[] = [];
  const reported = new Set<string>();
  for (const op of operations) {
    const where = op.source ? { file: op.source.file, line: op.source.line, path: `paths.${op.path}.${op.method}` } : { path: `paths.${op.path}.${op.method}` };
    const segments = resourceSegments(op.path);
    for (const seg of segments) {
      if (seg.followedByParam && !byName.has(seg.table) && !reported.has(`path:${seg.table}`)) {
        reported.add(`path:${seg.table}`);
        issues.push(ingestCodes.issue('INGEST_CONFLICT_PATH', `API draft: '${op.path}' addresses '${seg.segment}/{…}' but the schema draft has no table '${seg.table}'`, where));
      }
    }
    const resource = segments.at(-1);
    const table = resource ? byName.get(resource.table) : undefined;
    if (!table) continue;
    const columns = new Set(table.columns.map((c) => c.name));
    for (const schema of operationSchemas(op.operation)) {
      for (const field of schemaFields(schema)) {
        const column = snakeCase(field);
        if (columns.has(column) || reported.has(`field:${table.name}.${column}`)) continue;
        reported.add(`field:${table.name}.${column}`);
        issues.push(ingestCodes.issue('INGEST_CONFLICT_FIELD', `API draft: ${op.method.toUpperCase()} ${op.path} uses field '${field}' but table '${table.name}' has no column '${column}'`, where));
      }
    }
  }
  return issues;
}
