import { readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

// A fresh PGlite runs initdb (about 2 s, the largest part of starting it). Archway keeps the data
// folder initdb produced — before anything ran in it — as a tarball, and starts every later PGlite
// from it, kept in the user's cache folder (and in memory when that folder is not writable).
// A cache that cannot be read or written is ignored; a tarball that does not start is replaced.

/** Where PGlite's entry file is (it runs in a worker, which loads it by path). */
export const PGLITE_ENTRY = createRequire(import.meta.url).resolve('@electric-sql/pglite');

let version: string | undefined;
function pgliteVersion(): string {
  version ??= (JSON.parse(readFileSync(join(dirname(PGLITE_ENTRY), '..', 'package.json'), 'utf8')) as { version: string }).version;
  return version;
}

/** The tarball last kept, and the file it belongs to. */
let inProcess: { file: string; bytes: Uint8Array } | undefined;

/** The folder for the tarball: ARCHWAY_CACHE_DIR, else $XDG_CACHE_HOME/archway, else ~/.cache/archway. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env['ARCHWAY_CACHE_DIR'] || join(env['XDG_CACHE_HOME'] || join(homedir(), '.cache'), 'archway');
}

const cacheFile = () => join(cacheDir(), `pglite-${pgliteVersion()}-initdb.tar.gz`);

/**
 * The tarball of a freshly initialised data folder, when one was kept; undefined otherwise. Read
 * synchronously (a few MB), so the worker starts before the caller's next long synchronous step.
 * The file is authoritative; the copy in memory only serves when the cache folder is not writable.
 */
export function freshDataDir(): Uint8Array | undefined {
  const file = cacheFile();
  try {
    const bytes = readFileSync(file);
    if (bytes.length > 0) return new Uint8Array(bytes);
  } catch {
    // no tarball kept yet, or the cache folder is unreadable
  }
  return inProcess?.file === file ? inProcess.bytes : undefined;
}

/** Keeps the tarball (uncompressed, as PGlite dumped it) for this process and, compressed, on disk. */
export async function keepDataDir(tar: Uint8Array): Promise<void> {
  const packed = new Uint8Array(await promisify(gzip)(tar, { level: 1 }));
  const file = cacheFile();
  inProcess = { file, bytes: packed };
  const temp = `${file}.${process.pid}.tmp`;
  try {
    await mkdir(cacheDir(), { recursive: true, mode: 0o700 });
    await writeFile(temp, packed, { mode: 0o600 });
    await rename(temp, file);
  } catch {
    await rm(temp, { force: true }).catch(() => undefined);
  }
}

/** Forgets a tarball that PGlite could not start from. */
export async function dropDataDir(): Promise<void> {
  const file = cacheFile();
  if (inProcess?.file === file) inProcess = undefined;
  await rm(file, { force: true }).catch(() => undefined);
}
