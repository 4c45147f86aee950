import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { unzipSync } from 'fflate';
import { ArchwayError } from '../errors/issue.js';
import { verifyCodes } from './verify-codes.js';

/** A package as data: relative POSIX path → bytes. */
export type PackageFiles = ReadonlyMap<string, Uint8Array>;

const MAX_PACKAGE_BYTES = 200 * 1024 * 1024;

export function textOf(files: PackageFiles, path: string): string | undefined {
  const bytes = files.get(path);
  return bytes ? Buffer.from(bytes).toString('utf8') : undefined;
}

/** Builds package files from rendered files (as `renderPackage` returns them). */
export function packageFromRendered(files: readonly { path: string; content: string | Uint8Array }[]): PackageFiles {
  return new Map(files.map((f) => [f.path, typeof f.content === 'string' ? Buffer.from(f.content, 'utf8') : f.content]));
}

async function walk(root: string, dir: string, out: Map<string, Uint8Array>): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) await walk(root, full, out);
    else if (entry.isFile()) out.set(relative(root, full).split(sep).join('/'), new Uint8Array(await readFile(full)));
  }
}

/** Reads a package folder or ZIP. Throws `ArchwayError` (VERIFY_BAD_INPUT) when it is neither. */
export async function readPackage(location: string): Promise<PackageFiles> {
  const bad = (message: string) => new ArchwayError([verifyCodes.issue('VERIFY_BAD_INPUT', message, { file: location })]);
  const info = await stat(location).catch(() => undefined);
  if (!info) throw bad(`${location} does not exist`);
  const files = new Map<string, Uint8Array>();
  if (info.isDirectory()) await walk(location, location, files);
  else {
    if (info.size > MAX_PACKAGE_BYTES) throw bad(`${location} is larger than ${MAX_PACKAGE_BYTES / 1024 / 1024} MB`);
    let entries: Record<string, Uint8Array>;
    try {
      entries = unzipSync(new Uint8Array(await readFile(location)));
    } catch {
      throw bad(`${location} is neither a folder nor a ZIP archive`);
    }
    const names = Object.keys(entries).filter((n) => !n.endsWith('/'));
    const prefix = names.every((n) => n.includes('/')) && new Set(names.map((n) => n.split('/')[0])).size === 1 && !names.includes('manifest.json') ? `${names[0]!.split('/')[0]}/` : '';
    for (const n of names) if (!n.includes('..')) files.set(n.slice(prefix.length), entries[n]!);
  }
  if (!files.has('manifest.json') && ![...files.keys()].some((p) => p.startsWith('db/migrations/') || p.startsWith('contracts/'))) {
    throw bad(`${location} holds no manifest.json, contracts/ or db/migrations/`);
  }
  return files;
}
