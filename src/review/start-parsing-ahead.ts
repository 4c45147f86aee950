import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CACHE_FILE, DEFAULT_CACHE_DIR } from './parse/cache-file.js';

/**
 * Starts the parsing thread of a review or check of `repo` now, when that run will parse every file
 * (no cache, or none written yet): its start-up then overlaps the loading of the run's modules. The
 * run takes it; a run that does not come leaves it to end with the process. The pool's module is
 * imported by its URL, so a bundle that holds this function loads the built module, not a copy.
 * Resolves once the thread is started: the caller waits for that before the run may look for it,
 * or the run would start a thread of its own and this one would start too, unused.
 */
export async function startParsingAhead(repo: string, options: { readonly cacheDir?: string; readonly cache?: boolean } = {}): Promise<void> {
  if (options.cache !== false && existsSync(join(resolve(repo, options.cacheDir ?? DEFAULT_CACHE_DIR), CACHE_FILE))) return;
  const pool = new URL(`./parse/parse-pool.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url).href;
  try {
    ((await import(pool)) as typeof import('./parse/parse-pool.js')).startPoolAhead();
  } catch {
    // the run starts its own thread
  }
}
