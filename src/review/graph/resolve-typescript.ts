import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import type * as TS from 'typescript';
import { ts } from '../parse/typescript-compiler.js';
import { ASK_COMPILER, createLocalResolver, type LocalResolveFn } from './resolve-local.js';

export type ResolveFn = (fromPath: string, specifier: string) => string | undefined;

const CONFIG_NAMES = ['tsconfig.json', 'jsconfig.json'];

function compilerOptionsFor(root: string, configPath: string | undefined): TS.CompilerOptions {
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
 * files the scan found, plus workspace packages by their package.json name.
 */
export function createTypeScriptResolver(root: string, allPaths: readonly string[], sourcePaths: ReadonlySet<string>): ResolveFn {
  const files = new Set(allPaths.map((p) => `${root}/${p}`));
  const dirs = new Set<string>([root]);
  for (const p of allPaths) for (let d = posix.dirname(p); d !== '.' && !dirs.has(`${root}/${d}`); d = posix.dirname(d)) dirs.add(`${root}/${d}`);
  const configs = new Set(allPaths.filter((p) => CONFIG_NAMES.includes(posix.basename(p))));
  const workspaces = new Map<string, string>();
  for (const p of allPaths) {
    if (posix.basename(p) !== 'package.json' || p === 'package.json') continue;
    try {
      const name = (JSON.parse(readFileSync(join(root, p), 'utf8')) as { name?: unknown }).name;
      if (typeof name === 'string') workspaces.set(name, posix.dirname(p));
    } catch {
      // an unreadable manifest only means its package is not a workspace target
    }
  }
  const host: TS.ModuleResolutionHost = {
    fileExists: (f) => files.has(f),
    directoryExists: (d) => dirs.has(d.replace(/\/$/, '')),
    readFile: (f) => (files.has(f) ? ts.sys.readFile(f) : undefined),
    realpath: (f) => f,
    getCurrentDirectory: () => root,
  };
  const perConfig = new Map<string, { options: TS.CompilerOptions; cache: TS.ModuleResolutionCache; quick: LocalResolveFn }>();
  const configDirOf = new Map<string, string | undefined>();
  const nearestConfig = (dir: string): string | undefined => {
    if (configDirOf.has(dir)) return configDirOf.get(dir);
    const own = CONFIG_NAMES.map((n) => (dir === '.' ? n : `${dir}/${n}`)).find((c) => configs.has(c));
    const found = own ?? (dir === '.' ? undefined : nearestConfig(posix.dirname(dir)));
    configDirOf.set(dir, found);
    return found;
  };
  const settingsFor = (config: string | undefined) => {
    const key = config ?? '';
    let s = perConfig.get(key);
    if (!s) {
      const options = compilerOptionsFor(root, config);
      s = { options, cache: ts.createModuleResolutionCache(root, (x) => x, options), quick: createLocalResolver(options, files, dirs, root) };
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
    const { options, cache, quick } = settingsFor(nearestConfig(posix.dirname(fromPath)));
    const containing = `${root}/${fromPath}`;
    // Relative specifiers and `paths` aliases are resolved without the compiler, the same way.
    const fast = quick(posix.dirname(containing), specifier);
    const found = fast !== ASK_COMPILER ? local(fast ?? undefined) : local(ts.resolveModuleName(specifier, containing, options, host, cache).resolvedModule?.resolvedFileName);
    if (found || specifier.startsWith('.')) return found;
    const pkg = [...workspaces.keys()].filter((n) => specifier === n || specifier.startsWith(`${n}/`)).sort((a, b) => b.length - a.length)[0];
    if (!pkg) return undefined;
    const target = `${root}/${workspaces.get(pkg)}${specifier.slice(pkg.length)}`;
    const direct = local(ts.resolveModuleName(target, containing, options, host).resolvedModule?.resolvedFileName);
    return direct ?? (specifier === pkg ? local(ts.resolveModuleName(`${target}/src/index`, containing, options, host).resolvedModule?.resolvedFileName) : undefined);
  };
}
