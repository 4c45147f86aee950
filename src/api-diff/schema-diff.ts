/** One difference between two OpenAPI documents. */
export interface ApiChange {
  readonly breaking: boolean;
  /** Stable kind, e.g. `operation-removed`, `response-field-removed`, `request-field-required`. */
  readonly kind: string;
  /** Operation, e.g. `GET /v1/items`. */
  readonly operation: string;
  /** JSON path in the new (or, for removals, the old) document. */
  readonly path: string;
  readonly message: string;
}

type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Merges `allOf` parts into one schema view (properties and required unioned). */
export function flatten(schema: unknown): Obj {
  if (!isObj(schema)) return {};
  if (!Array.isArray(schema['allOf'])) return schema;
  const out: Obj = { ...schema };
  delete out['allOf'];
  const props: Obj = { ...(isObj(schema['properties']) ? schema['properties'] : {}) };
  const required = new Set<string>(Array.isArray(schema['required']) ? (schema['required'] as string[]) : []);
  for (const part of schema['allOf']) {
    const f = flatten(part);
    Object.assign(props, isObj(f['properties']) ? f['properties'] : {});
    for (const r of Array.isArray(f['required']) ? (f['required'] as string[]) : []) required.add(r);
    for (const [k, v] of Object.entries(f)) if (!(k in out) && k !== 'properties' && k !== 'required') out[k] = v;
  }
  if (Object.keys(props).length > 0) out['properties'] = props;
  if (required.size > 0) out['required'] = [...required];
  return out;
}

function types(s: Obj): string {
  const t = s['type'];
  const list = Array.isArray(t) ? t.map(String) : t === undefined ? [] : [String(t)];
  if (s['nullable'] === true && !list.includes('null')) list.push('null');
  return list.filter((x) => x !== 'null').sort().join('|');
}

const TIGHTER_IF_LOWER = ['maxLength', 'maxItems', 'maximum', 'exclusiveMaximum', 'maxProperties'];
const TIGHTER_IF_HIGHER = ['minLength', 'minItems', 'minimum', 'exclusiveMinimum', 'minProperties'];

/** Compares two JSON schemas; `side` says whether clients send (`request`) or receive (`response`) the data. */
export function diffSchema(before: unknown, after: unknown, side: 'request' | 'response', operation: string, path: string, out: ApiChange[], depth = 0): void {
  if (depth > 20) return;
  const a = flatten(before);
  const b = flatten(after);
  const add = (breaking: boolean, kind: string, where: string, message: string) => out.push({ breaking, kind, operation, path: where, message });
  const ta = types(a);
  const tb = types(b);
  if (ta && tb && ta !== tb) add(true, 'type-changed', path, `type changed from ${ta} to ${tb}`);
  if (a['format'] !== b['format'] && (a['format'] !== undefined || b['format'] !== undefined) && ta === tb) {
    add(true, 'format-changed', path, `format changed from ${String(a['format'] ?? 'none')} to ${String(b['format'] ?? 'none')}`);
  }
  if (Array.isArray(a['enum']) && Array.isArray(b['enum'])) {
    const removed = a['enum'].filter((v) => !(b['enum'] as unknown[]).includes(v));
    const added = b['enum'].filter((v) => !(a['enum'] as unknown[]).includes(v));
    if (removed.length > 0) add(true, 'enum-value-removed', path, `enum value(s) removed: ${removed.map(String).join(', ')}`);
    if (added.length > 0) add(false, 'enum-value-added', path, `enum value(s) added: ${added.map(String).join(', ')}`);
  } else if (!Array.isArray(a['enum']) && Array.isArray(b['enum']) && side === 'request') {
    add(true, 'enum-added', path, 'values are now restricted to an enum');
  }
  for (const key of [...TIGHTER_IF_LOWER, ...TIGHTER_IF_HIGHER]) {
    const va = a[key];
    const vb = b[key];
    if (typeof vb !== 'number' || va === vb) continue;
    const lower = TIGHTER_IF_LOWER.includes(key);
    const narrowed = typeof va !== 'number' || (lower ? vb < va : vb > va);
    if (narrowed) add(side === 'request', 'constraint-narrowed', path, `${key} narrowed from ${String(va ?? 'none')} to ${vb}`);
  }
  if (typeof b['pattern'] === 'string' && a['pattern'] !== b['pattern'] && side === 'request') add(true, 'constraint-narrowed', path, `pattern changed to ${b['pattern']}`);
  const pa = isObj(a['properties']) ? a['properties'] : {};
  const pb = isObj(b['properties']) ? b['properties'] : {};
  const ra = new Set(Array.isArray(a['required']) ? (a['required'] as string[]) : []);
  const rb = new Set(Array.isArray(b['required']) ? (b['required'] as string[]) : []);
  for (const name of Object.keys(pa)) {
    const where = `${path}.properties.${name}`;
    if (!(name in pb)) {
      if (side === 'response') add(true, 'response-field-removed', where, `response field '${name}' removed`);
      else add(false, 'request-field-removed', where, `request field '${name}' removed (now ignored)`);
    } else diffSchema(pa[name], pb[name], side, operation, where, out, depth + 1);
  }
  for (const name of Object.keys(pb)) {
    if (name in pa) continue;
    const where = `${path}.properties.${name}`;
    if (side === 'request' && rb.has(name)) add(true, 'request-field-required', where, `new required request field '${name}'`);
    else add(false, side === 'request' ? 'request-field-added' : 'response-field-added', where, `${side} field '${name}' added`);
  }
  for (const name of rb) {
    if (name in pa && !ra.has(name)) {
      if (side === 'request') add(true, 'request-field-required', `${path}.properties.${name}`, `request field '${name}' became required`);
    }
  }
  for (const name of ra) {
    if (side === 'response' && name in pb && !rb.has(name)) add(true, 'response-field-optional', `${path}.properties.${name}`, `response field '${name}' is no longer always present`);
  }
  if (a['items'] !== undefined || b['items'] !== undefined) diffSchema(a['items'], b['items'], side, operation, `${path}.items`, out, depth + 1);
}
