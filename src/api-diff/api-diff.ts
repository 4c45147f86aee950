import SwaggerParser from '@apidevtools/swagger-parser';
import { parse } from 'yaml';
import { ArchwayError } from '../errors/issue.js';
import { verifyCodes } from '../verify/verify-codes.js';
import { diffSchema, isObj, type ApiChange } from './schema-diff.js';

export type { ApiChange } from './schema-diff.js';

export interface ApiDiffResult {
  readonly breaking: readonly ApiChange[];
  readonly nonBreaking: readonly ApiChange[];
}

export interface ApiDocument {
  readonly file: string;
  readonly text: string;
}

type Obj = Record<string, unknown>;
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

async function load(doc: ApiDocument): Promise<Obj> {
  const fail = (message: string): never => {
    throw new ArchwayError([verifyCodes.issue('API_DIFF_BAD_DOCUMENT', `${doc.file}: ${message}`, { file: doc.file })]);
  };
  let raw: unknown;
  try {
    raw = parse(doc.text, { maxAliasCount: 50 });
  } catch (err) {
    return fail(`not YAML or JSON (${(err as Error).message.split('\n')[0]})`);
  }
  if (!isObj(raw) || typeof raw['openapi'] !== 'string') return fail('not an OpenAPI 3.x document (no `openapi` field)');
  try {
    return (await SwaggerParser.dereference(structuredClone(raw) as never, { resolve: { external: false }, dereference: { circular: 'ignore' } })) as unknown as Obj;
  } catch (err) {
    return fail((err as Error).message.replace(process.cwd() + '/', ''));
  }
}

function securityOf(doc: Obj, op: Obj): string {
  const sec = Array.isArray(op['security']) ? op['security'] : Array.isArray(doc['security']) ? doc['security'] : [];
  return JSON.stringify(sec.map((req) => (isObj(req) ? Object.keys(req).sort().map((k) => `${k}:${JSON.stringify(req[k])}`).join('+') : '')).sort());
}

function params(op: Obj, item: Obj): Map<string, Obj> {
  const all = [...(Array.isArray(item['parameters']) ? item['parameters'] : []), ...(Array.isArray(op['parameters']) ? op['parameters'] : [])];
  return new Map(all.filter(isObj).map((p) => [`${String(p['in'])}:${String(p['name'])}`, p]));
}

function jsonSchema(content: unknown): unknown {
  if (!isObj(content)) return undefined;
  const key = Object.keys(content).find((k) => k.includes('json')) ?? Object.keys(content)[0];
  const media = key ? content[key] : undefined;
  return isObj(media) ? media['schema'] : undefined;
}

function diffOperation(docA: Obj, docB: Obj, path: string, method: string, itemA: Obj, itemB: Obj, out: ApiChange[]): void {
  const a = itemA[method] as Obj;
  const b = itemB[method] as Obj;
  const operation = `${method.toUpperCase()} ${path}`;
  const base = `paths.${path}.${method}`;
  const add = (breaking: boolean, kind: string, where: string, message: string) => out.push({ breaking, kind, operation, path: where, message });
  if (securityOf(docA, a) !== securityOf(docB, b)) add(true, 'security-changed', `${base}.security`, 'security requirements changed');
  const pa = params(a, itemA);
  const pb = params(b, itemB);
  for (const [key, p] of pb) {
    const old = pa.get(key);
    const where = `${base}.parameters.${key}`;
    if (!old) add(p['required'] === true, p['required'] === true ? 'parameter-required' : 'parameter-added', where, `${p['required'] === true ? 'new required' : 'new optional'} ${String(p['in'])} parameter '${String(p['name'])}'`);
    else {
      if (p['required'] === true && old['required'] !== true) add(true, 'parameter-required', where, `parameter '${String(p['name'])}' became required`);
      diffSchema(old['schema'], p['schema'], 'request', operation, `${where}.schema`, out);
    }
  }
  for (const [key, p] of pa) if (!pb.has(key)) add(false, 'parameter-removed', `${base}.parameters.${key}`, `parameter '${String(p['name'])}' removed (now ignored)`);
  const bodyA = isObj(a['requestBody']) ? a['requestBody'] : undefined;
  const bodyB = isObj(b['requestBody']) ? b['requestBody'] : undefined;
  if (bodyB && bodyB['required'] === true && bodyA?.['required'] !== true) add(true, 'request-body-required', `${base}.requestBody`, 'request body became required');
  if (bodyA || bodyB) diffSchema(jsonSchema(bodyA?.['content']), jsonSchema(bodyB?.['content']), 'request', operation, `${base}.requestBody`, out);
  const ra = isObj(a['responses']) ? a['responses'] : {};
  const rb = isObj(b['responses']) ? b['responses'] : {};
  for (const status of Object.keys(ra)) {
    if (!/^2/.test(status)) continue;
    const where = `${base}.responses.${status}`;
    if (!(status in rb)) { add(true, 'response-removed', where, `success response ${status} removed`); continue; }
    const ca = isObj(ra[status]) ? (ra[status] as Obj)['content'] : undefined;
    const cb = isObj(rb[status]) ? (rb[status] as Obj)['content'] : undefined;
    diffSchema(jsonSchema(ca), jsonSchema(cb), 'response', operation, where, out);
  }
}

/**
 * Compares two OpenAPI 3.x documents and sorts every difference into breaking (removed path or
 * operation, removed response field, new required request field or parameter, type or format
 * change, enum value removed, narrowed constraints, changed security) and non-breaking changes.
 *
 * Throws `ArchwayError` (API_DIFF_BAD_DOCUMENT) when either document cannot be read.
 */
export async function apiDiff(before: ApiDocument, after: ApiDocument): Promise<ApiDiffResult> {
  const [a, b] = await Promise.all([load(before), load(after)]);
  const out: ApiChange[] = [];
  const pathsA = isObj(a['paths']) ? a['paths'] : {};
  const pathsB = isObj(b['paths']) ? b['paths'] : {};
  for (const path of Object.keys(pathsA).sort()) {
    const itemA = pathsA[path] as Obj;
    const itemB = isObj(pathsB[path]) ? (pathsB[path] as Obj) : undefined;
    if (!itemB) { out.push({ breaking: true, kind: 'path-removed', operation: path, path: `paths.${path}`, message: `path ${path} removed` }); continue; }
    for (const method of METHODS) {
      if (!isObj(itemA[method])) continue;
      if (!isObj(itemB[method])) out.push({ breaking: true, kind: 'operation-removed', operation: `${method.toUpperCase()} ${path}`, path: `paths.${path}.${method}`, message: `operation ${method.toUpperCase()} ${path} removed` });
      else diffOperation(a, b, path, method, itemA, itemB, out);
    }
  }
  for (const path of Object.keys(pathsB).sort()) {
    const itemA = isObj(pathsA[path]) ? (pathsA[path] as Obj) : {};
    for (const method of METHODS) {
      if (isObj((pathsB[path] as Obj)[method]) && !isObj(itemA[method])) {
        out.push({ breaking: false, kind: 'operation-added', operation: `${method.toUpperCase()} ${path}`, path: `paths.${path}.${method}`, message: `operation ${method.toUpperCase()} ${path} added` });
      }
    }
  }
  return { breaking: out.filter((c) => c.breaking), nonBreaking: out.filter((c) => !c.breaking) };
}
