import type { Edge, ImportKind, ModuleGraph, ParsedFile, RawImport } from '../review-types.js';
import type { PythonResolveFn } from './resolve-python.js';
import type { ResolveFn } from './resolve-typescript.js';

/** Per import of a file, in order, the local modules it resolves to. */
export type ImportTargets = readonly (readonly string[])[];

/** A file whose imports' targets are known: its folder's specifiers resolve the same way for other files. */
export interface ResolvedFile {
  readonly parsed: ParsedFile;
  readonly targets?: ImportTargets;
}

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

const keyOf = (file: ParsedFile, imp: RawImport): string =>
  file.language === 'python' ? `py\0${imp.specifier}\0${imp.names.join(',')}` : `ts\0${imp.specifier}`;

const knownFor = (file: ParsedFile, targets: ImportTargets | undefined): ImportTargets | undefined =>
  targets && targets.length === file.imports.length ? targets : undefined;

/**
 * Resolves every import to a local module and builds the module graph: one edge per pair of
 * modules (the first import's line; type-only when every import between them is type-only).
 * `known` holds, per file, where its imports resolve (valid for the run's file list and manifests);
 * files without are resolved and added. A specifier resolves the same way from every file of a
 * folder, so what `known` and `seeds` (earlier versions of changed files) say for a folder is
 * reused before asking a resolver.
 */
export async function buildGraph(parsed: readonly ParsedFile[], resolvers: Resolvers, known: Map<string, ImportTargets>, seeds: readonly ResolvedFile[] = []): Promise<ModuleGraph> {
  let ts: ResolveFn | undefined;
  let byDir: Map<string, ResolvedFile[]> | undefined;
  const memo = new Map<string, Map<string, readonly string[]>>();
  /** The folder's resolutions, first filled from the files of that folder whose targets are known. */
  const memoOf = (dir: string): Map<string, readonly string[]> => {
    let m = memo.get(dir);
    if (m) return m;
    if (!byDir) {
      byDir = new Map();
      for (const file of [...seeds, ...parsed.map((p) => ({ parsed: p, targets: known.get(p.path) }))]) {
        if (!knownFor(file.parsed, file.targets)) continue;
        const d = dirOf(file.parsed.path);
        (byDir.get(d) ?? byDir.set(d, []).get(d)!).push(file);
      }
    }
    m = new Map();
    for (const { parsed: file, targets } of byDir.get(dir) ?? []) file.imports.forEach((imp, i) => m!.set(keyOf(file, imp), targets![i]!));
    memo.set(dir, m);
    return m;
  };
  const resolveFile = async (file: ParsedFile): Promise<ImportTargets> => {
    const m = memoOf(dirOf(file.path));
    const out: (readonly string[])[] = [];
    for (const imp of file.imports) {
      const key = keyOf(file, imp);
      let targets = m.get(key);
      if (!targets) {
        if (file.language === 'python') targets = resolvers.python(file.path, imp.specifier, imp.names);
        else {
          ts ??= await resolvers.typescript();
          const t = ts(file.path, imp.specifier);
          targets = t ? [t] : [];
        }
        m.set(key, targets);
      }
      out.push(targets);
    }
    return out;
  };
  const edges = new Map<string, { from: string; to: string; line: number; kind: ImportKind; typeOnly: boolean }>();
  const external: Record<string, string[]> = {};
  for (const file of parsed) {
    let fileTargets = knownFor(file, known.get(file.path));
    if (!fileTargets) {
      fileTargets = await resolveFile(file);
      known.set(file.path, fileTargets);
    }
    const ext = new Set<string>();
    file.imports.forEach((imp, i) => {
      const targets = fileTargets[i]!;
      if (targets.length === 0 && !imp.specifier.startsWith('.')) ext.add(packageName(imp.specifier, file.language));
      for (const to of targets) {
        if (to === file.path) continue;
        const id = `${file.path}\0${to}`;
        const prior = edges.get(id);
        if (!prior) edges.set(id, { from: file.path, to, line: imp.line, kind: imp.kind, typeOnly: imp.typeOnly });
        else if (prior.typeOnly && !imp.typeOnly) edges.set(id, { ...prior, typeOnly: false });
      }
    });
    if (ext.size) external[file.path] = [...ext].sort();
  }
  const sorted: Edge[] = [...edges.values()].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : a.to > b.to ? 1 : 0));
  return { modules: parsed.map((p) => p.path).sort(), edges: sorted, external };
}
