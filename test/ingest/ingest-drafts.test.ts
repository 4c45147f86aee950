import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestDrafts } from '../../src/ingest/ingest-drafts.js';

const FIELDSERVICE = join(import.meta.dirname, '../../../shared/examples/fieldservice');

function fieldservice() {
  return readdirSync(FIELDSERVICE)
    .sort()
    .map((f) => ({ path: `fieldservice/${f}`, content: readFileSync(join(FIELDSERVICE, f), 'utf8') }));
}

describe('ingestDrafts on the fieldservice drafts', () => {
  it('keeps all 7 tables and the 4 draft operations on 3 paths, with their lines', async () => {
    const { drafts, entities, issues } = await ingestDrafts(fieldservice());
    expect(drafts.tables.map((t) => t.name)).toEqual(['customers', 'sites', 'technicians', 'work_orders', 'parts', 'stock', 'part_usages']);
    expect(drafts.operations).toHaveLength(4);
    expect(new Set(drafts.operations.map((o) => o.path))).toEqual(new Set(['/work-orders', '/work-orders/{id}', '/work-orders/{id}/photos']));
    expect(drafts.openapiVersion).toBe('3.0.3');
    expect(drafts.tables[0]!.source).toEqual({ file: 'fieldservice/database_schema.md', line: 4 });
    expect(drafts.operations[0]!.source).toEqual({ file: 'fieldservice/api_specifications.md', line: 12 });
    expect(entities.map((e) => e.name)).toEqual(['Customer', 'Site', 'Technician', 'WorkOrder', 'Part', 'Stock', 'PartUsage']);
    expect(entities.every((e) => e.given)).toBe(true);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('reads keys, defaults, CHECKs and delete rules from the parse tree', async () => {
    const { drafts, entities } = await ingestDrafts(fieldservice());
    const stock = drafts.tables.find((t) => t.name === 'stock')!;
    expect(stock.primaryKey).toEqual(['part_id', 'location_id']);
    expect(stock.columns.find((c) => c.name === 'quantity')).toMatchObject({ type: 'integer', nullable: false, check: 'quantity >= 0' });
    const sites = drafts.tables.find((t) => t.name === 'sites')!;
    expect(sites.columns.find((c) => c.name === 'customer_id')!.references).toEqual({ table: 'customers', column: 'id', onDelete: 'cascade' });
    const workOrders = drafts.tables.find((t) => t.name === 'work_orders')!;
    expect(workOrders.columns.find((c) => c.name === 'status')).toMatchObject({ type: 'varchar(20)', default: "'open'" });
    expect(drafts.tables.find((t) => t.name === 'parts')!.columns.find((c) => c.name === 'sku')!.unique).toBe(true);
    const site = entities.find((e) => e.name === 'Site')!;
    expect(site.relations).toEqual([{ kind: 'belongs-to', target: 'Customer', required: true, onDelete: 'cascade' }]);
    expect(entities.find((e) => e.name === 'Stock')!.fields.find((f) => f.name === 'quantity')!.min).toBe(0);
  });

  it('dereferences allOf and $refs into the draft operations', async () => {
    const { drafts } = await ingestDrafts(fieldservice());
    const read = drafts.operations.find((o) => o.method === 'get' && o.path === '/work-orders/{id}')!;
    const schema = (read.operation as any).responses['200'].content['application/json'].schema;
    expect(schema.allOf[0].properties.siteId).toEqual({ type: 'string', format: 'uuid' });
    expect(Object.keys(drafts.schemas).sort()).toEqual(['WorkOrder', 'WorkOrderCreate']);
  });
});

describe('ingestDrafts on bad input', () => {
  it('reports invalid SQL with the line and column inside the Markdown file', async () => {
    const md = '# Schema\n\n```sql\nCREATE TABLE a (\n  id uuid PRIMARY KEY,\n  name textt textt\n);\n```\n';
    const { drafts, issues } = await ingestDrafts([{ path: 'schema.md', content: md }]);
    expect(drafts.tables).toEqual([]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'INGEST_SQL_SYNTAX', severity: 'error', location: { file: 'schema.md', line: 6, column: 14 } });
    expect(issues[0]!.message).toContain('syntax error');
  });

  it('refuses MySQL syntax as a dialect error with its position', async () => {
    const sql = 'CREATE TABLE t (\n  id INT AUTO_INCREMENT PRIMARY KEY\n) ENGINE=InnoDB;\n';
    const { issues } = await ingestDrafts([{ path: 'db.sql', content: sql }]);
    expect(issues[0]).toMatchObject({ code: 'INGEST_SQL_SYNTAX', location: { file: 'db.sql', line: 2 } });
  });

  it('warns about PostgreSQL features it does not carry, and stays silent on plain DDL', async () => {
    const sql = 'CREATE TABLE t (id uuid PRIMARY KEY, n int CHECK (n % 2 = 0));\nCREATE TRIGGER x AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();\n';
    const { issues } = await ingestDrafts([{ path: 'db.sql', content: sql }]);
    expect(issues.map((i) => [i.code, i.location?.line])).toEqual([
      ['INGEST_SQL_UNSUPPORTED', 1],
      ['INGEST_SQL_UNSUPPORTED', 2],
    ]);
    const clean = await ingestDrafts([{ path: 'db.sql', content: 'CREATE TABLE t (id uuid PRIMARY KEY, n int NOT NULL CHECK (n >= 1));\nCREATE INDEX t_n ON t (n);\n' }]);
    expect(clean.issues).toEqual([]);
  });

  it('reports a broken $ref at the line that holds it', async () => {
    const yaml = ['openapi: 3.1.0', 'info: { title: T, version: "1" }', 'paths:', '  /items:', '    get:', '      responses:', "        '200':", '          description: ok', '          content:', '            application/json:', "              schema: { $ref: '#/components/schemas/Missing' }", ''].join('\n');
    const { drafts, issues } = await ingestDrafts([{ path: 'api.yaml', content: yaml }]);
    expect(drafts.operations).toEqual([]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'INGEST_OPENAPI_REF', location: { file: 'api.yaml', line: 11 } });
  });

  it('reports a cyclic $ref instead of looping', async () => {
    const yaml = ['openapi: 3.0.3', 'info: { title: T, version: "1" }', 'paths: {}', 'components:', '  schemas:', '    Node:', '      type: object', '      properties:', "        next: { $ref: '#/components/schemas/Node' }", ''].join('\n');
    const { issues } = await ingestDrafts([{ path: 'api.yaml', content: yaml }]);
    expect(issues[0]).toMatchObject({ code: 'INGEST_OPENAPI_REF', location: { file: 'api.yaml', line: 9 } });
    expect(issues[0]!.message).toContain('cyclic');
  });

  it('refuses Swagger 2.0 and oversized files with a clear error', async () => {
    const swagger = await ingestDrafts([{ path: 'old.yaml', content: 'swagger: "2.0"\ninfo: { title: T, version: "1" }\npaths: {}\n' }]);
    expect(swagger.issues[0]).toMatchObject({ code: 'INGEST_OPENAPI_VERSION', location: { file: 'old.yaml', line: 1 } });
    const big = 'CREATE TABLE t (id int);\n'.repeat(2_200_000);
    const huge = await ingestDrafts([{ path: 'dump.sql', content: big }]);
    expect(huge.issues).toHaveLength(1);
    expect(huge.issues[0]).toMatchObject({ code: 'INGEST_TOO_LARGE', severity: 'error', location: { file: 'dump.sql' } });
    expect(huge.drafts.tables).toEqual([]);
  });
});

