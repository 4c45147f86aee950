import { mkdir, readdir, rm } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import type { PGlite } from '@electric-sql/pglite';
import { dropDataDir, freshDataDir, keepDataDir } from '../shared/pglite-initdb-cache.js';

// A new PGlite data folder costs an initdb: a second PostgreSQL instance in WebAssembly bootstraps
// the catalogs and writes about a thousand files — seconds of CPU, most of a first `archway serve`.
// The folder initdb produces (before anything ran in it) is kept as a tarball, in memory for the
// rest of the process and in the user's cache folder for later runs, and every later new folder
// starts from it (src/shared/pglite-initdb-cache.ts, the cache Archway's verifier uses too). A
// cache that cannot be read or written is ignored; a tarball that does not start is dropped and
// initdb runs as before.

/** A folder PGlite would initialise: `memory://`, or a folder that does not exist or is empty. */
async function isNew(dataDir: string): Promise<boolean> {
  if (dataDir.startsWith('memory://')) return true;
  return readdir(dataDir).then(
    (names) => names.length === 0,
    (err: NodeJS.ErrnoException) => err.code === 'ENOENT',
  );
}

/**
 * Opens PGlite on `dataDir`. A new folder starts from the kept initdb tarball when there is one;
 * otherwise initdb runs and its result is kept for next time. An existing folder opens as it is.
 */
export async function createPglite(dataDir: string): Promise<PGlite> {
  const { PGlite } = await import('@electric-sql/pglite');
  if (!(await isNew(dataDir))) return PGlite.create(dataDir);
  const kept = freshDataDir();
  if (kept) {
    try {
      return await PGlite.create({ dataDir, loadDataDir: new Blob([gunzipSync(kept)], { type: 'application/x-tar' }) });
    } catch {
      await dropDataDir();
      // The folder was new: remove what a failed load left, so initdb finds it empty.
      if (!dataDir.startsWith('memory://')) await rm(dataDir, { recursive: true, force: true }).then(() => mkdir(dataDir, { recursive: true }));
    }
  }
  const pg = await PGlite.create(dataDir);
  await keepDataDir(new Uint8Array(await (await pg.dumpDataDir('none')).arrayBuffer()));
  return pg;
}
