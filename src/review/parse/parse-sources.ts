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

type Parser = (path: string, text: string, language: SourceLanguage) => Omit<ParsedFile, 'path' | 'hash' | 'language' | 'lines' | 'secrets' | 'suppressions' | 'badSuppressions'>;

async function loadParser(jobs: readonly ParseJob[]): Promise<Parser> {
  // Loaded on first use only: a fully cached run never pays for the TypeScript compiler, nor a
  // run that re-parses only Python files.
  const [typescript, python] = await Promise.all([
    jobs.some((j) => j.language !== 'python') ? import('./parse-typescript.js') : undefined,
    jobs.some((j) => j.language === 'python') ? import('./parse-python.js') : undefined,
  ]);
  return (path, text, language) => {
    if (language === 'python') return { ...python!.parsePython(text) };
    return { ...typescript!.parseTypeScript(path, text), tenantTables: [], blockingCalls: [] };
  };
}

function parseOne(parser: Parser, job: ParseJob): ParsedFile {
  const { path, language, text, hash } = job;
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

/** Parses the files in order on this thread; `onProgress` hears how many are done. */
export async function parseSources(jobs: readonly ParseJob[], onProgress?: (done: number) => void): Promise<ParsedJob[]> {
  if (jobs.length === 0) return [];
  const parser = await loadParser(jobs);
  return jobs.map((job, i) => {
    if (onProgress && i % 50 === 0) onProgress(i);
    return { index: job.index, parsed: parseOne(parser, job) };
  });
}
