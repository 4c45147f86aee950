import { createHash, hash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Edge, ImportKind, ParsedFile, RawImport, SourceLanguage } from '../review-types.js';
import type { ImportTargets, Resolution } from '../graph/build-graph.js';
import type { FolderListing } from '../scan/walk-files.js';
import { CACHE_FILE, readCacheText, textOf, writeCacheFile } from './cache-file.js';
import { FileStamp, PARSER_VERSION } from './parse-files.js';

/** What the cache knows of one source file. Whoever changes an entry drops its `line`. */
export interface CacheEntry {
  readonly parsed: ParsedFile;
  /** Size and modification time when the entry was last confirmed by the file's content hash: such a file is not read again. */
  stamp?: FileStamp;
  /** Where its imports resolve and its edges, valid while the cache's `resolveKey` is the run's. */
  resolution?: Resolution;
  /** The entry's stored lines, kept while the entry is unchanged so saving need not serialise it again. */
  line?: StoredLines;
  /** The key of the file order `line` was written for (its targets are indexes into that order). */
  lineOrder?: string;
}

/** An entry as the cache file holds it: its facts' line and its imports' line (see `FILE`). */
export interface StoredLines {
  readonly entry: string;
  readonly imports: string;
}

/** The order of the files a cache is saved with: entries refer to each other by index into it. */
export interface CacheOrder {
  readonly paths: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
  /** Digest of the paths in order: a stored line written for another order is written again. */
  readonly key: string;
}

/** The sorted order of the files to store. */
export function cacheOrder(paths: Iterable<string>): CacheOrder {
  const sorted = [...paths].sort();
  return { paths: sorted, indexOf: new Map(sorted.map((p, i) => [p, i])), key: orderKey(sorted) };
}

const orderKey = (paths: readonly string[]): string => hash('sha1', paths.join('\0'));

/** Writes the entry's stored line for `order` now (for instance while other files are still being parsed), so saving reuses it. */
export function serialiseEntry(entry: CacheEntry, order: CacheOrder): void {
  if (entry.line !== undefined && entry.lineOrder === order.key) return;
  entry.line = storedLinesOf(entry, order.indexOf);
  entry.lineOrder = order.key;
}

export interface StoredCache {
  readonly entries: Map<string, CacheEntry>;
  /** Digest of the file list and the manifests resolution depends on, when the targets were stored. */
  readonly resolveKey: string;
  /** The stored files' paths in their stored order (the order stored targets refer to). */
  readonly order: readonly string[];
  /** The folders' listings, by path relative to the repository (see walk-files.ts). */
  readonly folders: ReadonlyMap<string, FolderListing>;
  /** The cache file as loaded, when a save may journal against it instead of writing it again. */
  readonly base?: StoredBase;
  /** The `edgesDigest` of the graph the stored entries make, when it was stored (graph-cache.ts). */
  readonly graph?: string;
}

/** A loaded cache file: what a journal written against it must match. */
export interface StoredBase {
  /** The file's digest, which its journal names. */
  readonly digest: string;
  /** The key of its file order and its resolve key: a journal holds only for the same two. */
  readonly orderKey: string;
  readonly resolveKey: string;
  /** Its entries' lines, in its file order. */
  readonly lines: readonly StoredLines[];
}

/** `[path, mtimeMs, entries, hasGitignore ? 1 : 0]` */
type StoredFolder = [string, number, string[], 0 | 1];

/** Bump when the file's layout changes (independently of what the parsers extract). */
const LAYOUT = 9;

/** `[specifier, line, kind, typeOnly ? 1 : 0, names, targets (indexes into the stored files)]` */
type StoredImport = [string, number, ImportKind, 0 | 1, string[], number[]];

/** The facts of a file other than its imports, only those that are not empty. */
type StoredRest = Partial<Omit<ParsedFile, 'path' | 'hash' | 'language' | 'lines' | 'imports'>>;

/** The import kinds by number, for stored edges. */
const KINDS: readonly ImportKind[] = ['import', 'export', 'require', 'dynamic', 'import-equals', 'type-reference'];

