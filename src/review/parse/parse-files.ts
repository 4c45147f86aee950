import { hash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { ArchwayIssue } from '../../errors/issue.js';
import { reviewCodes } from '../review-codes.js';
import type { ParsedFile, ScannedFile } from '../review-types.js';
import { extraThreadsFor, startParsePool } from './parse-pool.js';
import type { ParseJob } from './parse-sources.js';
import type { CacheEntry } from './cache-store.js';

/** Bump when what a parser extracts changes, so old cache entries are ignored. */
export const PARSER_VERSION = 3;

/** A file's size and modification time when its cached entry was last confirmed by its content hash. */
export interface FileStamp {
  readonly size: number;
  readonly mtimeMs: number;
}

export interface ParseProgress {
  (done: number, total: number): void;
}

export interface ParseOptions {
  readonly onProgress?: ParseProgress;
  /** Parsing threads besides this one (see AnalyzeOptions.parseThreads). */
  readonly threads?: number;
}

export interface ParseOutcome {
  readonly parsed: ParsedFile[];
  /** The entries this run replaced (files parsed again), as they were: their resolutions seed the new ones'. */
  readonly replaced: CacheEntry[];
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

function stampOf(file: string): FileStamp | undefined {
  try {
    const st = statSync(file, { throwIfNoEntry: false });
    return st ? { size: st.size, mtimeMs: st.mtimeMs } : undefined;
  } catch {
    return undefined;
  }
}

const sameStamp = (a: FileStamp | undefined, b: FileStamp): boolean => a !== undefined && a.size === b.size && a.mtimeMs === b.mtimeMs;

/**
 * Parses every source file, reusing cached results for unchanged files: a file whose size and
 * modification time match its stamp is not even read, any other file is read and hashed, and only
 * a file whose content hash changed is parsed again. A file that cannot be read is reported and
 * skipped; a file with syntax errors is reported and its readable parts are kept.
 */
export async function parseFiles(root: string, files: readonly ScannedFile[], cache: Map<string, CacheEntry>, options: ParseOptions = {}): Promise<ParseOutcome> {
  const { onProgress, threads } = options;
  const startedAt = Date.now();
  const base = root.endsWith('/') ? root : `${root}/`;
  const sources = files.filter((f) => f.language !== undefined);
  // Without a cache every file will be parsed: the threads start now and load the parser while
  // this thread reads the files.
  const cold = cache.size === 0 ? threads ?? extraThreadsFor(sources.length) : 0;
  const early = cold > 0 ? startParsePool(cold, true) : undefined;
  const slots: (ParsedFile | ArchwayIssue | undefined)[] = new Array(sources.length);
  const jobs: ParseJob[] = [];
  let cached = 0;
  let stampsChanged = false;
  /** The trusted stamps of the files to parse, for their new entries. */
  const stamps = new Map<string, FileStamp | undefined>();
  const restamp = (entry: CacheEntry, stamp: FileStamp | undefined): void => {
    if (stamp === undefined ? entry.stamp === undefined : sameStamp(entry.stamp, stamp)) return;
    entry.stamp = stamp;
    entry.line = undefined;
    stampsChanged = true;
  };
  for (let index = 0; index < sources.length; index++) {
    const file = sources[index]!;
    const full = base + file.path;
    const stamp = stampOf(full);
    const prior = cache.get(file.path);
    if (prior && stamp && sameStamp(prior.stamp, stamp)) {
      slots[index] = prior.parsed;
      cached += 1;
      continue;
    }
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
      slots[index] = prior.parsed;
      cached += 1;
    } else {
      jobs.push({ index, path: file.path, language: file.language!, text, hash });
      stamps.set(file.path, trusted);
    }
  }
  const done = sources.length - jobs.length;
  if (onProgress && jobs.length) onProgress(done, sources.length);
  const progress = onProgress && ((n: number): void => onProgress(done + n, sources.length));
  const pool = early ?? startParsePool(jobs.length ? threads ?? extraThreadsFor(jobs.length) : 0);
  const { results } = await pool.run(jobs, progress);
  const replaced: CacheEntry[] = [];
  for (const { index, parsed } of results) {
    const prior = cache.get(parsed.path);
    if (prior) replaced.push(prior);
    const stamp = stamps.get(parsed.path);
    cache.set(parsed.path, stamp ? { parsed, stamp } : { parsed });
    slots[index] = parsed;
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
  return { parsed, replaced, reparsed: jobs.length, cached, issues, stampsChanged };
}
