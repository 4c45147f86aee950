import type { Brief, Entity } from '../../brief/brief-schema.js';
import { entityNameOf, tableNameOf, words } from '../../ingest/inflect.js';
import type { Column, DataModel, ForeignKey, Table } from '../../model/architecture.js';
import { columnFromField, idColumn, referenceColumn, timestampColumns } from './column-from-field.js';
import { identifier } from './identifier.js';
import { tableFromDraft } from './table-from-draft.js';

type Mutable = { -readonly [K in keyof Table]: Table[K] } & { columns: Column[]; foreignKeys: ForeignKey[] };

/** The tenant session setting every row-level policy and `tenant_id` default reads. */
export const TENANT_SETTING = 'app.tenant_id';
const TENANT_DEFAULT = `(NULLIF(current_setting('${TENANT_SETTING}', true), ''))::uuid`;

const sameName = (a: string, b: string) => words(a).join(' ') === words(b).join(' ');

/** The tenant entity of a multi-tenant brief (named by `tenancy.tenantNoun`), synthesised when the brief names none. */
export function tenantEntity(brief: Brief): Entity {
  const noun = brief.tenancy.tenantNoun || 'tenant';
  const found = brief.entities.find((e) => sameName(e.name, noun) || sameName(e.name, entityNameOf(noun)));
  return found ?? {
    name: entityNameOf(noun), description: `The ${noun}: the unit of tenancy.`, given: false, personalData: false, softDelete: false,
    fields: [{ name: 'name', type: 'string', maxLength: 200, required: true, unique: false, personalData: false, secret: false }],
    relations: [],
  };
}

/**
 * Tables from entities: drafts kept as written (extended with timestamps and tenancy columns, never
 * contradicted), generated tables with keys, foreign keys, timestamps, soft delete and junction
 * tables for many-to-many relations; tenant scoping as decided.
 */
export function tablesFromBrief(brief: Brief, tenancy: DataModel['tenancy']): Table[] {
  const multi = tenancy !== 'none';
  const tenant = multi ? tenantEntity(brief) : undefined;
  const entities = tenant && !brief.entities.includes(tenant) ? [tenant, ...brief.entities] : [...brief.entities];
  const drafts = new Map(brief.drafts.tables.map((d) => [identifier(d.name), d]));
  const byEntity = new Map<string, Mutable>();
  const tables: Mutable[] = [];
  const tableOf = (entityName: string) => identifier(tableNameOf(entityName));
  // The first entity of each name (as `sameName` compares them), instead of a scan per relation.
  const firstNamed = new Map<string, Entity>();
  for (const e of entities) {
    const key = words(e.name).join(' ');
    if (!firstNamed.has(key)) firstNamed.set(key, e);
  }
  const entityNamed = (name: string) => firstNamed.get(words(name).join(' '));

  for (const entity of entities) {
    const name = tableOf(entity.name);
    if (byEntity.has(entity.name) || tables.some((t) => t.name === name)) continue;
    const draft = drafts.get(name) ?? brief.drafts.tables.find((d) => sameName(entityNameOf(d.name), entity.name));
    const kept = draft ? tableFromDraft(draft, entity) : undefined;
    const table: Mutable = kept
      ? { ...kept, columns: [...kept.columns], foreignKeys: [...kept.foreignKeys] }
      : {
          kind: 'table', name, entity: entity.name, columns: [idColumn(), ...entity.fields.map(columnFromField)], primaryKey: ['id'],
          foreignKeys: [], indexes: [], tenantOwned: false, softDelete: entity.softDelete, given: false,
        };
    if (draft) drafts.delete(identifier(draft.name));
    table.tenantOwned = multi && entity !== tenant && (entity.tenantOwned ?? true);
    byEntity.set(entity.name, table);
    tables.push(table);
  }
  for (const draft of drafts.values()) {
    const table = tableFromDraft(draft, undefined);
    tables.push({ ...table, entity: entityNameOf(draft.name), columns: [...table.columns], foreignKeys: [...table.foreignKeys], tenantOwned: multi });
  }

  const addReference = (table: Mutable, target: string, nullable: boolean, onDelete: ForeignKey['onDelete']) => {
    const column = identifier(`${words(target).join('_')}_id`);
    if (table.columns.some((c) => c.name === column)) return;
    table.columns.push(referenceColumn(column, nullable, `The ${words(target).join(' ')} this row belongs to.`));
    table.foreignKeys.push({ columns: [column], table: tableOf(target), refColumns: ['id'], onDelete });
  };
  for (const entity of entities) {
    const table = byEntity.get(entity.name);
    if (!table || table.given) continue;
    for (const rel of entity.relations) {
      const target = entityNamed(rel.target);
      if (!target) continue;
      if (rel.kind === 'belongs-to') addReference(table, target.name, !rel.required, rel.onDelete ?? (rel.required ? 'cascade' : 'set null'));
      else if (rel.kind === 'has-many') {
        const child = byEntity.get(target.name);
        if (child && !child.given) addReference(child, entity.name, false, rel.onDelete ?? 'cascade');
      } else {
        const junctionName = identifier(`${words(entity.name).join('_')}_${tableNameOf(target.name)}`);
        if (tables.some((t) => t.name === junctionName)) continue;
        const junction: Mutable = {
          kind: 'table', name: junctionName, entity: `${entity.name}+${target.name}`, columns: [], primaryKey: [], foreignKeys: [], indexes: [],
          tenantOwned: table.tenantOwned, softDelete: false, given: false,
        };
        addReference(junction, entity.name, false, 'cascade');
        addReference(junction, target.name, false, 'cascade');
        junction.primaryKey = junction.columns.map((c) => c.name);
        tables.push(junction);
      }
    }
  }

  const tenantTable = tenant ? byEntity.get(tenant.name) : undefined;
  const scopeEntities = brief.tenancy.scopes
    .map((s) => entityNamed(entityNameOf(s)))
    .filter((e): e is Entity => e !== undefined);
  for (const table of tables) {
    const have = new Set(table.columns.map((c) => c.name));
    const extra: Column[] = [];
    if (tenancy === 'row-level' && table.tenantOwned && tenantTable && !have.has('tenant_id')) {
      extra.push({ name: 'tenant_id', type: 'uuid', nullable: false, unique: false, default: TENANT_DEFAULT, personalData: false, description: `The ${brief.tenancy.tenantNoun} that owns the row; enforced by row-level security.` });
      table.foreignKeys.push({ columns: ['tenant_id'], table: tenantTable.name, refColumns: ['id'], onDelete: 'cascade' });
    }
    if (tenancy === 'row-level' && table.tenantOwned) {
      for (const scope of scopeEntities) {
        const scopeTable = byEntity.get(scope.name);
        const column = identifier(`${words(scope.name).join('_')}_id`);
        if (!scopeTable || scopeTable === table || have.has(column) || table.entity.includes('+')) continue;
        extra.push(referenceColumn(column, true, `The ${words(scope.name).join(' ')} scope of the row; null for ${brief.tenancy.tenantNoun}-wide rows.`));
        table.foreignKeys.push({ columns: [column], table: scopeTable.name, refColumns: ['id'], onDelete: 'cascade' });
      }
    }
    const stamps = table.entity.includes('+') ? timestampColumns(false).slice(0, 1) : timestampColumns(table.softDelete && !have.has('deleted_at'));
    table.columns = [...table.columns, ...extra, ...stamps.filter((c) => !have.has(c.name))];
  }
  return tables;
}
