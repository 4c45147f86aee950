import type { Edge, ModuleGraph, ParsedFile, RawImport } from '../review-types.js';
import type { PythonResolveFn } from './resolve-python.js';
import type { ResolveFn } from './resolve-typescript.js';

/** Per import of a file, in order, the local modules it resolves to. */
export type ImportTargets = readonly (readonly string[])[];

/** Where a module's imports resolve, and the module's part of the graph that follows from it. */
export interface Resolution {
  /** Per import, in order, the local modules it resolves to. */
  readonly targets: ImportTargets;
  /** The module's edges, sorted by target. */
  readonly edges: readonly Edge[];
  /** The packages it imports that resolve to no local module, sorted. */
  readonly packages: readonly string[];
}

/** A file whose resolution is known: its folder's specifiers resolve the same way for other files. */
export interface ResolvedFile {
  readonly parsed: ParsedFile;
  readonly resolution?: Resolution;
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

/** A module's edges (one per target module: the first import's line, type-only when every import of it is) and unresolved packages. */
export function resolutionOf(file: ParsedFile, targets: ImportTargets): Resolution {
  // Most modules have a few edges and no unresolved package: no set or map per module.
  let packages: Set<string> | undefined;
  let own: Edge[] | undefined;
  for (let i = 0; i < file.imports.length; i++) {
    const imp = file.imports[i]!;
    const to = targets[i] ?? [];
    if (to.length === 0 && !imp.specifier.startsWith('.')) (packages ??= new Set()).add(packageName(imp.specifier, file.language));
    for (const target of to) {
      if (target === file.path) continue;
      const at = own ? own.findIndex((e) => e.to === target) : -1;
      if (at < 0) (own ??= []).push({ from: file.path, to: target, line: imp.line, kind: imp.kind, typeOnly: imp.typeOnly });
      else if (own![at]!.typeOnly && !imp.typeOnly) own![at] = { ...own![at]!, typeOnly: false };
    }
  }
  return {
    targets,
    edges: own ? own.sort((a, b) => (a.to < b.to ? -1 : a.to > b.to ? 1 : 0)) : [],
    packages: packages ? [...packages].sort() : [],
  };
}

/**
 * Resolves every import to a local module and builds the module graph: one edge per pair of
 * modules (the first import's line; type-only when every import between them is type-only).
 * `known` holds the resolution of each file that has one (valid for the run's file list and
 * manifests); the other files are resolved and added. A specifier resolves the same way from every
 * file of a folder, so what `known` and `seeds` (earlier versions of changed files) say for a
 * folder is reused before asking a resolver.
 */
export async function buildGraph(parsed: readonly ParsedFile[], resolvers: Resolvers, known: Map<string, Resolution>, seeds: readonly ResolvedFile[] = []): Promise<ModuleGraph> {
  let ts: ResolveFn | undefined;
  const pending = parsed.filter((file) => !known.has(file.path));
  /** Per folder of a file to resolve, its resolutions: first those of the folder's files whose targets are known. */
  const memo = new Map<string, Map<string, readonly string[]>>();
  if (pending.length) {
    for (const file of pending) memo.set(dirOf(file.path), new Map());
    const learn = (file: ParsedFile, resolution: Resolution | undefined): void => {
      const m = memo.get(dirOf(file.path));
      if (!m || !resolution) return;
      const { targets } = resolution;
      file.imports.forEach((imp, i) => {
        if (targets[i]) m.set(keyOf(file, imp), targets[i]!);
      });
    };
    for (const seed of seeds) learn(seed.parsed, seed.resolution);
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
  for (const file of pending) known.set(file.path, resolutionOf(file, await resolveFile(file)));
  const external: Record<string, readonly string[]> = {};
  for (const file of parsed) {
    const { packages } = known.get(file.path)!;
    if (packages.length) external[file.path] = packages;
  }
  // Sorted by source, then target.
  const modules = parsed.map((p) => p.path).sort();
  return { modules, edges: modules.flatMap((m) => known.get(m)!.edges), external };
}