/**
 * `[path, hash, language, lines, size, mtimeMs, edges, packages, rest]`; size and mtimeMs are -1
 * without a stamp; `edges` is flat, `[target, line, kind, typeOnly ? 1 : 0]` per edge, so a warm run
 * reads the graph without going through the imports' targets. The file's imports are on a line of
 * their own (see `FILE`).
 */
type StoredFile = [string, string, SourceLanguage, number, number, number, number[], string[], StoredRest];
interface CacheFile {
  readonly version: string;
  readonly resolveKey: string;
  readonly graph?: string;
  /** SHA-1 of the resolve key, the graph digest and everything after the header line: a cache changed in any way since it was written is not used. */
  readonly digest: string;
  readonly files: StoredFile[];
  readonly folders?: StoredFolder[];
}

/**
 * A JSON document laid out one file per line — the header line, then each file's entry on its own
 * line (commas between them), then the closing line with the folder listings — followed by one
 * line per file, in the same order, with the JSON of its `StoredImport[]`. The document parses as
 * a whole (one `JSON.parse`); each file's imports line is kept as it is (a slice of the file's text,
 * not a copy) and decoded only when a run asks for its imports or their targets (a warm run asks
 * for few). Saving reuses the stored lines of every unchanged entry, so a run that re-parsed one
 * file serialises one entry. The header holds a digest of the rest: a cache edited or damaged in any
 * way is not used (the imports are decoded only when read, after loading).
 *
 * A run that changed few entries, with the same files and resolve key, writes only those entries
 * and the folder listings to the journal beside it (`JOURNAL`), which names the cache file's
 * digest and holds its own: a journal for another cache file, or damaged, is ignored (its entries'
 * files are then compared to the older entries of the cache file, and read again). Once the
 * journal would hold more than `journalLimit` entries, the cache file is written whole and the
 * journal removed.
 */
const FILE = CACHE_FILE;
const JOURNAL = `${CACHE_FILE}.journal`;

/** The most entries a journal holds: beyond that, writing the cache file whole costs little more. */
const journalLimit = (files: number): number => Math.max(32, files >> 5);

interface JournalHeader {
  readonly version: string;
  /** The digest of the cache file the journal's entries replace entries of. */
  readonly base: string;
  /** The graph's digest with the journal's entries (see `StoredCache.graph`). */
  readonly graph?: string;
  /** SHA-1 of the base's digest, the graph digest and everything after the header line. */
  readonly digest: string;
}
const VERSION = `${PARSER_VERSION}.${LAYOUT}`;

export function emptyCache(): StoredCache {
  return { entries: new Map(), resolveKey: '', order: [], folders: new Map() };
}

/** Shared by every cached file that has none of a kind of fact (most have none): never written to. */
const NONE: readonly never[] = Object.freeze([]);

/**
 * A stored file's resolution: its edges as stored, and its imports and their targets decoded from
 * their JSON text only when first read (a warm run reads few).
 */
class StoredResolution implements Resolution {
  private decoded: readonly StoredImport[] | undefined = undefined;
  private importList: RawImport[] | undefined = undefined;
  private targetList: ImportTargets | undefined = undefined;

  constructor(
    private readonly text: string,
    private readonly order: readonly string[],
    readonly edges: readonly Edge[],
    readonly packages: readonly string[],
  ) {}

  /** The stored imports: the text is what `storedOf` wrote (the cache's digest vouches for it). */
  private get stored(): readonly StoredImport[] {
    return (this.decoded ??= JSON.parse(this.text) as StoredImport[]);
  }

  get imports(): RawImport[] {
    if (this.importList) return this.importList;
    const stored = this.stored;
    const imports: RawImport[] = new Array(stored.length);
    for (let i = 0; i < stored.length; i++) {
      const s = stored[i]!;
      imports[i] = { specifier: s[0], line: s[1], kind: s[2], typeOnly: s[3] === 1, names: s[4] };
    }
    return (this.importList = imports);
  }

  get targets(): ImportTargets {
    return (this.targetList ??= this.stored.map((i) => i[5].map((n) => this.order[n]!)));
  }
}

