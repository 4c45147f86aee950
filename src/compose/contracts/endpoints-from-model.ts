import type { Brief, DraftOperation } from '../../brief/brief-schema.js';
import { camelCase, entityNameOf, pascalCase, resourceNameOf, snakeCase, words } from '../../ingest/inflect.js';
import { resourceSegments } from '../../ingest/draft-conflicts.js';
import type { Endpoint, Table } from '../../model/architecture.js';
import type { ContractSettings } from './contract-settings.js';
import { isMentioned, mentions, primaryOf, requirementWords } from './requirement-mentions.js';

/** Verbs that name a non-CRUD operation when a requirement uses them on an entity. */
const ACTION_VERBS = [
  'activate', 'deactivate', 'clone', 'duplicate', 'run', 'rerun', 'retry', 'approve', 'reject', 'cancel', 'archive',
  'restore', 'publish', 'unpublish', 'assign', 'unassign', 'schedule', 'complete', 'submit', 'regenerate', 'close', 'reopen',
  'invite', 'revoke', 'rotate', 'verify', 'compare', 'sync', 'synchronise', 'synchronize', 'dispatch', 'provision', 'deprovision',
] as const;
const STREAM_WORDS = ['stream', 'streams', 'streamed', 'streaming', 'progress', 'realtime', 'live'];
const UPLOAD_WORDS = ['photo', 'photos', 'upload', 'uploads', 'uploaded', 'attachment', 'attachments', 'image', 'images', 'scan', 'scans', 'avatar', 'avatars'];

export interface EndpointInput {
  readonly brief: Brief;
  readonly tables: readonly Table[];
  readonly settings: ContractSettings;
  readonly prefix: string;
  readonly containerId: string;
}

function opKind(op: DraftOperation): Endpoint['operation'] {
  const last = op.path.split('/').filter(Boolean).at(-1) ?? '';
  const onItem = last.startsWith('{');
  const content = (op.operation['requestBody'] as { content?: Record<string, unknown> } | undefined)?.content ?? {};
  const binary = Object.keys(content).some((t) => !t.includes('json'));
  if (op.method === 'get') return onItem ? 'read' : 'list';
  if (op.method === 'delete') return 'delete';
  if (op.method === 'put' || op.method === 'patch') return 'update';
  if (binary || UPLOAD_WORDS.includes(last.toLowerCase())) return 'upload';
  return onItem || resourceSegments(op.path).length > 1 ? 'action' : 'create';
}

/**
 * Endpoints per seed 001's conventions: plural kebab-case resources under the version prefix, owned
 * children nested under their parent, action endpoints for verbs the requirements use, SSE streams
 * for streaming requirements, uploads when files are needed; draft operations kept as given.
 */
