import type { Edge, ImportKind, ModuleGraph, ParsedFile } from '../review-types.js';
import type { PythonResolveFn } from './resolve-python.js';
import type { ResolveFn } from './resolve-typescript.js';

export type ResolutionCache = Map<string, readonly string[]>;

export interface Resolvers {
  /** Created on first need: a run whose resolutions are all cached never loads the compiler. */
  readonly typescript: () => Promise<ResolveFn>;
  readonly python: PythonResolveFn;
}

const packageName = (spec: string, language: ParsedFile['language']): string => {
  if (language === 'python') return spec.split('.')[0]!;
  const parts = spec.replace(/^node:/, '').split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
};

const dirOf = (p: string): string => p.slice(0, Math.max(0, p.lastIndexOf('/')));

/**
 * Resolves every import to a local module and builds the module graph: one edge per pair of
 * modules (the first import's line; type-only when every import between them is type-only).
 * Resolutions are memoised per folder and specifier in `cache`, which callers may persist.
 */
export async function buildGraph(parsed: readonly ParsedFile[], resolvers: Resolvers, cache: ResolutionCache): Promise<ModuleGraph> {
  let ts: ResolveFn | undefined;
  const edges = new Map<string, { from: string; to: string; line: number; kind: ImportKind; typeOnly: boolean }>();
  const external: Record<string, string[]> = {};
  for (const file of parsed) {
    const ext = new Set<string>();
    const python = file.language === 'python';
    const prefix = `${python ? 'py' : 'ts'}\0${dirOf(file.path)}\0`;
    for (const imp of file.imports) {
      const key = python ? `${prefix}${imp.specifier}\0${imp.names.join(',')}` : prefix + imp.specifier;
      let targets = cache.get(key);
      if (!targets) {
        if (python) targets = resolvers.python(file.path, imp.specifier, imp.names);
        else {
          ts ??= await resolvers.typescript();
          const t = ts(file.path, imp.specifier);
          targets = t ? [t] : [];
        }
        cache.set(key, targets);
      }
      if (targets.length === 0 && !imp.specifier.startsWith('.')) ext.add(packageName(imp.specifier, file.language));
      for (const to of targets) {
        if (to === file.path) continue;
        const id = `${file.path}\0${to}`;
        const prior = edges.get(id);
        if (!prior) edges.set(id, { from: file.path, to, line: imp.line, kind: imp.kind, typeOnly: imp.typeOnly });
        else if (prior.typeOnly && !imp.typeOnly) edges.set(id, { ...prior, typeOnly: false });
      }
    }
    if (ext.size) external[file.path] = [...ext].sort();
  }
  const sorted: Edge[] = [...edges.values()].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : a.to > b.to ? 1 : 0));
  return { modules: parsed.map((p) => p.path).sort(), edges: sorted, external };
}
