import { hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * A digest of the source of the modules (paths relative to `from`, an `import.meta.url`, without
 * extension) whose code decides what a cache keeps, so results worked out by another version of
 * Archway are never reused. A module that cannot be read makes a digest no other run has.
 */
export function codeDigest(from: string, modules: readonly string[], extra: readonly string[] = []): string {
  const ext = from.endsWith('.ts') ? 'ts' : 'js';
  const parts = [...extra];
  for (const m of modules) {
    try {
      parts.push(readFileSync(fileURLToPath(new URL(`${m}.${ext}`, from)), 'utf8'));
    } catch {
      parts.push(String(Math.random()));
    }
  }
  return hash('sha1', parts.join('\0'));
}
