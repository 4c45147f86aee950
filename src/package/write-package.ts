import { mkdtemp, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ArchwayError } from '../errors/issue.js';
import type { RenderedFile } from '../model/rendered-file.js';
import { packageCodes } from './package-codes.js';

export interface WritePackageOptions {
  /** Folder to write the package into; created or replaced as a whole. */
  readonly outDir?: string;
  /** ZIP file to write; the archive's entries sit under a folder named after the file. */
  readonly zipPath?: string;
  /** Replace an output folder even when it holds files that are not an Archway package. */
  readonly force?: boolean;
}

export interface WrittenPackage {
  readonly outDir?: string;
  readonly zipPath?: string;
  readonly files: number;
  readonly bytes: number;
}

/**
 * Writes a rendered package atomically: everything goes to a temporary sibling first and is renamed
 * into place at the end, so a failure leaves the previous package (or nothing) behind, never half a one.
 */
export async function writePackage(files: readonly RenderedFile[], options: WritePackageOptions): Promise<WrittenPackage> {
  for (const f of files) assertSafePath(f.path);
  const bytes = files.reduce((n, f) => n + (typeof f.content === 'string' ? Buffer.byteLength(f.content) : f.content.byteLength), 0);
  const outDir = options.outDir ? path.resolve(options.outDir) : undefined;
  const zipPath = options.zipPath ? path.resolve(options.zipPath) : undefined;
  if (outDir) await assertReplaceable(outDir, options.force === true);
  let zipBytes: Uint8Array | undefined;
  if (zipPath) {
    const { packageZip } = await import('./package-zip.js');
    zipBytes = packageZip(files, path.basename(zipPath).replace(/\.zip$/i, ''));
  }
  const staged: Staged[] = [];
  try {
    // One target at a time, so a ZIP may live inside the package folder.
    if (outDir) {
      staged.push(await stageDir(outDir, files));
      await swapInto(staged[staged.length - 1]!);
    }
    if (zipPath && zipBytes) {
      staged.push(await stageFile(zipPath, zipBytes));
      await swapInto(staged[staged.length - 1]!);
    }
  } catch (error) {
    await Promise.all(staged.map((s) => rm(s.tmp, { recursive: true, force: true })));
    if (error instanceof ArchwayError) throw error;
    throw new ArchwayError([
      packageCodes.issue('PACKAGE_WRITE_FAILED', (error as Error).message, { path: outDir ?? zipPath }),
    ]);
  }
  return { ...(outDir ? { outDir } : {}), ...(zipPath ? { zipPath } : {}), files: files.length, bytes };
}

function assertSafePath(p: string): void {
  const normal = path.posix.normalize(p);
  if (p.length === 0 || path.posix.isAbsolute(p) || p.includes('\\') || normal.startsWith('..') || normal !== p) {
    throw new ArchwayError([packageCodes.issue('PACKAGE_UNSAFE_PATH', `unsafe package path '${p}'`, { path: p })]);
  }
}

async function assertReplaceable(dir: string, force: boolean): Promise<void> {
  let entries: string[];
  try {
    const s = await stat(dir);
    if (!s.isDirectory()) {
      throw new ArchwayError([packageCodes.issue('PACKAGE_OUT_NOT_EMPTY', `${dir} exists and is not a folder`, { file: dir })]);
    }
    entries = await readdir(dir);
  } catch (error) {
    if (error instanceof ArchwayError) throw error;
    return;
  }
  if (entries.length === 0 || force) return;
  if (entries.includes('manifest.json')) {
    const manifest = await readFile(path.join(dir, 'manifest.json'), 'utf8').catch(() => '');
    if (/"generator":\s*"archway"/.test(manifest)) return;
  }
  throw new ArchwayError([
    packageCodes.issue('PACKAGE_OUT_NOT_EMPTY', `${dir} holds ${entries.length} file(s) and no Archway manifest`, { file: dir }),
  ]);
}

/** `source` is renamed onto `target`; `tmp` (which holds `source`) is removed afterwards. */
interface Staged {
  readonly tmp: string;
  readonly source: string;
  readonly target: string;
}

const WRITE_BATCH = 16;

async function stageDir(target: string, files: readonly RenderedFile[]): Promise<Staged> {
  await mkdir(path.dirname(target), { recursive: true });
  const tmp = await mkdtemp(path.join(path.dirname(target), `.${path.basename(target)}.archway-`));
  const dests = files.map((f) => path.join(tmp, ...f.path.split('/')));
  for (const dir of [...new Set(dests.map((d) => path.dirname(d)))].sort()) await mkdir(dir, { recursive: true });
  // Files are independent: write a few at a time rather than one after another.
  for (let i = 0; i < files.length; i += WRITE_BATCH) {
    await Promise.all(files.slice(i, i + WRITE_BATCH).map((f, k) => writeFile(dests[i + k]!, f.content)));
  }
  return { tmp, source: tmp, target };
}

async function stageFile(target: string, bytes: Uint8Array): Promise<Staged> {
  await mkdir(path.dirname(target), { recursive: true });
  const tmpDir = await mkdtemp(path.join(path.dirname(target), `.${path.basename(target)}.archway-`));
  const tmp = path.join(tmpDir, 'package.zip');
  await writeFile(tmp, bytes);
  return { tmp: tmpDir, source: tmp, target };
}

/** Moves the staged folder or file into place, replacing what was there only once the new one is complete. */
async function swapInto({ tmp, source, target }: Staged): Promise<void> {
  const existing = await stat(target).then(() => true, () => false);
  if (!existing) {
    await rename(source, target);
  } else {
    const old = `${tmp}.old`;
    await rename(target, old);
    try {
      await rename(source, target);
    } catch (error) {
      await rename(old, target);
      throw error;
    }
    await rm(old, { recursive: true, force: true });
  }
  if (source !== tmp) await rm(tmp, { recursive: true, force: true });
}
