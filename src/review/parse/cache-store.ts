import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedFile } from '../review-types.js';
import { PARSER_VERSION, type FileStamp, type ParseCache, type StampCache } from './parse-files.js';

export interface StoredCache {
  readonly parse: ParseCache;
  /** Size and modification time per file whose entry was confirmed by its hash: such files are not read again. */
  readonly stamps: StampCache;
  readonly resolutions: Map<string, readonly string[]>;
  readonly resolveKey: string;
}

interface CacheFile {
  readonly version: number;
  readonly resolveKey: string;
  readonly files: Record<string, ParsedFile>;
  /** path → [size, mtimeMs] */
  readonly stamps?: Record<string, readonly [number, number]>;
  readonly resolutions: Record<string, readonly string[]>;
}

const FILE = 'review-cache.json';

/** Reads the incremental cache; a missing, stale or corrupt cache is simply empty. */
export function loadCache(dir: string): StoredCache {
  try {
    const data = JSON.parse(readFileSync(join(dir, FILE), 'utf8')) as CacheFile;
    if (data.version !== PARSER_VERSION) throw new Error('stale');
    const stamps: StampCache = new Map();
    for (const [path, stamp] of Object.entries(data.stamps ?? {})) {
      if (Array.isArray(stamp) && typeof stamp[0] === 'number' && typeof stamp[1] === 'number') stamps.set(path, { size: stamp[0], mtimeMs: stamp[1] });
    }
    return { parse: new Map(Object.entries(data.files)), stamps, resolutions: new Map(Object.entries(data.resolutions)), resolveKey: data.resolveKey };
  } catch {
    return emptyCache();
  }
}

export function emptyCache(): StoredCache {
  return { parse: new Map(), stamps: new Map(), resolutions: new Map(), resolveKey: '' };
}

/** Writes the cache atomically (temp file, then rename). Returns an error message on failure. */
export function saveCache(dir: string, cache: StoredCache, livePaths: ReadonlySet<string>): string | undefined {
  const files: Record<string, ParsedFile> = {};
  const stamps: Record<string, readonly [number, number]> = {};
  for (const [path, parsed] of [...cache.parse].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (!livePaths.has(path)) continue;
    files[path] = parsed;
    const stamp: FileStamp | undefined = cache.stamps.get(path);
    if (stamp) stamps[path] = [stamp.size, stamp.mtimeMs];
  }
  const body: CacheFile = { version: PARSER_VERSION, resolveKey: cache.resolveKey, files, stamps, resolutions: Object.fromEntries(cache.resolutions) };
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
