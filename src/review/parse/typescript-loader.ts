import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import type * as TS from 'typescript';
import { onCompileCacheFlush } from './compile-cache.js';

const require = createRequire(import.meta.url);

interface Loaded {
  readonly ts: typeof TS;
  /** Where V8's compiled code for this compiler is kept, when it should be (re)written. */
  readonly persist?: () => void;
}

/** The per-user folder for compiled code: `$XDG_CACHE_HOME/archway` or `~/.cache/archway`; never inside a reviewed repository. */
function compileCacheDir(): string | undefined {
  if (process.env.ARCHWAY_COMPILE_CACHE === 'off') return undefined;
  const base = process.env.XDG_CACHE_HOME || (homedir() ? join(homedir(), '.cache') : '');
  return base ? join(base, 'archway') : undefined;
}

/** The text of an all-ASCII file (the compiler's bundle is) is its bytes: no UTF-8 decoding needed. */
const sourceText = (bytes: Buffer): string => (isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8'));

/**
 * Loads the TypeScript compiler's 9 MB CommonJS bundle with V8's code cache: compiling it costs
 * more than the review of one changed file, so the bytecode of the first run is kept per user and
 * per Node/V8 and compiler version, and later runs only deserialise it. Without a usable cache
 * folder this is a plain `require`. Loaded with `require` semantics, never as ESM: importing the
 * bundle from ESM makes Node scan it for named exports first.
 */
function loadTypeScript(): Loaded {
  const file = require.resolve('typescript');
  const already = require.cache[file];
  const dir = compileCacheDir();
  if (already || !dir) return { ts: require('typescript') as typeof TS };
  try {
    const st = statSync(file);
    const key = createHash('sha1').update(`${file}\0${st.size}\0${st.mtimeMs}\0${process.version}\0${process.versions.v8}\0${process.arch}`).digest('hex').slice(0, 16);
    const cacheFile = join(dir, `typescript-${key}.v8-code-cache`);
    let cachedData: Buffer | undefined;
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
    const source = sourceText(readFileSync(file));
    const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, ...(cachedData ? { cachedData } : {}) });
    const mod = new Module(file);
    mod.filename = file;
    (mod as unknown as { paths: string[] }).paths = (Module as unknown as { _nodeModulePaths(d: string): string[] })._nodeModulePaths(dirname(file));
    const wrapper = script.runInThisContext() as (e: unknown, r: NodeJS.Require, m: unknown, f: string, d: string) => void;
    wrapper.call(mod.exports, mod.exports, createRequire(file), mod, file, dirname(file));
    mod.loaded = true;
    require.cache[file] = mod;
    const ts = mod.exports as typeof TS;
    if (cachedData && !script.cachedDataRejected) return { ts };
    // Written after the run has parsed and resolved, so the lazily compiled functions are included.
    const persist = (): void => {
      try {
        mkdirSync(dir, { recursive: true, mode: 0o700 });
        const tmp = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
        renameSync(tmp, cacheFile);
      } catch {
        // an unwritable cache folder only means the next run compiles the compiler again
      }
    };
    return { ts, persist };
  } catch {
    return { ts: require('typescript') as typeof TS };
  }
}

let loaded: Loaded | undefined;

/** The TypeScript compiler, loaded on the first call: a run that never needs it never pays for it. */
export function loadCompiler(): typeof TS {
  if (!loaded) {
    loaded = loadTypeScript();
    if (loaded.persist) onCompileCacheFlush(loaded.persist);
  }
  return loaded.ts;
}
