import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The incremental cache's file name in its folder. */
export const CACHE_FILE = 'review-cache.json';

/**
 * A source file that a recent run parsed again because it had changed, with the size and
 * modification time it had then: a file being edited is likely to change again before the next run.
 */
export type RecentFile = readonly [path: string, size: number, mtimeMs: number];

/** At most this many recently re-parsed files are remembered. */
export const RECENT_FILES = 8;

/** The cache's first line: a JSON object left open at its `files` array (see cache-store.ts). */
const HEADER_BYTES = 16 * 1024;

/** The recently re-parsed files named by the cache's header line, read without reading the cache. */
export function recentFiles(dir: string): readonly RecentFile[] {
  let fd: number | undefined;
  try {
    fd = openSync(join(dir, CACHE_FILE), 'r');
    const buffer = Buffer.alloc(HEADER_BYTES);
    const text = buffer.toString('utf8', 0, readSync(fd, buffer, 0, HEADER_BYTES, 0));
    const end = text.indexOf('\n');
    if (end < 0) return [];
    const recent = (JSON.parse(`${text.slice(0, end)}]}`) as { recent?: unknown }).recent;
    return Array.isArray(recent) ? (recent as RecentFile[]) : [];
  } catch {
    return [];
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Whether a file that recent runs re-parsed has changed since: this run will likely parse it again. */
export function recentFileChanged(dir: string, root: string): boolean {
  return recentFiles(dir).some(([path, size, mtimeMs]) => {
    try {
      const st = statSync(join(root, path), { throwIfNoEntry: false });
      return st !== undefined && (st.size !== size || st.mtimeMs !== mtimeMs);
    } catch {
      return false;
    }
  });
}
