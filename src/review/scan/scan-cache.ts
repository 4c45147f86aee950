import { hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArchwayIssue } from '../../errors/issue.js';
import { codeDigest } from '../code-digest.js';
import { writeCacheFile } from '../parse/cache-file.js';
import type { ScannedFile, ScanResult } from '../review-types.js';
import { describeRepository, readerOf } from './scan-repository.js';

/**
 * The scan (languages, stack, datastores, infrastructure, tests) kept in the cache folder with what
 * it was worked out from: the listed paths and the content of every file it read (manifests,
 * compose and env files, YAML). A run whose listing is the same and whose read files are unchanged
 * reuses it, reading only those few files again.
 */
const FILE = 'review-scan.json';
const VERSION = 1;

type Described = Omit<ScanResult, 'root' | 'files' | 'issues'>;

interface StoredScan {
  readonly version: number;
  /** The code that works the scan out. */
  readonly code: string;
  /** Digest of the listed paths, in order. */
  readonly paths: string;
  /** Each file the scan read, with its content's digest (null: it could not be read). */
  readonly reads: readonly (readonly [string, string | null])[];
  readonly scan: Described;
}

let code: string | undefined;
const codeKey = (): string => (code ??= codeDigest(import.meta.url, ['./scan-repository', './detect-stack', './detect-datastores', './known-packages', '../compare-text']));

const digestOf = (text: string | undefined): string | null => (text === undefined ? null : hash('sha1', text));

function load(file: string): StoredScan | undefined {
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as StoredScan;
    return stored.version === VERSION && Array.isArray(stored.reads) && typeof stored.scan === 'object' ? stored : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `describeRepository`, reusing the scan kept in `cacheDir` when the listing (`paths`, the listed
 * paths' digest) and every file it read are as they were, and keeping a scan worked out anew.
 * Without a cache folder, worked out.
 */
export function cachedScan(root: string, walked: { readonly files: readonly ScannedFile[]; readonly issues: readonly ArchwayIssue[] }, paths: string, cacheDir: string | undefined): ScanResult {
  if (!cacheDir) return describeRepository(root, walked);
  const file = join(cacheDir, FILE);
  const read = readerOf(root);
  const stored = load(file);
  if (stored && stored.code === codeKey() && stored.paths === paths && stored.reads.every(([path, digest]) => digestOf(read(path)) === digest)) {
    return { root, files: walked.files, ...stored.scan, issues: walked.issues };
  }
  const reads = new Map<string, string | null>();
  const scan = describeRepository(root, walked, (path) => {
    const text = read(path);
    reads.set(path, digestOf(text));
    return text;
  });
  const { root: _root, files: _files, issues: _issues, ...described } = scan;
  const body: StoredScan = { version: VERSION, code: codeKey(), paths, reads: [...reads], scan: described };
  try {
    writeCacheFile(file, JSON.stringify(body));
  } catch {
    // worked out again next time
  }
  return scan;
}
