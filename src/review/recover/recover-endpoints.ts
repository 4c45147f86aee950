import { joinPath } from '../parse/route-path.js';
import type { ParsedFile, RawImport, RecoveredEndpoint } from '../review-types.js';
import { compareText } from '../compare-text.js';

/** The local modules one of the file's imports resolves to. */
export type TargetsOf = (file: ParsedFile, imp: RawImport) => readonly string[];

/** Normalises path parameters to OpenAPI form: `:id`, `<int:id>` → `{id}`. */
export function normalisePath(path: string): string {
  return path.replace(/:([A-Za-z_]\w*)/g, '{$1}').replace(/<(?:[\w]+:)?([A-Za-z_]\w*)>/g, '{$1}');
}

/**
 * HTTP endpoints with their full paths: each file's own prefix (APIRouter, Blueprint, @Controller)
 * joined under the prefixes of the modules that mount it (`app.use('/v1', router)`,
 * `app.include_router(users.router, prefix='/v1')`, `app.register(plugin, { prefix })`).
 */
export function recoverEndpoints(parsed: readonly ParsedFile[], targetsOf: TargetsOf): RecoveredEndpoint[] {
  const mountedBy = new Map<string, { parent: string; prefix: string }>();
  for (let i = 0; i < parsed.length; i++) {
    const file = parsed[i]!;
    for (const mount of file.mounts) {
      const local = mount.name.split('.')[0]!;
      const imp = file.imports.find((i) => i.names.some((n) => n === local || n.endsWith(`=${local}`)));
      if (!imp) continue;
      const targets = targetsOf(file, imp);
      const named = targets.find((t) => new RegExp(`(^|/)${local}(\\.[^/]+|/__init__\\.py)$`).test(t));
      const target = named ?? (targets.length === 1 ? targets[0] : undefined);
      if (target && !mountedBy.has(target)) mountedBy.set(target, { parent: file.path, prefix: mount.prefix });
    }
  }
  const prefixOf = (path: string): string => {
    let prefix = '';
    const seen = new Set<string>();
    for (let m = mountedBy.get(path); m && !seen.has(m.parent); m = mountedBy.get(m.parent)) {
      seen.add(m.parent);
      prefix = joinPath(m.prefix, prefix);
    }
    return prefix;
  };
  const endpoints: RecoveredEndpoint[] = [];
  for (let i = 0; i < parsed.length; i++) {
    const file = parsed[i]!;
    if (file.routes.length === 0) continue;
    const base = joinPath(prefixOf(file.path), file.routePrefix);
    for (const route of file.routes) {
      endpoints.push({
        method: route.method,
        path: normalisePath(joinPath(base, route.path)),
        framework: route.framework === 'Express/Fastify/Hono' ? frameworkFromImports(file) : route.framework,
        file: file.path,
        line: route.line,
        handler: route.handler,
      });
    }
  }
  return endpoints.sort((a, b) => compareText(a.path, b.path) || compareText(a.method, b.method) || compareText(a.file, b.file));
}

function frameworkFromImports(file: ParsedFile): string {
  const names = new Set(file.imports.map((i) => i.specifier));
  if (names.has('fastify')) return 'Fastify';
  if (names.has('hono')) return 'Hono';
  if (names.has('express')) return 'Express';
  return 'Express';
}
