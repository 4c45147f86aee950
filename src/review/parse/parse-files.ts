import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ArchwayIssue } from '../../errors/issue.js';
import { reviewCodes } from '../review-codes.js';
import type { ParsedFile, ScannedFile } from '../review-types.js';
import { extraThreadsFor, startParsePool } from './parse-pool.js';
import type { ParseJob } from './parse-sources.js';

/** Bump when what a parser extracts changes, so old cache entries are ignored. */
export const PARSER_VERSION = 3;

export type ParseCache = Map<string, ParsedFile>;

/** A file's size and modification time when its cached entry was last confirmed by its content hash. */
export interface FileStamp {
  readonly size: number;
  readonly mtimeMs: number;
}

export type StampCache = Map<string, FileStamp>;

export interface ParseProgress {
  (done: number, total: number): void;
}

export interface ParseOutcome {
  readonly parsed: ParsedFile[];
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
  return createHash('sha1').update(text).digest('hex');
}

const sameStamp = (a: FileStamp | undefined, b: FileStamp): boolean => a !== undefined && a.size === b.size && a.mtimeMs === b.mtimeMs;

/**
 * Parses every source file, reusing cached results for unchanged files: a file whose size and
 * modification time match its stamp is not even read, any other file is read and hashed, and only
 * a file whose content hash changed is parsed again. A file that cannot be read is reported and
 * skipped; a file with syntax errors is reported and its readable parts are kept.
 */
export async function parseFiles(
  root: string,
  files: readonly ScannedFile[],
  cache: ParseCache,
  onProgress?: ParseProgress,
  stamps: StampCache = new Map(),
  threads?: number,
): Promise<ParseOutcome> {
  const startedAt = Date.now();
  const sources = files.filter((f) => f.language !== undefined);
  // Without a cache every file will be parsed: the threads start now and load the compiler while
  // this thread reads the files.
  const cold = cache.size === 0 ? threads ?? extraThreadsFor(sources.length) : 0;
  const early = cold > 0 ? startParsePool(cold, true) : undefined;
  const slots: (ParsedFile | ArchwayIssue | undefined)[] = new Array(sources.length);
  const jobs: ParseJob[] = [];
  let cached = 0;
  let stampsChanged = false;
  for (const [index, file] of sources.entries()) {
    let stamp: FileStamp | undefined;
    try {
      const st = statSync(join(root, file.path));
      stamp = { size: st.size, mtimeMs: st.mtimeMs };
    } catch {
      stamp = undefined;
    }
    const prior = cache.get(file.path);
    if (prior && stamp && sameStamp(stamps.get(file.path), stamp)) {
      slots[index] = prior;
      cached += 1;
      continue;
    }
    let text: string;
    try {
      text = readFileSync(join(root, file.path), 'utf8');
    } catch (error) {
      slots[index] = reviewCodes.issue('REVIEW_FILE_UNREADABLE', `cannot read file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { file: file.path });
      if (stamps.delete(file.path)) stampsChanged = true;
      continue;
    }
    const hash = contentHash(text);
    if (stamp && stamp.mtimeMs < startedAt - RACY_MS) {
      if (!sameStamp(stamps.get(file.path), stamp)) {
        stamps.set(file.path, stamp);
        stampsChanged = true;
      }
    } else if (stamps.delete(file.path)) stampsChanged = true;
    if (prior && prior.hash === hash) {
      slots[index] = prior;
      cached += 1;
    } else {
      jobs.push({ index, path: file.path, language: file.language!, text, hash });
    }
  }
  const done = sources.length - jobs.length;
  if (onProgress && jobs.length) onProgress(done, sources.length);
  const progress = onProgress && ((n: number): void => onProgress(done + n, sources.length));
  const pool = early ?? startParsePool(jobs.length ? threads ?? extraThreadsFor(jobs.length) : 0);
  const { results } = await pool.run(jobs, progress);
  for (const entry of results) {
    cache.set(entry.parsed.path, entry.parsed);
    slots[entry.index] = entry.parsed;
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
  return { parsed, reparsed: jobs.length, cached, issues, stampsChanged };
}
