import { posix } from 'node:path';

/** The compiler options that decide how a local specifier resolves (as the compiler parsed them). */
export interface LocalResolveOptions {
  readonly paths?: Readonly<Record<string, readonly string[]>>;
  readonly baseUrl?: string;
  /** Where `paths` are relative to when there is no `baseUrl`: the folder of the config that set them. */
  readonly pathsBasePath?: unknown;
  readonly rootDirs?: readonly string[];
  readonly moduleSuffixes?: readonly string[];
  readonly noDtsResolution?: boolean;
}

/** Returned when only the compiler itself can decide (package.json folders, rootDirs, node_modules…). */
export const ASK_COMPILER = Symbol('ask the compiler');

export type LocalResolveFn = (fromDir: string, specifier: string) => string | null | typeof ASK_COMPILER;

/** Extensions the compiler removes before substituting (its `extensionsToRemove`, in its order). */
const REMOVABLE = ['.d.ts', '.d.mts', '.d.cts', '.mjs', '.mts', '.cjs', '.cts', '.ts', '.js', '.tsx', '.jsx', '.json'];
const DEFAULT_ORDER = ['.ts', '.tsx', '.d.ts', '.js', '.jsx'];
/** What the compiler tries, in order, for a specifier written with each extension (moduleResolution bundler). */
const ORDER: Readonly<Record<string, readonly string[]>> = {
  '.mjs': ['.mts', '.d.mts', '.mjs'], '.mts': ['.mts', '.d.mts', '.mjs'], '.d.mts': ['.mts', '.d.mts', '.mjs'],
  '.cjs': ['.cts', '.d.cts', '.cjs'], '.cts': ['.cts', '.d.cts', '.cjs'], '.d.cts': ['.cts', '.d.cts', '.cjs'],
  '.json': ['.d.json.ts', '.json'],
  '.tsx': ['.tsx', '.ts', '.d.ts', '.jsx', '.js'], '.jsx': ['.tsx', '.ts', '.d.ts', '.jsx', '.js'],
  '.ts': DEFAULT_ORDER, '.d.ts': DEFAULT_ORDER, '.js': DEFAULT_ORDER,
};

const isRelative = (s: string): boolean => /^\.\.?($|\/)/.test(s);

/**
 * The compiler's module resolution (`moduleResolution: bundler`) for the common local cases,
 * without the compiler: relative specifiers and `paths` aliases, trying the same files in the
 * same order (`.js` → `.ts`, `.tsx`, `.d.ts`, …; extensionless; folder index files). Any case it
 * does not mirror exactly answers ASK_COMPILER. `files` and `dirs` are absolute paths.
 */
export function createLocalResolver(options: LocalResolveOptions, files: ReadonlySet<string>, dirs: ReadonlySet<string>, cwd: string, packageNames: ReadonlySet<string> = new Set()): LocalResolveFn {
  if (options.rootDirs?.length || options.moduleSuffixes?.length || options.noDtsResolution) return () => ASK_COMPILER;
  const fromFile = (candidate: string): string | undefined => {
    const base = candidate.slice(candidate.lastIndexOf('/') + 1);
    if (base.includes('.')) {
      const known = REMOVABLE.find((e) => candidate.endsWith(e));
      const ext = known ?? candidate.slice(candidate.lastIndexOf('.'));
      const stem = candidate.slice(0, candidate.length - ext.length);
      for (const e of known ? (ORDER[known] ?? DEFAULT_ORDER) : [`.d${ext}.ts`]) if (files.has(stem + e)) return stem + e;
    }
    for (const e of DEFAULT_ORDER) if (files.has(candidate + e)) return candidate + e;
    return undefined;
  };
  const fromCandidate = (candidate: string, folderOnly: boolean): string | null | typeof ASK_COMPILER => {
    if (!folderOnly) {
      const file = fromFile(candidate);
      if (file) return file;
    }
    if (!dirs.has(candidate)) return null;
    if (files.has(`${candidate}/package.json`)) return ASK_COMPILER;
    return fromFile(`${candidate}/index`) ?? null;
  };
  const patterns = Object.keys(options.paths ?? {}).filter((p) => p.split('*').length <= 2);
  const pathsBase = options.baseUrl ?? (typeof options.pathsBasePath === 'string' ? options.pathsBasePath : cwd);
  /**
   * A bare specifier after `paths` and `baseUrl`: the compiler goes on to the package's own name
   * (a self-reference through its `exports`), `#` imports and node_modules folders. The scan holds
   * no node_modules, so a name that is none of the repository's packages resolves to nothing here.
   */
  const bare = (specifier: string): null | typeof ASK_COMPILER => {
    if (specifier.startsWith('#')) return ASK_COMPILER;
    for (const name of packageNames) if (specifier === name || specifier.startsWith(`${name}/`)) return ASK_COMPILER;
    return null;
  };
  const fromBaseUrl = (specifier: string): string | null | typeof ASK_COMPILER => {
    if (options.baseUrl === undefined) return bare(specifier);
    const found = fromCandidate(posix.resolve(options.baseUrl, specifier), false);
    return found ?? bare(specifier);
  };
  return (fromDir, specifier) => {
    if (isRelative(specifier)) {
      const folderOnly = specifier.endsWith('/') || /(^|\/)\.\.?$/.test(specifier);
      return fromCandidate(posix.resolve(fromDir, specifier), folderOnly);
    }
    if (specifier.startsWith('/') || specifier.includes('\\') || (specifier.includes(':') && !specifier.startsWith('node:'))) return ASK_COMPILER;
    if (!options.paths) return fromBaseUrl(specifier);
    let matched: string | undefined = patterns.find((p) => !p.includes('*') && p === specifier);
    if (!matched) {
      let longest = -1;
      for (const p of patterns) {
        const star = p.indexOf('*');
        if (star < 0) continue;
        const prefix = p.slice(0, star);
        const suffix = p.slice(star + 1);
        if (prefix.length > longest && specifier.length >= prefix.length + suffix.length && specifier.startsWith(prefix) && specifier.endsWith(suffix)) {
          longest = prefix.length;
          matched = p;
        }
      }
    }
    if (matched === undefined) return fromBaseUrl(specifier);
    const at = matched.indexOf('*');
    const text = at < 0 ? undefined : specifier.slice(at, specifier.length - (matched.length - at - 1));
    for (const subst of options.paths[matched] ?? []) {
      if (REMOVABLE.some((e) => subst.endsWith(e))) return ASK_COMPILER;
      const star = subst.indexOf('*');
      const path = text === undefined || star < 0 ? subst : subst.slice(0, star) + text + subst.slice(star + 1);
      const found = fromCandidate(posix.resolve(pathsBase, path), false);
      if (found) return found;
    }
    // A pattern matched but no substitution resolved: the compiler skips baseUrl and goes on to
    // self-references and node_modules.
    return bare(specifier);
  };
}
