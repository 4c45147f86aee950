import { camelCase, pascalCase, snakeCase } from '../../ingest/inflect.js';
import type { Endpoint, Table } from '../../model/architecture.js';
import { columnSchema, type JsonSchema, type PropertyName } from './column-schema.js';
import { ERROR_RESPONSE_BY_STATUS } from './shared-components.js';

const ref = (kind: 'schemas' | 'responses' | 'parameters', name: string) => ({ $ref: `#/components/${kind}/${name}` });
const json = (schema: unknown) => ({ 'application/json': { schema } });
const COMMON_ERRORS = ['400', '401', '403', '429'];

/** Path parameters by table and path: a table's collection and item paths serve several operations. */
const PATH_PARAMETERS = new WeakMap<Table, Map<string, readonly JsonSchema[]>>();

/**
 * Path parameters of a path template: `{id}` and parent ids are uuids, others strings. Frozen and
 * shared between the operations on one path (the YAML writer lays a frozen value out once).
 */
export function pathParameters(path: string, table: Table | undefined): JsonSchema[] {
  if (!table) return buildPathParameters(path, undefined);
  let byPath = PATH_PARAMETERS.get(table);
  if (!byPath) PATH_PARAMETERS.set(table, (byPath = new Map()));
  let params = byPath.get(path);
  if (!params) byPath.set(path, (params = buildPathParameters(path, table).map((p) => deepFreeze(p))));
  return [...params];
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

function buildPathParameters(path: string, table: Table | undefined): JsonSchema[] {
  const names = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
  return names.map((name) => {
    const column = table?.columns.find((c) => c.name === snakeCase(name));
    const uuid = name === 'id' || /Id$/.test(name);
    return { name, in: 'path', required: true, description: `Identifier (${name}).`, schema: column ? columnSchema(column, false) : uuid ? { type: 'string', format: 'uuid' } : { type: 'string' } };
  });
}

function errors(statuses: readonly string[]): Record<string, unknown> {
  return Object.fromEntries([...COMMON_ERRORS, ...statuses].sort().map((s) => [s, ref('responses', ERROR_RESPONSE_BY_STATUS[s]!)]));
}

/** An OpenAPI operation for a generated endpoint, per seed 001's status codes. */
export function generatedOperation(e: Endpoint, table: Table | undefined, tag: string, description: string, prop: PropertyName): JsonSchema {
  const name = table ? pascalCase(table.entity) : 'Resource';
  const params: unknown[] = pathParameters(e.path, table);
  const op: JsonSchema = { operationId: e.id, summary: e.summary, description, tags: [tag] };
  switch (e.operation) {
    case 'list': {
      params.push(ref('parameters', 'page'), ref('parameters', prop('page_size')));
      const sorts = e.sorts ?? [];
      if (sorts.length > 0) {
        params.push({ name: 'sort', in: 'query', required: false, description: 'Sort key; prefix with `-` for descending.', schema: { type: 'string', enum: sorts.map(prop).flatMap((s) => [s, `-${s}`]), default: `-${prop(sorts[0]!)}` } });
      }
      for (const f of e.filters ?? []) {
        const column = table?.columns.find((c) => c.name === f);
        if (column) params.push({ name: prop(f), in: 'query', required: false, description: `Only items whose ${f.replace(/_/g, ' ')} equals this value.`, schema: columnSchema(column, false) });
      }
      op['responses'] = { '200': { description: `A page of ${name} items.`, content: json(ref('schemas', `${name}Page`)) }, ...errors([]) };
      break;
    }
    case 'create':
      op['requestBody'] = { required: true, content: json(ref('schemas', `${name}Create`)) };
      op['responses'] = { '201': { description: `The created ${name}.`, content: json(ref('schemas', name)) }, ...errors(['404', '409', '422']) };
      break;
    case 'read':
      op['responses'] = { '200': { description: `The ${name}.`, content: json(ref('schemas', name)) }, ...errors(['404']) };
      break;
    case 'update':
      op['requestBody'] = { required: true, content: json(ref('schemas', `${name}Update`)) };
      op['responses'] = { '200': { description: `The updated ${name}.`, content: json(ref('schemas', name)) }, ...errors(['404', '409', '422']) };
      break;
    case 'delete':
      op['responses'] = { '204': { description: 'Deleted.' }, ...errors(['404', '409']) };
      break;
    case 'action':
      op['responses'] = { '200': { description: `The ${name} after the action.`, content: json(ref('schemas', name)) }, ...errors(['404', '409', '422']) };
      break;
    case 'stream':
      op['responses'] = {
        '200': {
          description: 'Server-sent events until the operation ends; each `data:` line is a JSON event. Reconnect with `Last-Event-ID`.',
          content: { 'text/event-stream': { schema: { type: 'string' } } },
        },
        ...errors(table ? ['404'] : []),
      };
      break;
    case 'upload':
      op['requestBody'] = {
        required: true,
        content: { 'multipart/form-data': { schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', contentMediaType: 'application/octet-stream' } } } } },
      };
      op['responses'] = { '201': { description: 'Stored.', content: json(ref('schemas', 'StoredFile')) }, ...errors(['404', '422']) };
      break;
  }
  if (params.length > 0) op['parameters'] = params;
  return op;
}

/** OpenAPI 3.0 schema keywords upgraded to 3.1: `nullable: true` → `type: [t, 'null']`. */
export function upgradeSchema(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(upgradeSchema);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (k !== 'nullable') out[k] = upgradeSchema(v);
  const src = value as Record<string, unknown>;
  if (src['nullable'] === true && typeof src['type'] === 'string') out['type'] = [src['type'], 'null'];
  return out;
}

/** A given endpoint: the draft's operation as written, extended with an id, tag, description and the common errors. */
export function givenOperation(e: Endpoint, table: Table | undefined, tag: string, description: string): JsonSchema {
  const draft = upgradeSchema(e.draft ?? {}) as JsonSchema;
  const responses = { ...((draft['responses'] as JsonSchema | undefined) ?? {}) };
  for (const s of COMMON_ERRORS) responses[s] ??= ref('responses', ERROR_RESPONSE_BY_STATUS[s]!);
  const declared = new Set(((draft['parameters'] as JsonSchema[] | undefined) ?? []).filter((p) => p['in'] === 'path').map((p) => p['name']));
  const missing = pathParameters(e.path, table).filter((p) => !declared.has(p['name']));
  const parameters = [...((draft['parameters'] as unknown[] | undefined) ?? []), ...missing];
  return {
    ...draft,
    operationId: typeof draft['operationId'] === 'string' ? draft['operationId'] : e.id,
    summary: typeof draft['summary'] === 'string' && draft['summary'] ? draft['summary'] : e.summary,
    description: typeof draft['description'] === 'string' && draft['description'] ? draft['description'] : description,
    tags: Array.isArray(draft['tags']) && draft['tags'].length > 0 ? draft['tags'] : [tag],
    ...(parameters.length > 0 ? { parameters } : {}),
    responses: Object.fromEntries(Object.entries(responses).sort(([a], [b]) => a.localeCompare(b))),
  };
}

export const tagOf = (entity: string | undefined) => (entity ? pascalCase(entity) : 'Events');
export const pageName = (entity: string) => `${pascalCase(entity)}Page`;
export const paramName = camelCase;