/**
 * A cached file's parsed facts: the same own keys in the same order as a freshly parsed file's
 * (parse-sources.ts `parsedFile`), `imports` among them as a getter that decodes them on first read.
 */
class CachedFile implements ParsedFile {
  declare readonly path: string;
  declare readonly hash: string;
  declare readonly language: SourceLanguage;
  declare readonly lines: number;
  declare readonly secrets: ParsedFile['secrets'];
  declare readonly suppressions: ParsedFile['suppressions'];
  declare readonly badSuppressions: ParsedFile['badSuppressions'];
  declare readonly imports: readonly RawImport[];
  declare readonly routes: ParsedFile['routes'];
  declare readonly routePrefix: string;
  declare readonly mounts: ParsedFile['mounts'];
  declare readonly queries: ParsedFile['queries'];
  declare readonly syntaxError?: ParsedFile['syntaxError'];
  declare readonly tenantTables: ParsedFile['tenantTables'];
  declare readonly blockingCalls: ParsedFile['blockingCalls'];
  readonly #resolution: StoredResolution;

  /** One descriptor for every cached file's `imports`: no closure per file. */
  static readonly #IMPORTS: PropertyDescriptor = {
    enumerable: true,
    get(this: CachedFile): readonly RawImport[] {
      return this.#resolution.imports;
    },
  };

  constructor(stored: StoredFile, rest: StoredRest, resolution: StoredResolution) {
    const self = this as { -readonly [K in keyof ParsedFile]: ParsedFile[K] };
    this.#resolution = resolution;
    self.path = stored[0];
    self.hash = stored[1];
    self.language = stored[2];
    self.lines = stored[3];
    self.secrets = rest.secrets ?? NONE;
    self.suppressions = rest.suppressions ?? NONE;
    self.badSuppressions = rest.badSuppressions ?? NONE;
    Object.defineProperty(this, 'imports', CachedFile.#IMPORTS);
    self.routes = rest.routes ?? NONE;
    self.routePrefix = rest.routePrefix ?? '';
    self.mounts = rest.mounts ?? NONE;
    self.queries = rest.queries ?? NONE;
    if (rest.syntaxError) self.syntaxError = rest.syntaxError;
    self.tenantTables = rest.tenantTables ?? NONE;
    self.blockingCalls = rest.blockingCalls ?? NONE;
  }
}

// Indexing, not destructuring: run once per process, this code is mostly interpreted, and
// destructuring an array there goes through an iterator object per element.
function entryFrom(stored: StoredFile, importsText: string, order: readonly string[]): CacheEntry {
  const path = stored[0];
  const size = stored[4];
  const flat = stored[6];
  const rest = stored[8];
  if (!Array.isArray(flat) || typeof rest !== 'object' || importsText[0] !== '[') throw new Error('malformed entry');
  const edges: Edge[] = new Array(flat.length / 4);
  for (let i = 0, k = 0; i < flat.length; i += 4, k++) edges[k] = { from: path, to: order[flat[i]!]!, line: flat[i + 1]!, kind: KINDS[flat[i + 2]!]!, typeOnly: flat[i + 3] === 1 };
  const resolution = new StoredResolution(importsText, order, edges, stored[7]);
  const parsed = new CachedFile(stored, rest, resolution);
  return size >= 0 ? { parsed, resolution, stamp: new FileStamp(size, stored[5]) } : { parsed, resolution };
}

function storedLinesOf(entry: CacheEntry, indexOf: ReadonlyMap<string, number>): StoredLines {
  const { parsed: file, stamp, resolution } = entry;
  const rest: Record<string, unknown> = {};
  for (const key of ['secrets', 'suppressions', 'badSuppressions', 'routes', 'mounts', 'queries', 'tenantTables', 'blockingCalls'] as const) {
    if (file[key].length) rest[key] = file[key];
  }
  if (file.routePrefix) rest.routePrefix = file.routePrefix;
  if (file.syntaxError) rest.syntaxError = file.syntaxError;
  const indexesOf = (paths: readonly string[]): number[] => paths.map((t) => indexOf.get(t)).filter((x): x is number => x !== undefined);
  const targets = resolution?.targets;
  const imports = JSON.stringify(file.imports.map((i, n): StoredImport => [i.specifier, i.line, i.kind, i.typeOnly ? 1 : 0, [...i.names], indexesOf(targets?.[n] ?? [])]));
  const flat: number[] = [];
  for (const e of resolution?.edges ?? []) {
    const to = indexOf.get(e.to);
    if (to !== undefined) flat.push(to, e.line, KINDS.indexOf(e.kind), e.typeOnly ? 1 : 0);
  }
  const stored: StoredFile = [file.path, file.hash, file.language, file.lines, stamp?.size ?? -1, stamp?.mtimeMs ?? -1, flat, [...(resolution?.packages ?? [])], rest];
  return { entry: JSON.stringify(stored), imports };
}

