import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { renderMigrations, renderOpenApi } from '../../src/index.js';
import { GOLDEN_DIR, goldenModels } from './golden-model.js';
import { contractModel } from './contract-model.js';

const root = fileURLToPath(GOLDEN_DIR);

describe.each(Object.entries(goldenModels()))('contract renderers on the %s model (regenerate: npx tsx test/contracts/update-golden.ts)', (name, model) => {
  const files = [...renderOpenApi(model), ...renderMigrations(model)];
  for (const file of files) {
    it(`renders ${file.path} as the golden file`, () => {
      const golden = join(root, name, file.path);
      expect(existsSync(golden)).toBe(true);
      expect(file.content).toBe(readFileSync(golden, 'utf8'));
    });
  }
  it('is deterministic', () => {
    expect([...renderOpenApi(model), ...renderMigrations(model)]).toEqual(files);
  });
});

describe('renderOpenApi', () => {
  const doc = parse(String(renderOpenApi(goldenModels()['row-level']!)[0]!.content));
  it('puts the pagination envelope on every list and the seed 001 status codes on every operation', () => {
    for (const [path, item] of Object.entries<any>(doc.paths)) {
      for (const [method, op] of Object.entries<any>(item)) {
        if (op.operationId.startsWith('list')) {
          const ref = op.responses['200'].content['application/json'].schema.$ref as string;
          expect(doc.components.schemas[ref.split('/').pop()!].required).toEqual(['items', 'total', 'page', 'page_size', 'has_more']);
        }
        if (op.operationId.startsWith('create')) expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['201', '404', '409', '422']));
        if (method === 'delete') expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['204', '404']));
        expect(Object.keys(op.responses), `${method} ${path}`).toEqual(expect.arrayContaining(['400', '401', '403', '429']));
      }
    }
  });
  it('streams over text/event-stream, filters and sorts lists, and declares the decided security', () => {
    expect(doc.paths['/v1/boards/{id}/events'].get.responses['200'].content).toHaveProperty('text/event-stream');
    const list = doc.paths['/v1/boards/{boardId}/tasks'].get;
    expect(list.parameters.map((p: any) => p.name ?? p.$ref)).toEqual(['boardId', '#/components/parameters/page', '#/components/parameters/page_size', 'sort', 'status']);
    expect(Object.keys(doc.components.securitySchemes)).toEqual(['bearerAuth', 'apiKeyAuth']);
    expect(doc.paths['/v1/boards/{id}/archive'].post.operationId).toBe('archiveBoard');
  });
});

describe('identifiers from user input', () => {
  const hostile = contractModel({
    name: 'Hostile',
    entities: [{ name: 'User"; DROP TABLE x; --', fields: [{ name: "name'); DELETE FROM y; --", type: 'string', maxLength: 50, required: true, enum: ["a'b", 'c"d'] }] }],
  });

  it('yields safe identifiers and quoted literals', () => {
    const [table] = hostile.dataModel.tables;
    expect(table!.name).toBe('user_drop_table_xes');
    const sql = String(renderMigrations(hostile)[0]!.content);
    expect(sql).toContain(`CHECK ("name_delete_from_y" IN ('a''b', 'c"d'))`);
    expect(sql).not.toMatch(/DROP TABLE x|DELETE FROM y/);
  });

  it('applies and reverts on PostgreSQL without running anything the names carried', async () => {
    const db = new PGlite();
    await db.exec('CREATE TABLE x (id int); CREATE TABLE y (id int); INSERT INTO y VALUES (1);');
    const [up, down] = renderMigrations(hostile).filter((f) => f.path.includes('0001')).sort((a, b) => (a.path.endsWith('up.sql') ? -1 : b.path.endsWith('up.sql') ? 1 : 0));
    await db.exec(String(up!.content));
    await db.exec(String(down!.content));
    const left = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM y');
    expect(left.rows[0]!.n).toBe(1);
    await db.close();
  });

  it('quotes a hostile name even in a hand-built model', () => {
    const model = contractModel({ name: 'Tiny', entities: [{ name: 'Note' }] });
    const evil = { ...model, dataModel: { ...model.dataModel, tables: model.dataModel.tables.map((t) => ({ ...t, name: 'notes"; DROP TABLE x; --', columns: t.columns.map((c) => (c.name === 'created_at' ? { ...c, default: "now(); DROP TABLE x" } : c)) })) } };
    const sql = String(renderMigrations(evil)[0]!.content);
    expect(sql).toContain('CREATE TABLE "notes""; DROP TABLE x; --" (');
    expect(sql).toContain(`DEFAULT 'now(); DROP TABLE x'`);
  });
});
