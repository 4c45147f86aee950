import { hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * In the review engine's bundle (scripts/bundle.mjs): the SHA-1 of each built module's source, by
 * its path under dist/src, worked out when the bundle was built. Not defined outside the bundle.
 */
declare const __ARCHWAY_BUILT_SOURCE_DIGESTS__: Readonly<Record<string, string>> | undefined;

const builtDigests = typeof __ARCHWAY_BUILT_SOURCE_DIGESTS__ === 'undefined' ? undefined : __ARCHWAY_BUILT_SOURCE_DIGESTS__;

/** The folder the sources (or the built modules) sit in: this module is in its review/ folder. */
const sourceRoot = new URL('../', import.meta.url).href;

/** The SHA-1 of a module's source: from the bundle's table when bundled, else read. Undefined when unreadable. */
function sourceDigest(url: URL): string | undefined {
  const known = url.href.startsWith(sourceRoot) ? builtDigests?.[url.href.slice(sourceRoot.length)] : undefined;
  if (known) return known;
  try {
    return hash('sha1', readFileSync(fileURLToPath(url)));
  } catch {
    return undefined;
  }
}

/**
 * A digest of the source of the modules (paths relative to `from`, an `import.meta.url`, without
 * extension) whose code decides what a cache keeps, so results worked out by another version of
 * Archway are never reused. A module that cannot be read makes a digest no other run has. In the
 * bundle, the modules' digests were worked out when it was built: no module is read.
 */
export function codeDigest(from: string, modules: readonly string[], extra: readonly string[] = []): string {
  const ext = from.endsWith('.ts') ? 'ts' : 'js';
  const parts = [...extra];
  for (const m of modules) parts.push(sourceDigest(new URL(`${m}.${ext}`, from)) ?? String(Math.random()));
  return hash('sha1', parts.join('\0'));
}