/**
 * The digest a cache file or journal holds: of its body (the text after the header line, or its
 * UTF-8 bytes as read) and of the header's keys that the body depends on.
 */
const bodyDigest = (key: string, graph: string | undefined, body: string | Uint8Array): string => createHash('sha1').update(`${key}\0${graph ?? ''}\0`).update(body).digest('hex');

/** Reads the incremental cache and its journal; a missing, stale or corrupt cache is simply empty. */
export function loadCache(dir: string): StoredCache {
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(dir, FILE));
  } catch {
    return emptyCache();
  }
  try {
    const text = textOf(bytes);
    // The document ends with the line that closes the file list; the imports lines follow it.
    const close = text.indexOf('\n],"folders":');
    if (close < 0) throw new Error('damaged');
    const end = text.indexOf('\n', close + 1);
    const data = JSON.parse(end < 0 ? text : text.slice(0, end)) as CacheFile;
    if (data.version !== VERSION || !Array.isArray(data.files)) throw new Error('stale');
    // The entries' imports are decoded only when read: the digest vouches for them now.
    // Digested as read: its bytes need no encoding again.
    if (data.digest !== bodyDigest(data.resolveKey, data.graph, bytes.subarray(bytes.indexOf(10) + 1))) throw new Error('damaged');
    const n = data.files.length;
    const order = data.files.map((f) => f[0]);
    const entries = new Map<string, CacheEntry>();
    // Line 0 is the header, line 1 + i the i-th file's entry (with its separating comma), line
    // n + 1 closes the document, line n + 2 + i holds the i-th file's imports.
    const lines = text.split('\n');
    if (n > 0 && lines.length !== 2 * n + 2) throw new Error('damaged');
    const storedOrder = orderKey(order);
    const baseLines: StoredLines[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const imports = lines[n + 2 + i]!;
      const entry = entryFrom(data.files[i]!, imports, order);
      const line = lines[i + 1]!;
      entry.line = baseLines[i] = { entry: line.endsWith(',') ? line.slice(0, -1) : line, imports };
      entry.lineOrder = storedOrder;
      entries.set(order[i]!, entry);
    }
    let storedFolders = data.folders ?? [];
    let graph = data.graph;
    const journal = loadJournal(dir, data.digest, order, entries);
    if (journal) {
      for (const entry of journal.entries) {
        entry.lineOrder = storedOrder;
        entries.set(entry.parsed.path, entry);
      }
      storedFolders = journal.folders;
      graph = journal.graph;
    }
    const folders = new Map<string, FolderListing>();
    for (const [path, mtimeMs, names, gitignore] of storedFolders) folders.set(path, { mtimeMs, entries: names, gitignore: gitignore === 1 });
    const base: StoredBase = { digest: data.digest, orderKey: storedOrder, resolveKey: data.resolveKey, lines: baseLines };
    return { entries, resolveKey: data.resolveKey, order, folders, base, ...(typeof graph === 'string' ? { graph } : {}) };
  } catch {
    return emptyCache();
  }
}

/**
 * The journal's entries (each with its stored lines) and folder listings, when the journal is
 * intact and was written against the cache file whose digest is `base`; else undefined. After its
 * header, the journal holds each entry's two lines (its facts, then its imports) and last the
 * folder listings.
 */
