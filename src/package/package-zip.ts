import { zipSync, type Zippable } from 'fflate';
import type { RenderedFile } from '../model/rendered-file.js';

/**
 * DOS timestamps are local time: build the date from local components so every time zone writes
 * the same bytes (1980-01-01 00:00, the earliest ZIP date).
 */
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);

/** A deterministic ZIP of the files under `root/`: sorted entries, fixed timestamps, fixed compression. */
export function packageZip(files: readonly RenderedFile[], root: string): Uint8Array {
  const data: Zippable = {};
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const f of sorted) {
    const bytes = typeof f.content === 'string' ? new TextEncoder().encode(f.content) : f.content;
    data[root ? `${root}/${f.path}` : f.path] = [bytes, { mtime: FIXED_MTIME, level: 6 }];
  }
  return zipSync(data, { mtime: FIXED_MTIME });
}