export function endpointsFromModel(input: EndpointInput): Endpoint[] {
  const { brief, tables, settings, prefix, containerId } = input;
  const functional = brief.requirements.filter((r) => r.kind === 'functional');
  const entityTables = tables.filter((t) => !t.entity.includes('+'));
  const entityNames = entityTables.map((t) => t.entity);
  const found = new Map(functional.map((r) => [r, mentions(r, entityNames)]));
  const reqIdsByEntity = new Map<string, string[]>();
  for (const r of functional) {
    for (const entity of new Set(found.get(r)!.map((m) => m.entity))) {
      const list = reqIdsByEntity.get(entity);
      if (list) list.push(r.id);
      else reqIdsByEntity.set(entity, [r.id]);
    }
  }
  /** The functional requirements that mention an entity, in brief order. */
  const reqsFor = (entity: string) => reqIdsByEntity.get(entity) ?? [];
  const byTable = new Map(tables.map((t) => [t.name, t]));
  const out: Endpoint[] = [];
  const ids = new Set<string>();
  const taken = new Map<string, number>();
  const add = (e: Omit<Endpoint, 'kind' | 'containerId'>) => {
    const key = `${e.method} ${e.path.replace(/\{[^}]+\}/g, '{}')}`;
    const at = taken.get(key);
    if (at !== undefined) {
      const existing = out[at]!;
      const requirementIds = [...new Set([...existing.requirementIds, ...e.requirementIds])].sort();
      out[at] = { ...existing, requirementIds, ...(existing.filters || !e.filters ? {} : { filters: e.filters }), ...(existing.sorts || !e.sorts ? {} : { sorts: e.sorts }) };
      return;
    }
    let id = e.id;
    for (let n = 2; ids.has(id); n++) id = `${e.id}${n}`;
    taken.set(key, out.length);
    ids.add(id);
    out.push({ kind: 'endpoint', ...e, requirementIds: [...e.requirementIds].sort(), id, containerId });
  };

  for (const op of brief.drafts.operations) {
    const segments = resourceSegments(op.path);
    const resource = segments.at(-1);
    const owning = [...segments].reverse().map((s) => byTable.get(s.table)).find((t) => t !== undefined);
    const entity = owning?.entity ?? (resource ? entityNameOf(resource.segment) : undefined);
    const kind = opKind(op);
    const one = entity ? pascalCase(entity) : '';
    const many = entity ? pascalCase(resourceNameOf(entity)) : '';
    const conventional: Partial<Record<Endpoint['operation'], string>> = entity && owning && resource && byTable.get(resource.table) === owning
      ? { list: `list${many}`, create: `create${one}`, read: `get${one}`, update: `update${one}`, delete: `delete${one}` }
      : {};
    if (kind === 'upload' && entity && resource && owning && byTable.get(resource.table) !== owning) conventional.upload = `upload${one}${entityNameOf(resource.segment)}`;
    const segWords = new Set(resource ? [resource.segment.toLowerCase(), ...words(resource.segment)] : []);
    const reqs = functional
      .filter((r) => (entity && isMentioned(r, entity)) || [...requirementWords(r)].some((w) => segWords.has(w)))
      .map((r) => r.id);
    add({
      id: op.operationId ?? conventional[kind] ?? camelCase(`${op.method} ${segments.map((x) => x.segment).join(' ')}`),
      method: op.method, path: op.path, summary: op.summary || `${op.method.toUpperCase()} ${op.path}`,
      ...(entity ? { entity } : {}), operation: kind, requirementIds: reqs, given: true, draft: op.operation,
    });
  }

  for (const table of entityTables) {
    const entity = table.entity;
    const res = resourceNameOf(entity);
    const human = words(entity).join(' ');
    const reqs = reqsFor(entity);
    const owner = table.foreignKeys.find((fk) => fk.onDelete === 'cascade' && fk.columns[0] !== 'tenant_id' && table.columns.find((c) => c.name === fk.columns[0])?.nullable === false && byTable.get(fk.table) && !byTable.get(fk.table)!.entity.includes('+'));
    const parent = owner ? byTable.get(owner.table) : undefined;
    const collection = parent ? `${prefix}/${resourceNameOf(parent.entity)}/{${camelCase(`${words(parent.entity).join('_')}_id`)}}/${res}` : `${prefix}/${res}`;
    const item = `${prefix}/${res}/${itemParams(table).map((p) => `{${p}}`).join('/')}`;
    const filters = filterColumns(table, owner?.columns[0]);
    const sorts = table.columns.filter((c) => c.name === 'created_at' || c.name === 'updated_at' || c.name === 'name').map((c) => c.name);
    const name = pascalCase(entity);
    const plural = pascalCase(res);
    add({ id: `list${plural}`, method: 'get', path: collection, summary: `List ${words(res).join(' ')}${parent ? ` of a ${words(parent.entity).join(' ')}` : ''}`, entity, operation: 'list', requirementIds: reqs, given: false, filters, sorts });
    add({ id: `create${name}`, method: 'post', path: collection, summary: `Create a ${human}`, entity, operation: 'create', requirementIds: reqs, given: false });
    add({ id: `get${name}`, method: 'get', path: item, summary: `Get a ${human}`, entity, operation: 'read', requirementIds: reqs, given: false });
    add({ id: `update${name}`, method: 'patch', path: item, summary: `Update a ${human}`, entity, operation: 'update', requirementIds: reqs, given: false });
    add({ id: `delete${name}`, method: 'delete', path: item, summary: `Delete a ${human}`, entity, operation: 'delete', requirementIds: reqs, given: false });
  }

  const hasGivenUpload = out.some((e) => e.given && e.operation === 'upload');
  for (const req of functional) {
    const primary = primaryOf(found.get(req)!);
    const ws = requirementWords(req);
    const res = primary ? resourceNameOf(primary) : undefined;
    if (primary && res) {
      for (const verb of ACTION_VERBS) {
        if (!ws.has(verb)) continue;
        const slug = verb === 'synchronise' || verb === 'synchronize' ? 'sync' : verb;
        add({ id: `${slug}${pascalCase(primary)}`, method: 'post', path: `${prefix}/${res}/{id}/${slug}`, summary: `${pascalCase(slug)} a ${words(primary).join(' ')}`, entity: primary, operation: 'action', requirementIds: [req.id], given: false });
      }
    }
    if (settings.streaming && STREAM_WORDS.some((w) => ws.has(w)) || (settings.streaming && /token by token|real[- ]time/i.test(req.text))) {
      const path = res ? `${prefix}/${res}/{id}/events` : `${prefix}/events`;
      add({ id: `stream${primary ? pascalCase(primary) : ''}Events`, method: 'get', path, summary: `Stream ${primary ? `a ${words(primary).join(' ')}'s ` : ''}events as they happen`, ...(primary ? { entity: primary } : {}), operation: 'stream', requirementIds: [req.id], given: false });
    }
    if (brief.capabilities.files.needed && !hasGivenUpload && primary && res && UPLOAD_WORDS.some((w) => ws.has(w))) {
      add({ id: `upload${pascalCase(primary)}File`, method: 'post', path: `${prefix}/${res}/{id}/files`, summary: `Upload a file for a ${words(primary).join(' ')}`, entity: primary, operation: 'upload', requirementIds: [req.id], given: false });
    }
  }
  return out;
}

/** Path parameters that identify one row: `id`, or the camel-cased primary key columns. */
export function itemParams(table: Table): string[] {
  return table.primaryKey.length === 1 && table.primaryKey[0] === 'id' ? ['id'] : table.primaryKey.map((c) => camelCase(c));
}

/** Columns a list endpoint filters on: enums, booleans and references (not the tenant or the parent in the path). */
export function filterColumns(table: Table, parentColumn: string | undefined): string[] {
  const refs = new Set(table.foreignKeys.map((fk) => fk.columns[0]));
  return table.columns
    .filter((c) => c.name !== 'tenant_id' && c.name !== parentColumn && !c.secret)
    .filter((c) => c.enumValues !== undefined || c.type === 'boolean' || refs.has(c.name) || (c.name === 'status' && (c.type === 'varchar' || c.type === 'text')))
    .map((c) => snakeCase(c.name));
}
