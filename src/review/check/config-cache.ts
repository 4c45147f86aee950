import { hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeDigest } from '../code-digest.js';
import { writeCacheFile } from '../parse/cache-file.js';
import type { CheckConfig } from './check-config.js';

/**
 * Configs as parsed, kept in the cache folder by the text they were parsed from: a run whose config
 * is unchanged loads neither the schema (zod) nor the YAML reader. The key also covers the schema's
 * own source, so a changed schema parses again. JavaScript configs (which may import anything) are
 * never kept.
 */
const FILE = 'check-config.json';

let schema: string | undefined;

/** A digest of the source of the modules that decide what a config parses to. */
const schemaDigest = (): string => (schema ??= codeDigest(import.meta.url, ['./check-config', '../rules/rule-catalog']));

function keyOf(file: string, text: string): string | undefined {
  if (/\.[cm]?js$/.test(file)) return undefined;
  return hash('sha1', `${file}\0${text}\0${schemaDigest()}`);
}

/** The config `file` (with this `text`) parsed to on an earlier run, if the cache folder has it. */
export function cachedConfig(cacheDir: string, file: string, text: string): { readonly key: string | undefined; readonly config?: CheckConfig } {
  const key = keyOf(file, text);
  if (!key) return { key };
  try {
    const stored = JSON.parse(readFileSync(join(cacheDir, FILE), 'utf8')) as { key?: unknown; config?: CheckConfig };
    return stored.key === key && stored.config ? { key, config: stored.config } : { key };
  } catch {
    return { key };
  }
}

/** Keeps a parsed config for later runs; a cache folder that cannot be written only means parsing again. */
export function storeConfig(cacheDir: string, key: string, config: CheckConfig): void {
  try {
    writeCacheFile(join(cacheDir, FILE), JSON.stringify({ key, config }));
  } catch {
    // parsed again next time
  }
}
