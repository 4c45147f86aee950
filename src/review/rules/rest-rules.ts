import type { Finding, RecoveredEndpoint } from '../review-types.js';
import { finding } from './rule-catalog.js';
import type { RuleContext } from './rule-context.js';

const VERBS = /^(get|fetch|retrieve|create|add|insert|update|edit|modify|delete|remove|list|save|set|make|do)(?=[A-Z_-]|$)/;
/** Paths that are operational, not resources: they need neither a version nor a plural. */
const OPERATIONAL = /^\/(health|healthz|livez|readyz|ready|alive|ping|metrics|status|version|docs|redoc|openapi(\.json|\.yaml)?|swagger[\w./-]*|favicon\.ico)?(\/|$)/;
const UNCOUNTABLE = new Set(['me', 'auth', 'login', 'logout', 'search', 'info', 'data', 'health', 'admin', 'config', 'settings', 'status', 'media', 'news', 'metadata', 'feedback', 'staff', 'software', 'equipment', 'inventory', 'billing', 'analytics']);

const isParam = (s: string): boolean => /^\{.*\}$/.test(s);
const segmentsOf = (path: string): string[] => path.split('/').filter(Boolean);
const at = (e: RecoveredEndpoint) => ({ file: e.file, line: e.line });

/** Verbs in paths, singular collections and missing version prefixes. */
export function restConventionRule(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const e of ctx.endpoints) {
    if (OPERATIONAL.test(e.path)) continue;
    const segments = segmentsOf(e.path);
    const verb = segments.find((s) => !isParam(s) && VERBS.test(s));
    if (verb) out.push(finding('rest-verb-in-path', at(e), `${e.method.toUpperCase()} ${e.path} names an action '${verb}' in the path`, `${e.method} ${e.path}`));
    segments.forEach((s, i) => {
      const next = segments[i + 1];
      if (next && isParam(next) && !isParam(s) && !/^v\d+$/.test(s) && !/s$/.test(s) && !UNCOUNTABLE.has(s.toLowerCase()) && !VERBS.test(s)) {
        out.push(finding('rest-singular-collection', at(e), `${e.method.toUpperCase()} ${e.path} uses the singular collection '${s}'`, `${e.method} ${e.path} ${s}`));
      }
    });
    if (!/^(\/api)?\/v\d+(\/|$)/.test(e.path)) {
      out.push(finding('rest-missing-version', at(e), `${e.method.toUpperCase()} ${e.path} has no version prefix`, `${e.method} ${e.path}`));
    }
  }
  return out;
}

/** GET endpoints on a collection whose handler reads no limit, offset, page or cursor. */
export function paginationRule(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const file of ctx.parsed) {
    for (const route of file.routes) {
      if (route.method !== 'get' || route.facts.paginated) continue;
      const endpoint = ctx.endpoints.find((e) => e.file === file.path && e.line === route.line && e.method === 'get');
      if (!endpoint || OPERATIONAL.test(endpoint.path)) continue;
      const last = segmentsOf(endpoint.path).pop();
      if (!last || isParam(last) || /^v\d+$/.test(last) || !/s$/.test(last) || UNCOUNTABLE.has(last)) continue;
      out.push(finding('list-without-pagination', at(endpoint), `GET ${endpoint.path} lists ${last} without pagination parameters`, `${endpoint.path}`));
    }
  }
  return out;
}
