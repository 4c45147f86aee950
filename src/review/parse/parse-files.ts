import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArchwayIssue } from '../../errors/issue.js';
import { reviewCodes } from '../review-codes.js';
import type { ParsedFile, ScannedFile, SourceLanguage } from '../review-types.js';
import { findSecrets, findSuppressions } from './scan-lines.js';

/** Bump when what a parser extracts changes, so old cache entries are ignored. */
export const PARSER_VERSION = 3;

export type ParseCache = Map<string, ParsedFile>;

export interface ParseProgress {
  (done: number, total: number): void;
}

export interface ParseOutcome {
  readonly parsed: ParsedFile[];
  readonly reparsed: number;
  readonly cached: number;
  readonly issues: ArchwayIssue[];
}

type Parser = (path: string, text: string, language: SourceLanguage) => Omit<ParsedFile, 'path' | 'hash' | 'language' | 'lines' | 'secrets' | 'suppressions' | 'badSuppressions'>;

async function loadParser(): Promise<Parser> {
  // Loaded on first use only: a fully cached run never pays for the TypeScript compiler.
  const [{ parseTypeScript }, { parsePython }] = await Promise.all([import('./parse-typescript.js'), import('./parse-python.js')]);
  return (path, text, language) => {
    if (language === 'python') {
      const py = parsePython(text);
      return { ...py };
    }
    const t = parseTypeScript(path, text);
    return { ...t, tenantTables: [], blockingCalls: [] };
  };
}

export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/**
 * Parses every source file, reusing cached results for files whose content hash is unchanged:
 * after one file changes, only that file is parsed again. A file that cannot be read is reported
 * and skipped; a file with syntax errors is reported and its readable parts are kept.
 */
export async function parseFiles(
  root: string,
  files: readonly ScannedFile[],
  cache: ParseCache,
  onProgress?: ParseProgress,
): Promise<ParseOutcome> {
  const parsed: ParsedFile[] = [];
  const issues: ArchwayIssue[] = [];
  let parser: Parser | undefined;
  let reparsed = 0;
  let cached = 0;
  const sources = files.filter((f) => f.language !== undefined);
  for (const [index, file] of sources.entries()) {
    if (onProgress && index % 50 === 0) onProgress(index, sources.length);
    let text: string;
    try {
      text = readFileSync(join(root, file.path), 'utf8');
    } catch (error) {
      issues.push(reviewCodes.issue('REVIEW_FILE_UNREADABLE', `cannot read file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { file: file.path }));
      continue;
    }
    const hash = contentHash(text);
    const prior = cache.get(file.path);
    if (prior && prior.hash === hash) {
      parsed.push(prior);
      cached += 1;
    } else {
      parser ??= await loadParser();
      const entry = parseOne(parser, file.path, file.language!, text, hash);
      cache.set(file.path, entry);
      parsed.push(entry);
      reparsed += 1;
    }
    const last = parsed[parsed.length - 1]!;
    if (last.syntaxError) {
      issues.push(reviewCodes.issue('REVIEW_PARSE_FAILED', last.syntaxError.message, { file: file.path, line: last.syntaxError.line }));
    }
  }
  onProgress?.(sources.length, sources.length);
  return { parsed, reparsed, cached, issues };
}

function parseOne(parser: Parser, path: string, language: SourceLanguage, text: string, hash: string): ParsedFile {
  const lines = text.split('\n');
  const { suppressions, bad } = findSuppressions(lines);
  const common = {
    path, hash, language,
    lines: text.endsWith('\n') ? lines.length - 1 : lines.length,
    secrets: findSecrets(lines), suppressions, badSuppressions: bad,
  };
  try {
    return { ...common, ...parser(path, text, language) };
  } catch (error) {
    return {
      ...common, imports: [], routes: [], routePrefix: '', mounts: [], queries: [], tenantTables: [], blockingCalls: [],
      syntaxError: { line: 1, message: `could not be parsed: ${(error as Error).message}` },
    };
  }
}
