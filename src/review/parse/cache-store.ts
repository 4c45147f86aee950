import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportKind, ParsedFile, RawImport, SourceLanguage } from '../review-types.js';
import { PARSER_VERSION, type ParseCache, type StampCache } from './parse-files.js';

export interface StoredCache {
  readonly parse: ParseCache;
  /** Size and modification time per file whose entry was confirmed by its hash: such files are not read again. */
  readonly stamps: StampCache;
  readonly resolutions: Map<string, readonly string[]>;
  readonly resolveKey: string;
}

/** Bump when the file's layout changes (independently of what the parsers extract). */
const LAYOUT = 2;

/** `[specifier, line, kind, typeOnly ? 1 : 0, ...names]` */
type StoredImport = [string, number, ImportKind, 0 | 1, ...string[]];

/** The facts of a file other than its imports, only those that are not empty. */
type StoredRest = Partial<Omit<ParsedFile, 'path' | 'hash' | 'language' | 'lines' | 'imports'>>;

/** `[path, hash, language, lines, size, mtimeMs, imports, rest]`; size and mtimeMs are -1 without a stamp. */
type StoredFile = [string, string, SourceLanguage, number, number, number, StoredImport[], StoredRest];

interface CacheFile {
  readonly version: string;
  readonly resolveKey: string;
  readonly files: StoredFile[];
  /** Resolutions grouped by their key's language and folder: `[[language\0folder, [[rest of key, targets]]]]`. */
  readonly resolutions: [string, [string, string[]][]][];
}

const FILE = 'review-cache.json';
const VERSION = `${PARSER_VERSION}.${LAYOUT}`;

export function emptyCache(): StoredCache {
  return { parse: new Map(), stamps: new Map(), resolutions: new Map(), resolveKey: '' };
}

function fileFrom(stored: StoredFile): ParsedFile {
  const [path, hash, language, lines, , , imports, rest] = stored;
  return {
    path, hash, language, lines,
    secrets: rest.secrets ?? [], suppressions: rest.suppressions ?? [], badSuppressions: rest.badSuppressions ?? [],
    imports: imports.map(([specifier, line, kind, typeOnly, ...names]): RawImport => ({ specifier, line, kind, typeOnly: typeOnly === 1, names })),
    routes: rest.routes ?? [], routePrefix: rest.routePrefix ?? '', mounts: rest.mounts ?? [], queries: rest.queries ?? [],
    ...(rest.syntaxError ? { syntaxError: rest.syntaxError } : {}),
    tenantTables: rest.tenantTables ?? [], blockingCalls: rest.blockingCalls ?? [],
  };
}

function storedOf(file: ParsedFile, stamp: { size: number; mtimeMs: number } | undefined): StoredFile {
  const rest: Record<string, unknown> = {};
  for (const key of ['secrets', 'suppressions', 'badSuppressions', 'routes', 'mounts', 'queries', 'tenantTables', 'blockingCalls'] as const) {
    if (file[key].length) rest[key] = file[key];
  }
  if (file.routePrefix) rest.routePrefix = file.routePrefix;
  if (file.syntaxError) rest.syntaxError = file.syntaxError;
  const imports = file.imports.map((i): StoredImport => [i.specifier, i.line, i.kind, i.typeOnly ? 1 : 0, ...i.names]);
  return [file.path, file.hash, file.language, file.lines, stamp?.size ?? -1, stamp?.mtimeMs ?? -1, imports, rest];
}

/** Reads the incremental cache; a missing, stale or corrupt cache is simply empty. */
export function loadCache(dir: string): StoredCache {
  try {
    const data = JSON.parse(readFileSync(join(dir, FILE), 'utf8')) as CacheFile;
    if (data.version !== VERSION) throw new Error('stale');
    const cache = emptyCache();
    for (const stored of data.files) {
      cache.parse.set(stored[0], fileFrom(stored));
      if (stored[4] >= 0) cache.stamps.set(stored[0], { size: stored[4], mtimeMs: stored[5] });
    }
    for (const [group, entries] of data.resolutions) for (const [rest, targets] of entries) cache.resolutions.set(`${group}\0${rest}`, targets);
    return { ...cache, resolveKey: data.resolveKey };
  } catch {
    return emptyCache();
  }
}

/** Writes the cache atomically (temp file, then rename). Returns an error message on failure. */
export function saveCache(dir: string, cache: StoredCache, livePaths: ReadonlySet<string>): string | undefined {
  const files: StoredFile[] = [];
  for (const [path, parsed] of [...cache.parse].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (livePaths.has(path)) files.push(storedOf(parsed, cache.stamps.get(path)));
  }
  const groups = new Map<string, [string, string[]][]>();
  for (const [key, targets] of cache.resolutions) {
    const cut = key.indexOf('\0', key.indexOf('\0') + 1);
    const group = key.slice(0, cut);
    (groups.get(group) ?? groups.set(group, []).get(group)!).push([key.slice(cut + 1), [...targets]]);
  }
  const body: CacheFile = { version: VERSION, resolveKey: cache.resolveKey, files, resolutions: [...groups] };
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
