import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import type * as TS from 'typescript';
import { loadCompiler } from '../parse/typescript-loader.js';
import { ASK_COMPILER, createLocalResolver, type LocalResolveFn } from './resolve-local.js';
import { resolvesWithDefaults } from './tsconfig-defaults.js';

export type ResolveFn = (fromPath: string, specifier: string) => string | undefined;

const CONFIG_NAMES = ['tsconfig.json', 'jsconfig.json'];

function compilerOptionsFor(ts: typeof TS, root: string, configPath: string | undefined): TS.CompilerOptions {
  let options: TS.CompilerOptions = {};
  if (configPath) {
    const abs = join(root, configPath);
    const read = ts.readConfigFile(abs, ts.sys.readFile);
    if (!read.error) {
      const host: TS.ParseConfigHost = { useCaseSensitiveFileNames: true, readDirectory: () => [], fileExists: ts.sys.fileExists, readFile: ts.sys.readFile };
      options = ts.parseJsonConfigFileContent(read.config, host, dirname(abs), undefined, abs).options;
    }
  }
  // The repository's paths, baseUrl and rootDirs with the compiler's most permissive resolution,
  // so `.js` specifiers of NodeNext code and extensionless bundler imports both resolve.
  return {
    ...options,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    module: ts.ModuleKind.ESNext,
    allowJs: true,
    resolveJsonModule: true,
    allowArbitraryExtensions: false,
    noEmit: true,
  };
}

/**
 * Module resolution as the TypeScript compiler does it (`ts.resolveModuleName` with the nearest
 * tsconfig's `paths`, `baseUrl` and `rootDirs`, index files and extension mapping), over the set of
 * files the scan found, plus workspace packages by their package.json name. The common cases
 * (relative specifiers, `paths` aliases, `baseUrl`, npm packages) resolve the same way without the
 * compiler (resolve-local.ts); the compiler is loaded for the rest, and to read a tsconfig that sets
 * resolution options.
 */
export function createTypeScriptResolver(root: string, allPaths: readonly string[], sourcePaths: ReadonlySet<string>): ResolveFn {
  const files = new Set(allPaths.map((p) => `${root}/${p}`));
  const dirs = new Set<string>([root]);
  for (const p of allPaths) for (let d = posix.dirname(p); d !== '.' && !dirs.has(`${root}/${d}`); d = posix.dirname(d)) dirs.add(`${root}/${d}`);
  const configs = new Set(allPaths.filter((p) => CONFIG_NAMES.includes(posix.basename(p))));
  const workspaces = new Map<string, string>();
  /** Every package name in the repository, the root's included: a specifier naming one may resolve to its files. */
  const packageNames = new Set<string>();
  for (const p of allPaths) {
    if (posix.basename(p) !== 'package.json') continue;
    try {
      const name = (JSON.parse(readFileSync(join(root, p), 'utf8')) as { name?: unknown }).name;
      if (typeof name !== 'string') continue;
      packageNames.add(name);
      if (p !== 'package.json') workspaces.set(name, posix.dirname(p));
    } catch {
      // an unreadable manifest only means its package is not a workspace target
    }
  }
  let compiler: { ts: typeof TS; host: TS.ModuleResolutionHost } | undefined;
  const loadTs = (): { ts: typeof TS; host: TS.ModuleResolutionHost } => {
    if (compiler) return compiler;
    const ts = loadCompiler();
    const host: TS.ModuleResolutionHost = {
      fileExists: (f) => files.has(f),
      directoryExists: (d) => dirs.has(d.replace(/\/$/, '')),
      readFile: (f) => (files.has(f) ? ts.sys.readFile(f) : undefined),
      realpath: (f) => f,
      getCurrentDirectory: () => root,
    };
    return (compiler = { ts, host });
  };
  interface Settings {
    readonly quick: LocalResolveFn;
    /** The compiler's options and resolution cache for this config, loading the compiler on first use. */
    readonly full: () => { options: TS.CompilerOptions; cache: TS.ModuleResolutionCache };
  }
  const perConfig = new Map<string, Settings>();
  const configDirOf = new Map<string, string | undefined>();
  const nearestConfig = (dir: string): string | undefined => {
    if (configDirOf.has(dir)) return configDirOf.get(dir);
    const own = CONFIG_NAMES.map((n) => (dir === '.' ? n : `${dir}/${n}`)).find((c) => configs.has(c));
    const found = own ?? (dir === '.' ? undefined : nearestConfig(posix.dirname(dir)));
    configDirOf.set(dir, found);
    return found;
  };
  const settingsFor = (config: string | undefined): Settings => {
    const key = config ?? '';
    let s = perConfig.get(key);
    if (!s) {
      let full: { options: TS.CompilerOptions; cache: TS.ModuleResolutionCache } | undefined;
      const fullSettings = (): { options: TS.CompilerOptions; cache: TS.ModuleResolutionCache } => {
        if (full) return full;
        const { ts } = loadTs();
        const options = compilerOptionsFor(ts, root, config);
        return (full = { options, cache: ts.createModuleResolutionCache(root, (x) => x, options) });
      };
      // A config without resolution options resolves local files with the defaults: no need to have the compiler read it.
      const defaults = config === undefined || resolvesWithDefaults(join(root, config)) === true;
      s = { quick: createLocalResolver(defaults ? {} : fullSettings().options, files, dirs, root, packageNames), full: fullSettings };
      perConfig.set(key, s);
    }
    return s;
  };
  const local = (resolved: string | undefined): string | undefined => {
    if (!resolved || !resolved.startsWith(`${root}/`)) return undefined;
    const rel = resolved.slice(root.length + 1);
    return sourcePaths.has(rel) ? rel : undefined;
  };
  return (fromPath, specifier) => {
    const settings = settingsFor(nearestConfig(posix.dirname(fromPath)));
    const containing = `${root}/${fromPath}`;
    // Relative specifiers, `paths` aliases, `baseUrl` and npm packages are resolved without the compiler, the same way.
    const fast = settings.quick(posix.dirname(containing), specifier);
    const viaCompiler = (): string | undefined => {
      const { ts, host } = loadTs();
      const { options, cache } = settings.full();
      return local(ts.resolveModuleName(specifier, containing, options, host, cache).resolvedModule?.resolvedFileName);
    };
    const found = fast !== ASK_COMPILER ? local(fast ?? undefined) : viaCompiler();
    if (found || specifier.startsWith('.')) return found;
    const pkg = [...workspaces.keys()].filter((n) => specifier === n || specifier.startsWith(`${n}/`)).sort((a, b) => b.length - a.length)[0];
    if (!pkg) return undefined;
    const { ts, host } = loadTs();
    const { options } = settings.full();
    const target = `${root}/${workspaces.get(pkg)}${specifier.slice(pkg.length)}`;
    const direct = local(ts.resolveModuleName(target, containing, options, host).resolvedModule?.resolvedFileName);
    return direct ?? (specifier === pkg ? local(ts.resolveModuleName(`${target}/src/index`, containing, options, host).resolvedModule?.resolvedFileName) : undefined);
  };
}
