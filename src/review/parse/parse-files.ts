import { hash } from 'node:crypto';
import { readFileSync, statSync, type Stats } from 'node:fs';
import type { ArchwayIssue } from '../../errors/issue.js';
import { reviewCodes } from '../review-codes.js';
import type { ParsedFile, ScannedFile } from '../review-types.js';
import { parsingThreadsFor, startParsePool, type ParsePool } from './parse-pool.js';
import { CHUNK, parsedFile, textFactsOf, type ParseJob, type TextFacts } from './parse-sources.js';
import type { CacheEntry } from './cache-store.js';

/** Bump when what a parser extracts changes, so old cache entries are ignored. */
export const PARSER_VERSION = 4;

/**
 * A file's size and modification time when its cached entry was last confirmed by its content hash.
 * A class, so that every stamp has one shape whatever number representation its first values had:
 * a stamp made from `fs.Stats` (whose size is a double) would otherwise change the shape that
 * stamps loaded from the cache (whose sizes are small integers) were made with, and V8 would then
 * migrate each loaded stamp when first read (about 2 µs each, 3,000 per warm run).
 */
export class FileStamp {
  constructor(
    readonly size: number,
    readonly mtimeMs: number,
  ) {}
}

export interface ParseProgress {
  (done: number, total: number): void;
}

/** What the reading pass found, before any file is parsed. */
export interface ReadPass {
  /** The source files that could be read: the paths the parsed files will have. */
  readonly sourcePaths: ReadonlySet<string>;
  /** The files whose cached entry stands (not parsed again). */
  readonly cached: readonly ParsedFile[];
  /** The paths of the files to parse. */
  readonly reparsed: ReadonlySet<string>;
  /** The entries those files had, as they were: their resolutions seed the new ones'. */
  readonly replaced: readonly CacheEntry[];
}

export interface ParseOptions {
  readonly onProgress?: ParseProgress;
  /** Parsing threads (see AnalyzeOptions.parseThreads). */
  readonly threads?: number;
  /** A pool started earlier, so its threads load their parser while the files are listed. */
  readonly pool?: ParsePool;
  /** Called once the files are read, before the first parsed file is handed out. */
  readonly onRead?: (read: ReadPass) => void | Promise<void>;
  /** Called with each chunk of parsed files as it comes (one call at a time), while the rest are parsed. */
  readonly onParsed?: (files: readonly ParsedFile[]) => void | Promise<void>;
}

export interface ParseOutcome {
  readonly parsed: ParsedFile[];
  /** The entries this run replaced (files parsed again), as they were: their resolutions seed the new ones'. */
  readonly replaced: readonly CacheEntry[];
  readonly reparsed: number;
  readonly cached: number;
  readonly issues: ArchwayIssue[];
  /** True when a stamp was added, changed or dropped: the cache is worth saving. */
  readonly stampsChanged: boolean;
}

/**
 * A file modified this close to the run (or in the future) may change again within the file
 * system's timestamp resolution without its stamp changing: such a file is always hashed.
 */
const RACY_MS = 2000;

export function contentHash(text: string): string {
  return hash('sha1', text);
}

