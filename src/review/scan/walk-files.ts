import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { createRequire } from 'node:module';
import type { Ignore, Options } from 'ignore';
import type { ArchwayIssue } from '../../errors/issue.js';
import { reviewCodes } from '../review-codes.js';
import type { ScannedFile, SourceLanguage } from '../review-types.js';
import { ownValue } from '../../shared/own-value.js';

/** Folders that hold vendored, generated or tool-owned files: never reviewed. */
const SKIPPED_DIRS = new Set([
  'node_modules', '.git', '.hg', '.svn', 'vendor', 'third_party', 'dist', 'build', 'coverage', '.next', '.nuxt',
  '__pycache__', '.venv', 'venv', '.tox', '.mypy_cache', '.pytest_cache', '.archway-cache', 'target', 'bin', 'obj',
  '.turbo', '.cache', 'generated', '__generated__', '.idea', '.vscode',
]);

const GENERATED_FILE = /(\.min\.js|\.bundle\.js|\.generated\.[a-z]+|_pb2\.py|\.pb\.go|\.d\.ts|\.d\.mts|\.d\.cts)$/;

const LANGUAGE_BY_EXTENSION: Readonly<Record<string, SourceLanguage>> = {
  ts: 'typescript', tsx: 'typescript', mts: 'typescript', cts: 'typescript',
  js: 'javascript', jsx: 'javascript', mjs: 'javascript', cjs: 'javascript',
  py: 'python',
};

export function languageOf(path: string): SourceLanguage | undefined {
  const dot = path.lastIndexOf('.');
  const language = dot < 0 ? undefined : ownValue(LANGUAGE_BY_EXTENSION, path.slice(dot + 1));
  return language && !GENERATED_FILE.test(path) ? language : undefined;
}

interface IgnoreScope {
  readonly base: string;
  readonly rules: Ignore;
}

/** The `ignore` package, loaded (with `require`: no export scan) only for a repository that has a .gitignore. */
let ignoreFactory: ((options?: Options) => Ignore) | undefined;

function readIgnore(dir: string, base: string): IgnoreScope | undefined {
  try {
    const text = readFileSync(join(dir, '.gitignore'), 'utf8');
    ignoreFactory ??= createRequire(import.meta.url)('ignore') as (options?: Options) => Ignore;
    return { base, rules: ignoreFactory().add(text) };
  } catch {
    return undefined;
  }
}

function ignored(scopes: readonly IgnoreScope[], rel: string, isDir: boolean): boolean {
  if (scopes.length === 0) return false;
  for (const scope of scopes) {
    const sub = scope.base === '' ? rel : rel.slice(scope.base.length + 1);
    if (sub && scope.rules.ignores(isDir ? `${sub}/` : sub)) return true;
  }
  return false;
}

/**
 * A folder's entries as last read: files by name and folders as `name/`, in name order, and whether
 * it holds a `.gitignore`. Reused instead of reading the folder again while the folder's modification
 * time is the same (adding, removing or renaming an entry changes it).
 */
export interface FolderListing {
  readonly mtimeMs: number;
  readonly entries: readonly string[];
  readonly gitignore: boolean;
}

/** The listings a walk may reuse (`before`) and the ones it found trustworthy to reuse next time (`after`). */
export interface FolderListings {
  readonly before: ReadonlyMap<string, FolderListing>;
  readonly after: Map<string, FolderListing>;
}

/** A folder modified this close to the walk may change again without its modification time changing. */
const RACY_MS = 2000;

function readListing(dir: string, mtimeMs: number): FolderListing {
  const entries = readdirSync(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const names: string[] = [];
  let gitignore = false;
  for (const entry of entries) {
    if (entry.name === '.gitignore') gitignore = true;
    if (entry.isDirectory()) names.push(`${entry.name}/`);
    else if (entry.isFile()) names.push(entry.name);
  }
  return { mtimeMs, entries: names, gitignore };
}

/**
 * Lists a repository's files, sorted, honouring every `.gitignore` on the way down and skipping
 * vendored, generated and dependency folders. Unreadable folders become warnings, never crashes.
 * With `listings`, a folder whose modification time is unchanged since an earlier walk (and was old
 * enough then) is not read again.
 */
export function walkFiles(root: string, extraSkips: readonly string[] = [], listings?: FolderListings): { files: ScannedFile[]; issues: ArchwayIssue[] } {
  const files: ScannedFile[] = [];
  const issues: ArchwayIssue[] = [];
  const skips = new Set([...SKIPPED_DIRS, ...extraSkips]);
  const startedAt = Date.now();
  const visit = (dir: string, rel: string, scopes: readonly IgnoreScope[]): void => {
    let mtimeMs = -1;
    if (listings) {
      try {
        mtimeMs = statSync(dir, { throwIfNoEntry: false })?.mtimeMs ?? -1;
      } catch {
        // reading the folder reports what is wrong with it
      }
    }
    let listing: FolderListing;
    try {
      const prior = listings?.before.get(rel);
      listing = prior && mtimeMs >= 0 && prior.mtimeMs === mtimeMs ? prior : readListing(dir, mtimeMs);
      if (listings && mtimeMs >= 0 && mtimeMs < startedAt - RACY_MS) listings.after.set(rel, listing);
    } catch (error) {
      issues.push(reviewCodes.issue('REVIEW_FILE_UNREADABLE', `cannot read folder: ${(error as Error).message}`, { file: rel || '.' }));
      return;
    }
    const own = listing.gitignore ? readIgnore(dir, rel) : undefined;
    const active = own ? [...scopes, own] : scopes;
    for (let i = 0; i < listing.entries.length; i++) {
      const entry = listing.entries[i]!;
      const isDir = entry.endsWith('/');
      const name = isDir ? entry.slice(0, -1) : entry;
      const childRel = rel ? `${rel}/${name}` : name;
      if (isDir) {
        if (skips.has(name) || skips.has(childRel) || ignored(active, childRel, true)) continue;
        // `dir` is absolute and normal and `name` one entry: joining needs no normalising.
        visit(dir.endsWith(sep) ? dir + name : dir + sep + name, childRel, active);
      } else {
        if (ignored(active, childRel, false)) continue;
        const language = languageOf(childRel);
        files.push(language ? { path: childRel, language } : { path: childRel });
      }
    }
  };
  visit(root, '', []);
  return { files, issues };
}