function loadJournal(dir: string, base: string, order: readonly string[], entries: ReadonlyMap<string, CacheEntry>): { entries: CacheEntry[]; folders: StoredFolder[]; graph: string | undefined } | undefined {
  let text: string;
  try {
    text = readCacheText(join(dir, JOURNAL));
  } catch {
    return undefined;
  }
  try {
    const cut = text.indexOf('\n');
    const header = JSON.parse(text.slice(0, cut)) as JournalHeader;
    if (header.version !== VERSION || header.base !== base || header.digest !== bodyDigest(base, header.graph, text.slice(cut + 1))) return undefined;
    const lines = text.slice(cut + 1).split('\n');
    const folders = JSON.parse(lines.pop()!) as StoredFolder[];
    if (lines.length % 2 !== 0 || !Array.isArray(folders)) return undefined;
    const journaled: CacheEntry[] = [];
    for (let i = 0; i < lines.length; i += 2) {
      const line = { entry: lines[i]!, imports: lines[i + 1]! };
      const stored = JSON.parse(line.entry) as StoredFile;
      if (!entries.has(stored[0])) throw new Error('not in the cache file');
      const entry = entryFrom(stored, line.imports, order);
      entry.line = line;
      journaled.push(entry);
    }
    return { entries: journaled, folders, graph: header.graph };
  } catch {
    return undefined;
  }
}

/**
 * Writes the entries of the files in `order` atomically (temp file, then rename): to the journal
 * when the cache file as loaded (`cache.base`) has the same files and resolve key and few entries
 * changed, else the cache file whole. Every entry needs its targets. Stored lines written for the
 * same order are reused. Returns an error message on failure.
 */
export function saveCache(dir: string, cache: Omit<StoredCache, 'order'>, order: CacheOrder): string | undefined {
  const linesOf = (path: string): StoredLines => {
    const entry = cache.entries.get(path)!;
    if (entry.line !== undefined && entry.lineOrder === order.key) return entry.line;
    return storedLinesOf(entry, order.indexOf);
  };
  const folders = JSON.stringify([...cache.folders].map(([path, f]): StoredFolder => [path, f.mtimeMs, [...f.entries], f.gitignore ? 1 : 0]));
  try {
    const journal = journalOf(cache, order, linesOf);
    if (journal) {
      const body = `${journal.map((l) => `${l.entry}\n${l.imports}\n`).join('')}${folders}`;
      const base = cache.base!.digest;
      const header: JournalHeader = { version: VERSION, base, ...(cache.graph ? { graph: cache.graph } : {}), digest: bodyDigest(base, cache.graph, body) };
      writeCacheFile(join(dir, JOURNAL), `${JSON.stringify(header)}\n${body}`);
    } else {
      const stored = order.paths.map(linesOf);
      const body = `${stored.map((l) => l.entry).join(',\n')}\n],"folders":${folders}}${stored.map((l) => `\n${l.imports}`).join('')}`;
      const header = JSON.stringify({ version: VERSION, resolveKey: cache.resolveKey, ...(cache.graph ? { graph: cache.graph } : {}), digest: bodyDigest(cache.resolveKey, cache.graph, body), files: [] }).slice(0, -']}'.length);
      writeCacheFile(join(dir, FILE), `${header}\n${body}`);
      // The journal named the cache file just replaced: it would be ignored, so it goes.
      rmSync(join(dir, JOURNAL), { force: true });
    }
    const ignore = join(dir, '.gitignore');
    if (!existsSync(ignore)) writeFileSync(ignore, '*\n');
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** The stored lines that differ from the cache file's, when a journal can hold them; else undefined. */
function journalOf(cache: Omit<StoredCache, 'order'>, order: CacheOrder, linesOf: (path: string) => StoredLines): StoredLines[] | undefined {
  const base = cache.base;
  if (!base || base.orderKey !== order.key || base.resolveKey !== cache.resolveKey) return undefined;
  const limit = journalLimit(order.paths.length);
  const changed: StoredLines[] = [];
  for (let i = 0; i < order.paths.length; i++) {
    const line = linesOf(order.paths[i]!);
    const before = base.lines[i]!;
    if (line === before || (line.entry === before.entry && line.imports === before.imports)) continue;
    if (changed.length === limit) return undefined;
    changed.push(line);
  }
  return changed;
}
