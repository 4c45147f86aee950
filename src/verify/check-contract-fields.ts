import type { ArchwayIssue } from '../errors/issue.js';
import { resourceSegments } from '../ingest/draft-conflicts.js';
import { snakeCase } from '../ingest/inflect.js';
import { lineOfPath, parseLocated, type LocatedDocument } from '../ingest/yaml-locate.js';
import type { ArchitectureModel } from '../model/architecture.js';
import type { OpenApiSource } from './openapi-source.js';
import { verifyCodes } from './verify-codes.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

function resolve(doc: Obj, value: unknown, seen: Set<string>): unknown {
  if (!isObj(value) || typeof value['$ref'] !== 'string') return value;
  const ref = value['$ref'];
  if (!ref.startsWith('#/') || seen.has(ref)) return undefined;
  seen.add(ref);
  let node: unknown = doc;
  for (const seg of ref.slice(2).split('/')) node = isObj(node) ? node[seg.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  return resolve(doc, node, seen);
}

/** Fields of a response schema that must map to columns: follows $ref, allOf and list envelopes; skips `x-computed`. */
function fields(doc: Obj, schema: unknown, seen = new Set<string>()): { fields: string[]; table?: string } {
  const s = resolve(doc, schema, seen);
  if (!isObj(s)) return { fields: [] };
  if (s['type'] === 'array') return fields(doc, s['items'], seen);
  const props = isObj(s['properties']) ? s['properties'] : {};
  const envelopeItems = resolve(doc, props['items'], new Set(seen));
  if (isObj(envelopeItems) && envelopeItems['type'] === 'array') return fields(doc, envelopeItems['items'], seen);
  if (s['x-computed'] === true) return { fields: [] };
  const out: string[] = [];
  let table = typeof s['x-table'] === 'string' ? s['x-table'] : undefined;
  for (const part of Array.isArray(s['allOf']) ? s['allOf'] : []) {
    const sub = fields(doc, part, seen);
    out.push(...sub.fields);
    table ??= sub.table;
  }
  for (const [name, prop] of Object.entries(props)) {
    const p = resolve(doc, prop, new Set(seen));
    if (!(isObj(p) && p['x-computed'] === true)) out.push(name);
  }
  return { fields: out, ...(table ? { table } : {}) };
}

/** Every response field of the OpenAPI document maps to a column of its resource's table, or is documented as computed. */
export function checkContractFields(source: OpenApiSource, model: ArchitectureModel): ArchwayIssue[] {
  const { file, doc } = source;
  if (!isObj(doc) || !isObj(doc['paths'])) return [];
  // Positions are only needed to report an issue: a consistent document is never parsed twice.
  let located: LocatedDocument | undefined;
  const tables = new Map(model.dataModel.tables.map((t) => [t.name, t]));
  const issues: ArchwayIssue[] = [];
  for (const [path, item] of Object.entries(doc['paths'])) {
    if (!isObj(item)) continue;
    for (const method of METHODS) {
      const op = item[method];
      if (!isObj(op) || !isObj(op['responses'])) continue;
      for (const [status, response] of Object.entries(op['responses'])) {
        const r = resolve(doc, response, new Set());
        if (!/^2/.test(status) || !isObj(r) || !isObj(r['content'])) continue;
        const media = r['content']['application/json'];
        if (!isObj(media)) continue;
        const found = fields(doc, media['schema']);
        const segment = resourceSegments(path).map((s) => tables.get(s.table)).filter((t) => t !== undefined).at(-1);
        const table = (found.table ? tables.get(found.table) : undefined) ?? segment;
        if (!table) continue;
        const columns = new Set(table.columns.map((c) => c.name));
        for (const field of found.fields) {
          if (columns.has(snakeCase(field)) || columns.has(field)) continue;
          const jsonPath = ['paths', path, method, 'responses', status];
          issues.push(
            verifyCodes.issue('VERIFY_FIELD_COLUMN', `${method.toUpperCase()} ${path} returns '${field}' but table '${table.name}' has no column '${snakeCase(field)}'`, {
              file, line: lineOfPath((located ??= parseLocated(source.text)), jsonPath), path: jsonPath.join('.'),
            }),
          );
        }
      }
    }
  }
  return issues;
}
