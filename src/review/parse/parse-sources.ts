import type { ParsedFile, SourceLanguage } from '../review-types.js';
import { findSecrets, findSuppressions } from './scan-lines.js';

/** One file to parse: its place in the run's file order, its path, language, text and content hash. */
export interface ParseJob {
  readonly index: number;
  readonly path: string;
  readonly language: SourceLanguage;
  readonly text: string;
  readonly hash: string;
}

export interface ParsedJob {
  readonly index: number;
  readonly parsed: ParsedFile;
}

type Facts = Omit<ParsedFile, 'path' | 'hash' | 'language' | 'lines' | 'secrets' | 'suppressions' | 'badSuppressions'>;
/** Reads a file's facts. */
export type Parser = (path: string, text: string, language: SourceLanguage) => Facts;
/** Reads a file's facts, or answers undefined to leave the file to the full parser. */
type FastParser = (path: string, text: string, language: SourceLanguage) => Facts | undefined;

/** The fast reader, and the full parsers loaded on first need. */
export interface Parsers {
  readonly fast: FastParser;
  full(): Promise<Parser>;
}

/**
 * The parsers the jobs need, loaded on first use only: a fully cached run loads none, a run that
 * re-parses only Python files never loads TypeScript's, and the TypeScript compiler is loaded only
 * for the files the fast reader leaves to it.
 */
export async function loadParser(jobs: readonly Pick<ParseJob, 'language'>[]): Promise<Parsers> {
  const [fast, python] = await Promise.all([
    jobs.some((j) => j.language !== 'python') ? import('./parse-typescript-fast.js') : undefined,
    jobs.some((j) => j.language === 'python') ? import('./parse-python.js') : undefined,
  ]);
  let full: Promise<Parser> | undefined;
  return {
    fast: (path, text, language) => {
      if (language === 'python') return python!.parsePython(text);
      const facts = fast!.readTypeScriptFast(path, text);
      return facts && { imports: facts.imports, routes: facts.routes, routePrefix: facts.routePrefix, mounts: facts.mounts, queries: facts.queries, tenantTables: [], blockingCalls: [] };
    },
    // Only TypeScript/JavaScript files get here: the fast path reads every Python file.
    full: () => (full ??= import('./parse-typescript.js').then(({ parseTypeScript }): Parser => (path, text) => ({ ...parseTypeScript(path, text), tenantTables: [], blockingCalls: [] }))),
  };
}

/** Parses one file; a parser crash becomes a syntax error on line 1, never an exception. Undefined when a fast reader leaves the file to the full parser. */
export function parseJob(parser: FastParser, job: ParseJob): ParsedJob | undefined {
  const { path, language, text, hash } = job;
  let facts: Facts | undefined;
  let failure: Error | undefined;
  try {
    facts = parser(path, text, language);
  } catch (error) {
    failure = error as Error;
  }
  if (!facts && !failure) return undefined;
  let lines = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines += 1;
  if (text.endsWith('\n')) lines -= 1;
  const { suppressions, bad } = findSuppressions(text);
  const secrets = findSecrets(text);
  const read: Facts = facts ?? {
    imports: [], routes: [], routePrefix: '', mounts: [], queries: [], tenantTables: [], blockingCalls: [],
    syntaxError: { line: 1, message: `could not be parsed: ${failure!.message}` },
  };
  // The keys in the order a cached entry has them (cache-store.ts).
  const parsed: ParsedFile = {
    path, hash, language, lines, secrets, suppressions, badSuppressions: bad,
    imports: read.imports, routes: read.routes, routePrefix: read.routePrefix, mounts: read.mounts, queries: read.queries,
    ...(read.syntaxError ? { syntaxError: read.syntaxError } : {}),
    tenantTables: read.tenantTables, blockingCalls: read.blockingCalls,
  };
  return { index: job.index, parsed };
}

/** Parses one file with the fast reader, else with the full parser. */
export async function parseWith(parsers: Parsers, job: ParseJob): Promise<ParsedJob> {
  return parseJob(parsers.fast, job) ?? parseJob(await parsers.full(), job)!;
}

/** Files handed out at a time to each thread. */
export const CHUNK = 32;

/**
 * Parses the chunks this thread claims from a counter shared with the other parsing threads
 * (`Atomics.add`), so a faster thread simply takes more chunks. Yields between chunks.
 */
export async function parseClaimed(parsers: Parsers, jobs: readonly ParseJob[], counter: Int32Array, onChunk: (results: ParsedJob[]) => void): Promise<void> {
  for (;;) {
    const start = Atomics.add(counter, 0, 1) * CHUNK;
    if (start >= jobs.length) return;
    const results: ParsedJob[] = [];
    for (const job of jobs.slice(start, start + CHUNK)) results.push(await parseWith(parsers, job));
    onChunk(results);
    await new Promise((resolve) => setImmediate(resolve));
  }
}
