import type { Edge, ModuleGraph, ParsedFile, RawImport } from '../review-types.js';
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

/** A module's edges (sorted by target) and the packages it imports that resolve to no local module. */
interface ModuleEdges {
  readonly targets: ImportTargets;
  readonly edges?: Edge[];
  readonly packages?: string[];
}

const edgesMemo = new WeakMap<ParsedFile, ModuleEdges>();

/**
 * A module's edges from its imports and their targets; remembered per file and targets, so they
 * can be worked out ahead (while changed files are still being parsed) and reused by `buildGraph`.
 */
export function moduleEdges(file: ParsedFile, targets: ImportTargets): ModuleEdges {
  const known = edgesMemo.get(file);
  if (known?.targets === targets) return known;
  // Most modules have a few edges and no unresolved package: no set or map per module.
  let packages: Set<string> | undefined;
  let own: Edge[] | undefined;
  for (let i = 0; i < file.imports.length; i++) {
    const imp = file.imports[i]!;
    const to = targets[i]!;
    if (to.length === 0 && !imp.specifier.startsWith('.')) (packages ??= new Set()).add(packageName(imp.specifier, file.language));
    for (const target of to) {
      if (target === file.path) continue;
      const at = own ? own.findIndex((e) => e.to === target) : -1;
      if (at < 0) (own ??= []).push({ from: file.path, to: target, line: imp.line, kind: imp.kind, typeOnly: imp.typeOnly });
      else if (own![at]!.typeOnly && !imp.typeOnly) own![at] = { ...own![at]!, typeOnly: false };
    }
  }
  const result: ModuleEdges = {
    targets,
    ...(own ? { edges: own.length > 1 ? own.sort((a, b) => (a.to < b.to ? -1 : a.to > b.to ? 1 : 0)) : own } : {}),
    ...(packages ? { packages: [...packages].sort() } : {}),
  };
  edgesMemo.set(file, result);
  return result;
}

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
  const pending = parsed.filter((file) => !knownFor(file, known.get(file.path)));
  /** Per folder of a file to resolve, its resolutions: first those of the folder's files whose targets are known. */
  const memo = new Map<string, Map<string, readonly string[]>>();
  if (pending.length) {
    for (const file of pending) memo.set(dirOf(file.path), new Map());
    const learn = (file: ParsedFile, targets: ImportTargets | undefined): void => {
      const m = memo.get(dirOf(file.path));
      if (!m || !knownFor(file, targets)) return;
      file.imports.forEach((imp, i) => m.set(keyOf(file, imp), targets![i]!));
    };
    for (const seed of seeds) learn(seed.parsed, seed.targets);
    for (const file of parsed) learn(file, known.get(file.path));
  }
  const resolveFile = async (file: ParsedFile): Promise<ImportTargets> => {
    const m = memo.get(dirOf(file.path))!;
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
  for (const file of pending) known.set(file.path, await resolveFile(file));
  /** Each module's edges, sorted by target. */
  const edgesFrom = new Map<string, readonly Edge[]>();
  const external: Record<string, string[]> = {};
  for (const file of parsed) {
    const { edges, packages } = moduleEdges(file, known.get(file.path)!);
    if (edges) edgesFrom.set(file.path, edges);
    if (packages) external[file.path] = packages;
  }
  // Sorted by source, then target.
  const modules = parsed.map((p) => p.path).sort();
  return { modules, edges: modules.flatMap((m) => edgesFrom.get(m) ?? []), external };
}