describe('conflicts between drafts', () => {
  const sql = { path: 'schema.sql', content: 'CREATE TABLE items (id uuid PRIMARY KEY, name text NOT NULL);\n' };
  const api = (field: string, path = '/items/{id}') => ({
    path: 'api.yaml',
    content: `openapi: 3.1.0\ninfo: { title: T, version: "1" }\npaths:\n  ${path}:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: { type: object, properties: { id: { type: string }, ${field}: { type: string } } }\n`,
  });

  it('reports an endpoint field with no column', async () => {
    const { issues } = await ingestDrafts([sql, api('colour')]);
    expect(issues.map((i) => i.code)).toEqual(['INGEST_CONFLICT_FIELD']);
    expect(issues[0]!.message).toContain("'colour'");
    expect(issues[0]!.location).toMatchObject({ file: 'api.yaml', line: 5 });
  });

  it('reports a path parameter on a resource with no table', async () => {
    const { issues } = await ingestDrafts([sql, api('name', '/vans/{id}/items')]);
    expect(issues.map((i) => i.code)).toEqual(['INGEST_CONFLICT_PATH']);
  });

  it('stays silent when the drafts agree', async () => {
    const { issues } = await ingestDrafts([sql, api('name')]);
    expect(issues).toEqual([]);
  });
});
