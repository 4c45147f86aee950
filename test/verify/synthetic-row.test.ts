import { describe, expect, it } from 'vitest';
import type { Column, Table } from '../../src/model/architecture.js';
import { fillRow, rowPlan, syntheticRow } from '../../src/verify/synthetic-row.js';

const column = (name: string, type: Column['type'], extra: Partial<Column> = {}): Column => ({ name, type, nullable: false, unique: false, personalData: false, ...extra });

const tasks: Table = {
  kind: 'table', name: 'tasks', entity: 'Task', tenantOwned: true, softDelete: false, given: false, indexes: [],
  primaryKey: ['id'],
  columns: [
    column('id', 'uuid', { default: 'gen_random_uuid()' }),
    column('title', 'varchar', { length: 5 }),
    column('status', 'text', { enumValues: ['todo', 'done'] }),
    column('estimate', 'integer', { check: { op: '>', value: 0 } }),
    column('notes', 'text', { nullable: true }),
    column('board_id', 'uuid'),
    column('owner_id', 'uuid', { nullable: true }),
    column('tenant_id', 'uuid'),
  ],
  foreignKeys: [
    { columns: ['board_id'], table: 'boards', refColumns: ['id'], onDelete: 'cascade' },
    { columns: ['owner_id'], table: 'users', refColumns: ['key'], onDelete: 'set null' },
    { columns: ['tenant_id'], table: 'organizations', refColumns: ['id'], onDelete: 'cascade' },
  ],
};

describe('synthetic rows', () => {
  it('fills references from rows made before, then NOT NULL columns without defaults, skipping what it is told to', () => {
    const made = new Map([['boards', { id: 'b1' }], ['users', { key: 'u1' }]]);
    const row = syntheticRow(tasks, made, 7, new Set(['tenant_id']))!;
    expect(Object.keys(row)).toEqual(['board_id', 'owner_id', 'title', 'status', 'estimate']);
    expect(row).toMatchObject({ board_id: 'b1', owner_id: 'u1', status: 'todo', estimate: 1 });
    expect(String(row['title'])).toHaveLength(5);
  });

  it('leaves out an optional reference without its row, and gives up without a required one', () => {
    expect(Object.keys(syntheticRow(tasks, new Map([['boards', { id: 'b1' }]]), 1, new Set(['tenant_id']))!)).toEqual(['board_id', 'title', 'status', 'estimate']);
    expect(syntheticRow(tasks, new Map([['users', { key: 'u1' }]]), 1, new Set(['tenant_id']))).toBeUndefined();
  });

  it('plans a row once and completes it against whichever rows exist', () => {
    const plan = rowPlan(tasks, 3);
    expect(plan.references.map((r) => [r.table, r.required])).toEqual([['boards', true], ['users', false], ['organizations', true]]);
    expect(plan.values.map(([c]) => c)).toEqual(['title', 'status', 'estimate']);
    expect(fillRow(plan, new Map([['boards', { id: 'b' }], ['organizations', { id: 'o' }]]))).toMatchObject({ board_id: 'b', tenant_id: 'o' });
    expect(fillRow(plan, new Map([['boards', { id: 'b' }]]))).toBeUndefined();
  });
});
