import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { ArchwayIssue } from '../../errors/issue.js';
import { reviewCodes } from '../review-codes.js';
import type { ScannedFile, SourceLanguage } from '../review-types.js';

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
  const language = dot < 0 ? undefined : LANGUAGE_BY_EXTENSION[path.slice(dot + 1)];
  return language && !GENERATED_FILE.test(path) ? language : undefined;
}

interface IgnoreScope {
  readonly base: string;
  readonly rules: Ignore;
}

function readIgnore(dir: string, base: string): IgnoreScope | undefined {
  try {
    const text = readFileSync(join(dir, '.gitignore'), 'utf8');
    return { base, rules: ignore().add(text) };
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
 * Lists a repository's files, sorted, honouring every `.gitignore` on the way down and skipping
 * vendored, generated and dependency folders. Unreadable folders become warnings, never crashes.
 */
export function walkFiles(root: string, extraSkips: readonly string[] = []): { files: ScannedFile[]; issues: ArchwayIssue[] } {
  const files: ScannedFile[] = [];
  const issues: ArchwayIssue[] = [];
  const skips = new Set([...SKIPPED_DIRS, ...extraSkips]);
  const visit = (dir: string, rel: string, scopes: readonly IgnoreScope[]): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      issues.push(reviewCodes.issue('REVIEW_FILE_UNREADABLE', `cannot read folder: ${(error as Error).message}`, { file: rel || '.' }));
      return;
    }
    const own = entries.some((e) => e.name === '.gitignore') ? readIgnore(dir, rel) : undefined;
    const active = own ? [...scopes, own] : scopes;
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (skips.has(entry.name) || skips.has(childRel) || ignored(active, childRel, true)) continue;
        visit(join(dir, entry.name), childRel, active);
      } else if (entry.isFile()) {
        if (ignored(active, childRel, false)) continue;
        const language = languageOf(childRel);
        files.push(language ? { path: childRel, language } : { path: childRel });
      }
    }
  };
  visit(root, '', []);
  return { files, issues };
}
