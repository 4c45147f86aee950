import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const GOLDEN_DIR = fileURLToPath(new URL('./golden/', import.meta.url));

/** Every file under the golden folder, as package-relative POSIX paths, sorted. */
export function goldenPaths(dir = GOLDEN_DIR, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? goldenPaths(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}

export function readGolden(p: string): string {
  return readFileSync(path.join(GOLDEN_DIR, ...p.split('/')), 'utf8');
}
