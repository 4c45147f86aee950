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
 * Builds the module graph as files come: one edge per pair of modules (the first import's line;
 * type-only when every import between them is type-only). `known` holds the resolution of each
 * file that has one (valid for the run's file list and manifests); each file added without one is
 * resolved and its resolution added to `known`. A specifier resolves the same way from every file
 * of a folder, so what the known files and `seeds` (earlier versions of changed files) say for a
 * folder is reused before asking a resolver. The graph is the same whatever order files come in.
 */
export class GraphBuilder {
  #ts: ResolveFn | undefined;
  /** Per folder of a file resolved so far, its resolutions: first those of the folder's known files. */
  readonly #memo = new Map<string, Map<string, readonly string[]>>();
  /** Per folder, the files whose resolutions seed its memo, seeds first (known files have the last word). */
  #teachers: Map<string, ResolvedFile[]> | undefined;

  constructor(
    private readonly resolvers: Resolvers,
    private readonly known: Map<string, Resolution>,
    private readonly knownFiles: readonly ParsedFile[],
    private readonly seeds: readonly ResolvedFile[] = [],
  ) {}

  #memoOf(dir: string): Map<string, readonly string[]> {
    let m = this.#memo.get(dir);
    if (m) return m;
    if (!this.#teachers) {
      this.#teachers = new Map();
      const teach = (file: ResolvedFile): void => {
        if (!file.resolution) return;
        const d = dirOf(file.parsed.path);
        const list = this.#teachers!.get(d);
        if (list) list.push(file);
        else this.#teachers!.set(d, [file]);
      };
      for (const seed of this.seeds) teach(seed);
      for (const file of this.knownFiles) teach({ parsed: file, resolution: this.known.get(file.path) });
    }
    m = new Map();
    for (const { parsed: file, resolution } of this.#teachers.get(dir) ?? []) {
      const { targets } = resolution!;
      file.imports.forEach((imp, i) => {
        if (targets[i]) m!.set(keyOf(file, imp), targets[i]!);
      });
    }
    this.#memo.set(dir, m);
    return m;
  }

  async #resolve(file: ParsedFile): Promise<ImportTargets> {
    const m = this.#memoOf(dirOf(file.path));
    const out: (readonly string[])[] = [];
    for (const imp of file.imports) {
      const key = keyOf(file, imp);
      let targets = m.get(key);
      if (!targets) {
        if (file.language === 'python') targets = this.resolvers.python(file.path, imp.specifier, imp.names);
        else {
          this.#ts ??= await this.resolvers.typescript();
          const t = this.#ts(file.path, imp.specifier);
          targets = t ? [t] : [];
        }
        m.set(key, targets);
      }
      out.push(targets);
    }
    return out;
  }

  /** Resolves the files that have no known resolution. */
  async add(files: readonly ParsedFile[]): Promise<void> {
    for (const file of files) if (!this.known.has(file.path)) this.known.set(file.path, resolutionOf(file, await this.#resolve(file)));
  }

  /** The graph of the run's files: every one must have been added or be known. Sorted by source, then target. */
  graph(parsed: readonly ParsedFile[]): ModuleGraph {
    const external: Record<string, readonly string[]> = {};
    for (const file of parsed) {
      const { packages } = this.known.get(file.path)!;
      if (packages.length) external[file.path] = packages;
    }
    const modules = parsed.map((p) => p.path).sort();
    return { modules, edges: modules.flatMap((m) => this.known.get(m)!.edges), external };
  }
}

/** The module graph of files resolved all at once (see GraphBuilder). */
export async function buildGraph(parsed: readonly ParsedFile[], resolvers: Resolvers, known: Map<string, Resolution>, seeds: readonly ResolvedFile[] = []): Promise<ModuleGraph> {
  const builder = new GraphBuilder(resolvers, known, parsed.filter((file) => known.has(file.path)), seeds);
  await builder.add(parsed);
  return builder.graph(parsed);
}
