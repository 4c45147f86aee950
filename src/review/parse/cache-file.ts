import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The incremental cache's file name in its folder. */
export const CACHE_FILE = 'review-cache.json';

export function cacheExists(dir: string): boolean {
  return existsSync(join(dir, CACHE_FILE));
}
