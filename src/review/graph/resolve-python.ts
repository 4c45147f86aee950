import { posix } from 'node:path';

export type PythonResolveFn = (fromPath: string, specifier: string, names: readonly string[]) => string[];

/**
 * Python import resolution over the repository's files: relative imports from the importing
 * package, absolute imports from the nearest ancestor folder that holds the package (the way a
 * source root on `sys.path` would), `__init__.py` packages, and `from pkg import submodule`.
 */
export function createPythonResolver(sourcePaths: ReadonlySet<string>): PythonResolveFn {
  const moduleFile = (base: string): string | undefined => {
    const file = `${base}.py`;
    if (sourcePaths.has(file)) return file;
    const init = `${base}/__init__.py`;
    return sourcePaths.has(init) ? init : undefined;
  };
  const join = (dir: string, rest: string): string => (dir === '' || dir === '.' ? rest : rest ? `${dir}/${rest}` : dir);
  return (fromPath, specifier, names) => {
    const dots = /^\.*/.exec(specifier)![0].length;
    const modulePath = specifier.slice(dots).split('.').filter(Boolean).join('/');
    const bases: string[] = [];
    if (dots > 0) {
      let dir = posix.dirname(fromPath);
      for (let i = 1; i < dots; i++) dir = posix.dirname(dir);
      bases.push(join(dir === '.' ? '' : dir, modulePath));
    } else {
      for (let dir = posix.dirname(fromPath); ; dir = posix.dirname(dir)) {
        bases.push(join(dir === '.' ? '' : dir, modulePath));
        if (dir === '.' || dir === '/') break;
      }
    }
    for (const base of bases) {
      if (!base) {
        const subs = names.map((n) => moduleFile(n.split('=')[0]!)).filter((x): x is string => x !== undefined);
        if (subs.length) return subs;
        continue;
      }
      const subs = names.map((n) => moduleFile(`${base}/${n.split('=')[0]!}`)).filter((x): x is string => x !== undefined);
      const own = moduleFile(base);
      if (subs.length) return own && own.endsWith('__init__.py') ? subs : own ? [own, ...subs] : subs;
      if (own) return [own];
    }
    return [];
  };
}
