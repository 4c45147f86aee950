import { isAscii } from 'node:buffer';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { threadId } from 'node:worker_threads';

/** The incremental cache's file name in its folder. */
export const CACHE_FILE = 'review-cache.json';

/** Where a repository's cache folder is unless `--cache-dir` says otherwise, relative to the repository. */
export const DEFAULT_CACHE_DIR = '.archway-cache';

/**
 * Writes a cache file whole or not at all: a temporary file (named per process and thread), then
 * one rename over the old one; makes its folder first. `private` keeps the folder and the file to
 * their owner. Throws when it cannot write.
 */
export function writeCacheFile(file: string, content: string | Uint8Array, options: { readonly private?: boolean } = {}): void {
  mkdirSync(dirname(file), { recursive: true, ...(options.private ? { mode: 0o700 } : {}) });
  const tmp = `${file}.${process.pid}.${threadId}.tmp`;
  writeFileSync(tmp, content, options.private ? { mode: 0o600 } : {});
  renameSync(tmp, file);
}

/** The text of a file's bytes: all-ASCII bytes (nearly every file the caches read) are the text, with no UTF-8 decoding. */
export const textOf = (bytes: Buffer): string => (isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8'));

/** A cache file's text (see `textOf`). Throws when it cannot read. */
export const readCacheText = (file: string): string => textOf(readFileSync(file));
