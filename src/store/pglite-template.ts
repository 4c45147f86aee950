import { readFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { PGlite } from '@electric-sql/pglite';

// A new PGlite data folder costs an initdb: a second PostgreSQL instance in WebAssembly bootstraps
// the catalogs and writes about a thousand files — seconds of CPU, most of a first `archway serve`.
// The folder initdb produces (before anything ran in it) is kept as a tarball, in memory for the
// rest of the process and in the user's cache folder for later runs, and every later new folder
// starts from it. The cache file is the one Archway's verifier keeps (same name, same gzip'd tar),
// so either fills it for the other. A cache that cannot be read or written is ignored; a tarball
// that does not start is dropped and initdb runs as before.

let version: string | undefined;
function pgliteVersion(): string {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  version ??= (JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as { version: string }).version;
  return version;
}

let inProcess: Uint8Array | undefined;

/** ARCHWAY_CACHE_DIR, else $XDG_CACHE_HOME/archway, else ~/.cache/archway. */
function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env['ARCHWAY_CACHE_DIR'] ?? join(env['XDG_CACHE_HOME'] ?? join(homedir(), '.cache'), 'archway');
}

const cacheFile = () => join(cacheDir(), `pglite-${pgliteVersion()}-initdb.tar.gz`);

function template(): Uint8Array | undefined {
  if (inProcess) return inProcess;
  try {
    const bytes = readFileSync(cacheFile());
    if (bytes.length > 0) inProcess = new Uint8Array(bytes);
  } catch {
    // nothing kept yet, or the cache folder is unreadable
  }
  return inProcess;
}

async function keep(tar: Uint8Array): Promise<void> {
  inProcess = new Uint8Array(gzipSync(tar, { level: 1 }));
  const file = cacheFile();
  const temp = `${file}.${process.pid}.tmp`;
  try {
    await mkdir(cacheDir(), { recursive: true, mode: 0o700 });
    await writeFile(temp, inProcess, { mode: 0o600 });
    await rename(temp, file);
  } catch {
    await rm(temp, { force: true }).catch(() => undefined);
  }
}

async function drop(): Promise<void> {
  inProcess = undefined;
  await rm(cacheFile(), { force: true }).catch(() => undefined);
}

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
  const kept = template();
  if (kept) {
    try {
      return await PGlite.create({ dataDir, loadDataDir: new Blob([gunzipSync(kept)], { type: 'application/x-tar' }) });
    } catch {
      await drop();
      // The folder was new: remove what a failed load left, so initdb finds it empty.
      if (!dataDir.startsWith('memory://')) await rm(dataDir, { recursive: true, force: true }).then(() => mkdir(dataDir, { recursive: true }));
    }
  }
  const pg = await PGlite.create(dataDir);
  await keep(new Uint8Array(await (await pg.dumpDataDir('none')).arrayBuffer()));
  return pg;
}
