import type { DraftOperation } from '../brief/brief-schema.js';
import type { ArchwayIssue } from '../errors/issue.js';
import { ingestCodes } from './ingest-codes.js';
import { lineOfPath, lineOfRef, parseLocated } from './yaml-locate.js';

export interface OpenApiSource {
  readonly file: string;
  readonly text: string;
  readonly firstLine: number;
}

export interface OpenApiDraft {
  readonly operations: DraftOperation[];
  readonly schemas: Record<string, unknown>;
  readonly version?: string;
  readonly issues: ArchwayIssue[];
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** True when a YAML/JSON text declares `openapi:` at its top level (a cheap check before parsing). */
export function declaresOpenApi(text: string): boolean {
  // Neither key can be spelled without its letters or an escape sequence: skip parsing briefs.
  if (!text.includes('openapi') && !text.includes('swagger') && !text.includes('\\')) return false;
  const located = parseLocated(text);
  const contents = located.doc.toJS({ maxAliasCount: 50 }) as unknown;
  return isObj(contents) && ('openapi' in contents || 'swagger' in contents);
}

/**
 * Reads an OpenAPI 3.0/3.1 draft with a maintained parser: `$ref`s and `allOf` are resolved inside
 * the document (external references are never fetched), cycles are reported.
 */
export async function readOpenApiDraft(source: OpenApiSource): Promise<OpenApiDraft> {
  const empty = (issues: ArchwayIssue[]): OpenApiDraft => ({ operations: [], schemas: {}, issues });
  const located = parseLocated(source.text, source.firstLine);
  const at = (line: number, path?: string) => ({ file: source.file, line, ...(path ? { path } : {}) });
  const [syntax] = located.doc.errors;
  if (syntax) {
    const line = source.firstLine + (syntax.linePos?.[0].line ?? 1) - 1;
    return empty([ingestCodes.issue('INGEST_OPENAPI_PARSE', `OpenAPI draft: ${syntax.message.split('\n')[0]}`, at(line))]);
  }
  const raw = located.doc.toJS({ maxAliasCount: 50 }) as unknown;
  if (!isObj(raw)) return empty([ingestCodes.issue('INGEST_OPENAPI_PARSE', 'OpenAPI draft: the document is not an object', at(source.firstLine))]);
  const version = String(raw['openapi'] ?? raw['swagger'] ?? '');
  if (!/^3\.[01]\./.test(version + '.')) {
    return empty([ingestCodes.issue('INGEST_OPENAPI_VERSION', `OpenAPI draft: version '${version}' is not 3.0 or 3.1`, at(lineOfPath(located, ['openapi']), 'openapi'))]);
  }
  let api: Obj;
  // Loaded only when a draft is present: the parser and its JSON Schema validator are heavy to load.
  const { default: SwaggerParser } = await import('@apidevtools/swagger-parser');
  try {
    api = (await SwaggerParser.dereference(structuredClone(raw) as never, {
      resolve: { external: false },
      dereference: { circular: false },
    })) as unknown as Obj;
  } catch (err) {
    const message = (err as Error).message ?? String(err);
    const circular = /circular/i.test(message);
    const target = circular ? /(#\/\S*)/.exec(message)?.[1] : /"(#[^"]*)"/.exec(message)?.[1];
    const pointerPath = target?.slice(2).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')) ?? [];
    const line = (circular ? lineOfPath(located, pointerPath) : target ? lineOfRef(located, target) : undefined) ?? source.firstLine;
    const what = circular ? `cyclic $ref at ${target ?? 'an unknown place'}` : message.replace(process.cwd() + '/', '');
    return empty([ingestCodes.issue('INGEST_OPENAPI_REF', `OpenAPI draft: ${what}`, at(line))]);
  }
  const leftover = findRef(api);
  if (leftover) {
    const line = lineOfRef(located, leftover) ?? source.firstLine;
    return empty([ingestCodes.issue('INGEST_OPENAPI_REF', `OpenAPI draft: $ref '${leftover}' points outside the document`, at(line))]);
  }
  const operations: DraftOperation[] = [];
  const paths = isObj(api['paths']) ? api['paths'] : {};
  for (const path of Object.keys(paths)) {
    const item = paths[path];
    if (!isObj(item)) continue;
    for (const method of METHODS) {
      const op = item[method];
      if (!isObj(op)) continue;
      const operation = JSON.parse(JSON.stringify(op)) as Obj;
      const shared = Array.isArray(item['parameters']) ? (JSON.parse(JSON.stringify(item['parameters'])) as unknown[]) : [];
      if (shared.length > 0) operation['parameters'] = [...shared, ...(Array.isArray(operation['parameters']) ? operation['parameters'] : [])];
      operations.push({
        method,
        path,
        ...(typeof op['operationId'] === 'string' ? { operationId: op['operationId'] } : {}),
        summary: typeof op['summary'] === 'string' ? op['summary'] : '',
        operation,
        source: { file: source.file, line: lineOfPath(located, ['paths', path, method]) },
      });
    }
  }
  const components = isObj(api['components']) ? api['components'] : {};
  const schemas = isObj(components['schemas']) ? (JSON.parse(JSON.stringify(components['schemas'])) as Record<string, unknown>) : {};
  return { operations, schemas, version, issues: [] };
}

function findRef(value: unknown): string | undefined {
  if (Array.isArray(value)) {
    for (const v of value) { const r = findRef(v); if (r) return r; }
  } else if (isObj(value)) {
    if (typeof value['$ref'] === 'string') return value['$ref'];
    for (const v of Object.values(value)) { const r = findRef(v); if (r) return r; }
  }
  return undefined;
}
