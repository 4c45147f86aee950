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
export type Parser = (path: string, text: string, language: SourceLanguage) => Facts;

/**
 * The parsers the jobs need, loaded on first use only: a fully cached run never pays for the
 * TypeScript compiler, nor a run that re-parses only Python files.
 */
export async function loadParser(jobs: readonly Pick<ParseJob, 'language'>[]): Promise<Parser> {
  const [typescript, python] = await Promise.all([
    jobs.some((j) => j.language !== 'python') ? import('./parse-typescript.js') : undefined,
    jobs.some((j) => j.language === 'python') ? import('./parse-python.js') : undefined,
  ]);
  return (path, text, language) => {
    if (language === 'python') return { ...python!.parsePython(text) };
    return { ...typescript!.parseTypeScript(path, text), tenantTables: [], blockingCalls: [] };
  };
}

/** Parses one file; a parser crash becomes a syntax error on line 1, never an exception. */
export function parseJob(parser: Parser, job: ParseJob): ParsedJob {
  const { path, language, text, hash } = job;
  const lines = text.split('\n');
  const { suppressions, bad } = findSuppressions(lines);
  const common = {
    path, hash, language,
    lines: text.endsWith('\n') ? lines.length - 1 : lines.length,
    secrets: findSecrets(lines), suppressions, badSuppressions: bad,
  };
  try {
    return { index: job.index, parsed: { ...common, ...parser(path, text, language) } };
  } catch (error) {
    return {
      index: job.index,
      parsed: {
        ...common, imports: [], routes: [], routePrefix: '', mounts: [], queries: [], tenantTables: [], blockingCalls: [],
        syntaxError: { line: 1, message: `could not be parsed: ${(error as Error).message}` },
      },
    };
  }
}

/** Files handed out at a time to each thread. */
export const CHUNK = 32;

/**
 * Parses the chunks this thread claims from a counter shared with the other parsing threads
 * (`Atomics.add`), so a faster thread simply takes more chunks. Yields between chunks.
 */
export async function parseClaimed(parser: Parser, jobs: readonly ParseJob[], counter: Int32Array, onChunk: (results: ParsedJob[]) => void): Promise<void> {
  for (;;) {
    const start = Atomics.add(counter, 0, 1) * CHUNK;
    if (start >= jobs.length) return;
    onChunk(jobs.slice(start, start + CHUNK).map((job) => parseJob(parser, job)));
    await new Promise((resolve) => setImmediate(resolve));
  }
}