/** The file's size and modification time, or undefined when it cannot be read. */
function statOf(file: string): Stats | undefined {
  try {
    return statSync(file, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

const sameStamp = (a: FileStamp | undefined, b: { readonly size: number; readonly mtimeMs: number }): boolean => a !== undefined && a.size === b.size && a.mtimeMs === b.mtimeMs;

/** A file read and waiting for its facts: what its text told, for its parsed file. */
interface Waiting {
  readonly path: string;
  readonly hash: string;
  readonly language: ScannedFile['language'] & string;
  readonly text: TextFacts;
}

/**
 * Parses every source file, reusing cached results for unchanged files: a file whose size and
 * modification time match its stamp is not even read, any other file is read and hashed, and only
 * a file whose content hash changed is parsed again. A file that cannot be read is reported and
 * skipped; a file with syntax errors is reported and its readable parts are kept.
 *
 * With enough files to parse (or `threads`), a thread parses them in chunks as they are read, and
 * this thread meanwhile reads the rest, takes each file's lines, secrets and suppressions and hands
 * each parsed chunk to `onParsed`.
 */
export async function parseFiles(root: string, files: readonly ScannedFile[], cache: Map<string, CacheEntry>, options: ParseOptions = {}): Promise<ParseOutcome> {
  const { onProgress, threads } = options;
  const startedAt = Date.now();
  const base = root.endsWith('/') ? root : `${root}/`;
  const sources = files.filter((f) => f.language !== undefined);
  // Without a cache every file will be parsed: the threads start before the files are read.
  let pool = options.pool ?? (cache.size === 0 ? startParsePool(sources.length ? threads ?? parsingThreadsFor(sources.length) : 0) : undefined);
  try {
    const slots: (ParsedFile | ArchwayIssue | undefined)[] = new Array(sources.length);
    const waiting = new Map<number, Waiting>();
    let batch: ParseJob[] = [];
    /** Jobs read before there is a pool (a cached run decides on threads once it knows how many files changed). */
    const held: ParseJob[] = [];
    const queue = (job: ParseJob): void => {
      if (!pool) {
        held.push(job);
        return;
      }
      batch.push(job);
      if (batch.length < CHUNK) return;
      pool.submit(batch);
      batch = [];
    };
    const cached: ParsedFile[] = [];
    const replaced: CacheEntry[] = [];
    let stampsChanged = false;
    /** The trusted stamps of the files to parse, for their new entries. */
    const stamps = new Map<string, FileStamp | undefined>();
    const restamp = (entry: CacheEntry, stamp: FileStamp | undefined): void => {
      if (stamp === undefined ? entry.stamp === undefined : sameStamp(entry.stamp, stamp)) return;
      entry.stamp = stamp;
      entry.line = undefined;
      stampsChanged = true;
    };
    const keep = (index: number, file: ParsedFile): void => {
      slots[index] = file;
      cached.push(file);
    };
    for (let index = 0; index < sources.length; index++) {
      const file = sources[index]!;
      const full = base + file.path;
      const st = statOf(full);
      const prior = cache.get(file.path);
      // The stats are compared as they are: a stamp is made only for a file whose stamp changed.
      if (prior && st && sameStamp(prior.stamp, st)) {
        keep(index, prior.parsed);
        continue;
      }
      const stamp = st ? new FileStamp(st.size, st.mtimeMs) : undefined;
      let text: string;
      try {
        text = readFileSync(full, 'utf8');
      } catch (error) {
        slots[index] = reviewCodes.issue('REVIEW_FILE_UNREADABLE', `cannot read file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { file: file.path });
        if (prior) restamp(prior, undefined);
        continue;
      }
      const hash = contentHash(text);
      // A file modified this recently may change again without its stamp changing: it keeps none.
      const trusted = stamp && stamp.mtimeMs < startedAt - RACY_MS ? stamp : undefined;
      if (prior && prior.parsed.hash === hash) {
        restamp(prior, trusted);
        keep(index, prior.parsed);
        continue;
      }
      if (prior) replaced.push(prior);
      waiting.set(index, { path: file.path, hash, language: file.language!, text: textFactsOf(text) });
      stamps.set(file.path, trusted);
      queue({ index, path: file.path, language: file.language!, text });
    }
    const reparsed = waiting.size;
    pool ??= startParsePool(held.length ? threads ?? parsingThreadsFor(held.length) : 0);
    pool.submit(held);
    pool.submit(batch);
    pool.end();
    const sourcePaths = new Set<string>();
    for (const slot of slots) if (slot && !('code' in slot)) sourcePaths.add(slot.path);
    for (const w of waiting.values()) sourcePaths.add(w.path);
    await options.onRead?.({ sourcePaths, cached, reparsed: new Set(stamps.keys()), replaced });
    const done = sources.length - reparsed;
    if (onProgress && reparsed) onProgress(done, sources.length);
    let parsedSoFar = 0;
    for await (const results of pool.results()) {
      const chunk: ParsedFile[] = [];
      for (const { index, facts } of results) {
        const w = waiting.get(index)!;
        const parsed = parsedFile(w, w.text, facts);
        const stamp = stamps.get(parsed.path);
        cache.set(parsed.path, stamp ? { parsed, stamp } : { parsed });
        slots[index] = parsed;
        chunk.push(parsed);
      }
      parsedSoFar += chunk.length;
      if (onProgress) onProgress(done + parsedSoFar, sources.length);
      await options.onParsed?.(chunk);
    }
    onProgress?.(sources.length, sources.length);
    const parsed: ParsedFile[] = [];
    const issues: ArchwayIssue[] = [];
    for (const slot of slots) {
      if (!slot) continue;
      if ('code' in slot) {
        issues.push(slot);
        continue;
      }
      parsed.push(slot);
      if (slot.syntaxError) issues.push(reviewCodes.issue('REVIEW_PARSE_FAILED', slot.syntaxError.message, { file: slot.path, line: slot.syntaxError.line }));
    }
    return { parsed, replaced, reparsed, cached: cached.length, issues, stampsChanged };
  } catch (error) {
    pool?.close();
    throw error;
  }
}
