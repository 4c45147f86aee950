import type { ParsedFile, SecretHit, SourceLanguage, Suppression } from '../review-types.js';
import { findSecrets, findSuppressions } from './scan-lines.js';

/** One file to parse: its place in the run's file order, its path, language and text. */
export interface ParseJob {
  readonly index: number;
  readonly path: string;
  readonly language: SourceLanguage;
  readonly text: string;
}

/** What a parser reads from a file's syntax. */
export type Facts = Omit<ParsedFile, 'path' | 'hash' | 'language' | 'lines' | 'secrets' | 'suppressions' | 'badSuppressions'>;

/** A parsed job's facts, by its index. */
export interface FactsOfJob {
  readonly index: number;
  readonly facts: Facts;
}

/** What is read from a file's text line by line, by the thread that read the file. */
export interface TextFacts {
  readonly lines: number;
  readonly secrets: readonly SecretHit[];
  readonly suppressions: readonly Suppression[];
  readonly badSuppressions: readonly { readonly line: number; readonly ruleId: string }[];
}

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

/** Line count, secrets and suppressions of a file's text. */
export function textFactsOf(text: string): TextFacts {
  let lines = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines += 1;
  if (text.endsWith('\n')) lines -= 1;
  const { suppressions, bad } = findSuppressions(text);
  return { lines, secrets: findSecrets(text), suppressions, badSuppressions: bad };
}

/** One parser's facts of a file; a parser crash becomes a syntax error on line 1, never an exception. Undefined when a fast reader leaves the file to the full parser. */
function factsBy(parser: FastParser, job: ParseJob): Facts | undefined {
  try {
    return parser(job.path, job.text, job.language);
  } catch (error) {
    return {
      imports: [], routes: [], routePrefix: '', mounts: [], queries: [], tenantTables: [], blockingCalls: [],
      syntaxError: { line: 1, message: `could not be parsed: ${(error as Error).message}` },
    };
  }
}

/** A file's facts, read by the fast reader, else by the full parser. */
export async function factsOf(parsers: Parsers, job: ParseJob): Promise<Facts> {
  return factsBy(parsers.fast, job) ?? factsBy(await parsers.full(), job)!;
}

/** The parsed file made of what was read from its text and its syntax (the keys in the order a cached entry has them, cache-store.ts). */
export function parsedFile(file: { readonly path: string; readonly hash: string; readonly language: SourceLanguage }, text: TextFacts, facts: Facts): ParsedFile {
  return {
    path: file.path, hash: file.hash, language: file.language, lines: text.lines, secrets: text.secrets, suppressions: text.suppressions, badSuppressions: text.badSuppressions,
    imports: facts.imports, routes: facts.routes, routePrefix: facts.routePrefix, mounts: facts.mounts, queries: facts.queries,
    ...(facts.syntaxError ? { syntaxError: facts.syntaxError } : {}),
    tenantTables: facts.tenantTables, blockingCalls: facts.blockingCalls,
  };
}

/** Files handed to a parsing thread at a time. */
export const CHUNK = 32;
