import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedFile } from '../review-types.js';
import { PARSER_VERSION, type ParseCache } from './parse-files.js';

export interface StoredCache {
  readonly parse: ParseCache;
  readonly resolutions: Map<string, readonly string[]>;
  readonly resolveKey: string;
}

interface CacheFile {
  readonly version: number;
  readonly resolveKey: string;
  readonly files: Record<string, ParsedFile>;
  readonly resolutions: Record<string, readonly string[]>;
}

const FILE = 'review-cache.json';

/** Reads the incremental cache; a missing, stale or corrupt cache is simply empty. */
export function loadCache(dir: string): StoredCache {
  try {
    const data = JSON.parse(readFileSync(join(dir, FILE), 'utf8')) as CacheFile;
    if (data.version !== PARSER_VERSION) throw new Error('stale');
    return { parse: new Map(Object.entries(data.files)), resolutions: new Map(Object.entries(data.resolutions)), resolveKey: data.resolveKey };
  } catch {
    return { parse: new Map(), resolutions: new Map(), resolveKey: '' };
  }
}

/** Writes the cache atomically (temp file, then rename). Returns an error message on failure. */
export function saveCache(dir: string, cache: StoredCache, livePaths: ReadonlySet<string>): string | undefined {
  const files: Record<string, ParsedFile> = {};
  for (const [path, parsed] of [...cache.parse].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (livePaths.has(path)) files[path] = parsed;
  const body: CacheFile = { version: PARSER_VERSION, resolveKey: cache.resolveKey, files, resolutions: Object.fromEntries(cache.resolutions) };
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = join(dir, `${FILE}.${process.pid}.tmp`);
    writeFileSync(tmp, JSON.stringify(body));
    renameSync(tmp, join(dir, FILE));
    writeFileSync(join(dir, '.gitignore'), '*\n');
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}
