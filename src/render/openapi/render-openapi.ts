import { camelCase, pascalCase, snakeCase, words } from '../../ingest/inflect.js';
import type { ArchitectureModel, Endpoint, Table } from '../../model/architecture.js';
import type { RenderedFile } from '../../model/rendered-file.js';
import { tableSchemas, type JsonSchema, type PropertyName } from './column-schema.js';
import { generatedOperation, givenOperation, tagOf } from './operation-object.js';
import { ERROR_SCHEMA, errorResponses, securitySchemes, STORED_FILE_SCHEMA } from './shared-components.js';
import { yamlText } from '../text/yaml-text.js';

export const OPENAPI_PATH = 'contracts/openapi.yaml';
const METHOD_ORDER = ['get', 'post', 'put', 'patch', 'delete'] as const;

function tenancyNote(model: ArchitectureModel): string {
  switch (model.dataModel.tenancy) {
    case 'row-level': return 'Every request acts inside the tenant of its credentials; the database enforces it with row-level security, so other tenants\' data is never visible.';
    case 'schema-per-tenant': return 'Every request acts inside the tenant of its credentials, served from that tenant\'s own database schema and role.';
    case 'database-per-tenant': return 'Every request acts inside the tenant of its credentials, served from that tenant\'s own database.';
    default: return '';
  }
}

function pageSchema(name: string, prop: PropertyName): JsonSchema {
  return {
    type: 'object',
    description: `One page of ${name} items.`,
    required: ['items', 'total', 'page', prop('page_size'), prop('has_more')],
    properties: {
      items: { type: 'array', items: { $ref: `#/components/schemas/${name}` } },
      total: { type: 'integer', minimum: 0, description: 'Items across all pages.' },
      page: { type: 'integer', minimum: 1 },
      [prop('page_size')]: { type: 'integer', minimum: 1, maximum: 100 },
      [prop('has_more')]: { type: 'boolean' },
    },
    'x-computed': true,
  };
}

/**
 * Renders the API model as an OpenAPI 3.1 document (`contracts/openapi.yaml`): one path per
 * resource, paginated lists with filters and sorting, Create/Update/Response schemas per table,
 * one error envelope, the decided security schemes, SSE responses for streams; given draft
 * operations kept as written. Pure: model in, file out.
 */
export function renderOpenApi(model: ArchitectureModel): RenderedFile[] {
  const { api, dataModel } = model;
  if (api.endpoints.length === 0) return [];
  const tableByEntity = new Map<string, Table>(dataModel.tables.map((t) => [t.entity, t]));
  const note = tenancyNote(model);
  const prop: PropertyName = api.propertyCase === 'camel' ? camelCase : (c) => c;
  const schemas: Record<string, unknown> = { Error: ERROR_SCHEMA };
  const tags = new Map<string, string>();
  const paths: Record<string, Record<string, unknown>> = {};
  const sorted = [...api.endpoints].sort((a, b) => a.path.localeCompare(b.path) || METHOD_ORDER.indexOf(a.method) - METHOD_ORDER.indexOf(b.method));

  const needSchemas = (e: Endpoint, table: Table) => {
    const name = pascalCase(table.entity);
    // A table's schemas are built only while one this endpoint uses is still missing.
    const missing = schemas[name] == null
      || (e.operation === 'create' && schemas[`${name}Create`] == null)
      || (e.operation === 'update' && schemas[`${name}Update`] == null);
    if (missing) {
      const parentColumns = [...e.path.matchAll(/\{([^}]+)\}/g)].map((m) => snakeCase(m[1]!)).filter((c) => c !== 'id');
      const made = tableSchemas(table, words(table.entity).join(' '), parentColumns, prop);
      schemas[name] ??= made[''];
      if (e.operation === 'create') schemas[`${name}Create`] ??= made['Create'];
      if (e.operation === 'update') schemas[`${name}Update`] ??= made['Update'];
    }
    if (e.operation === 'list') schemas[`${name}Page`] ??= pageSchema(name, prop);
  };

  for (const e of sorted) {
    const table = e.entity ? tableByEntity.get(e.entity) : undefined;
    const tag = tagOf(e.entity);
    tags.set(tag, table ? `Operations on ${words(table.entity).join(' ')} resources (table \`${table.name}\`).` : 'Streams and operations not tied to one resource.');
    const traced = e.requirementIds.length > 0 ? ` Serves ${e.requirementIds.join(', ')}.` : '';
    const description = `${e.summary}.${traced}${note ? ` ${note}` : ''}`;
    let op: JsonSchema;
    if (e.given) op = givenOperation(e, table, tag, description);
    else {
      if (table && ['list', 'create', 'read', 'update', 'action'].includes(e.operation)) needSchemas(e, table);
      if (e.operation === 'upload') schemas['StoredFile'] = STORED_FILE_SCHEMA;
      op = generatedOperation(e, table, tag, description, prop);
    }
    (paths[e.path] ??= {})[e.method] = op;
  }

  const schemeMap = securitySchemes(api.securitySchemes);
  const doc = {
    openapi: '3.1.0',
    info: {
      title: `${model.system.name} API`,
      version: '1.0.0',
      description: [model.system.summary || `The API of ${model.system.name}.`, note].filter(Boolean).join('\n\n'),
      contact: { name: `${model.system.name} team` },
      license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' },
    },
    servers: [{ url: `http://localhost:8080`, description: 'Local development' }],
    security: Object.keys(schemeMap).map((k) => ({ [k]: [] })),
    tags: [...tags].sort(([a], [b]) => a.localeCompare(b)).map(([name, description]) => ({ name, description })),
    paths,
    components: {
      schemas: Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b))),
      responses: errorResponses(),
      parameters: {
        page: { name: 'page', in: 'query', required: false, description: '1-based page number.', schema: { type: 'integer', minimum: 1, default: 1 } },
        [prop('page_size')]: { name: prop('page_size'), in: 'query', required: false, description: 'Items per page.', schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
      },
      securitySchemes: schemeMap,
    },
  };
  return [{ path: OPENAPI_PATH, content: yamlText(doc) }];
}
