import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { textOf, writeCacheFile } from './cache-file.js';
import { onCompileCacheFlush } from './compile-cache.js';

/** The per-user folder for compiled code: `$XDG_CACHE_HOME/archway` or `~/.cache/archway`; never inside a reviewed repository. */
function compileCacheDir(): string | undefined {
  if (process.env.ARCHWAY_COMPILE_CACHE === 'off') return undefined;
  const base = process.env.XDG_CACHE_HOME || (homedir() ? join(homedir(), '.cache') : '');
  return base ? join(base, 'archway') : undefined;
}

/** Where a file's compiled code is kept: per file (path, size, modification time) and per Node/V8 version and architecture. */
function codeCacheFile(dir: string, name: string, file: string): string {
  const st = statSync(file);
  const key = createHash('sha1').update(`${file}\0${st.size}\0${st.mtimeMs}\0${process.version}\0${process.versions.v8}\0${process.arch}`).digest('hex').slice(0, 16);
  return join(dir, `${name}-${key}.v8-code-cache`);
}

/**
 * Loads a self-contained CommonJS file (a bundle) with V8's code cache, with `require` semantics:
 * the first run compiles it and, once the run has done its work (`flushCompileCaches`), keeps the
 * bytecode of every function it ran, per user; later runs only deserialise it. `name` names the
 * cache file. Without a usable cache folder (or with `ARCHWAY_COMPILE_CACHE=off`) this is a plain
 * `require`. A module already loaded is returned as it is.
 */
export function requireWithCodeCache(file: string, name: string): unknown {
  const require = createRequire(file);
  const dir = compileCacheDir();
  if (require.cache[file] || !dir) return require(file);
  let cacheFile: string;
  let source: string;
  try {
    cacheFile = codeCacheFile(dir, name, file);
    source = textOf(readFileSync(file));
  } catch {
    return require(file);
  }
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const mod = new Module(file);
  mod.filename = file;
  (mod as unknown as { paths: string[] }).paths = (Module as unknown as { _nodeModulePaths(d: string): string[] })._nodeModulePaths(dirname(file));
  const wrapper = script.runInThisContext() as (e: unknown, r: NodeJS.Require, m: unknown, f: string, d: string) => void;
  require.cache[file] = mod;
  try {
    wrapper.call(mod.exports, mod.exports, require, mod, file, dirname(file));
  } catch (error) {
    delete require.cache[file];
    throw error;
  }
  mod.loaded = true;
  if (!cachedData || script.cachedDataRejected) {
    // Written after the run has done its work, so the lazily compiled functions are included.
    onCompileCacheFlush(() => {
      try {
        writeCacheFile(cacheFile, script.createCachedData(), { private: true });
        // The code of an earlier build or Node version is never read again.
        const earlier = new RegExp(`^${name.replace(/[^\w]/g, '\\$&')}-[0-9a-f]{16}\\.v8-code-cache$`);
        for (const other of readdirSync(dir)) if (earlier.test(other) && join(dir, other) !== cacheFile) rmSync(join(dir, other), { force: true });
      } catch {
        // an unwritable cache folder only means the next run compiles the file again
      }
    });
  }
  return mod.exports;
}
