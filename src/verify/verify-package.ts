import type { ArchwayIssue } from '../errors/issue.js';
import type { RenderedFile } from '../model/rendered-file.js';
import { checkPackage, OPENAPI_FILE, packageModel } from './check-package.js';
import { startSpectralLint } from './lint-openapi.js';
import { migrationPairs } from './migration-files.js';
import { readOpenApiSource } from './openapi-source.js';
import { packageFromRendered, readPackage, textOf, type PackageFiles } from './package-files.js';
import { verifyOnDatabase, type DatabaseResult } from './verify-on-database.js';

export interface VerifyOptions {
  /** A PostgreSQL server URL; verification then runs in a throwaway database there instead of PGlite. */
  readonly databaseUrl?: string;
}

export interface VerifyCheck {
  readonly id: 'consistency' | 'openapi-lint' | 'migrations' | 'tenant-isolation';
  readonly passed: boolean;
  readonly ms: number;
  readonly skipped?: string;
}

export interface VerifyReport {
  readonly ok: boolean;
  readonly engine: 'pglite' | 'server';
  readonly checks: readonly VerifyCheck[];
  /** Errors fail verification; warnings (lint, unexercised tables) are listed. */
  readonly issues: readonly ArchwayIssue[];
}

async function timed<T>(body: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await body();
  return [value, Math.round(performance.now() - start)];
}

const failed = (issues: readonly ArchwayIssue[]) => issues.some((i) => i.severity === 'error');
/** Lets replies from the database reach the database checks between two long synchronous steps. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Verifies a package: the cheap consistency checks, Spectral lint of the OpenAPI document, and on a
 * real PostgreSQL (PGlite in memory, or a throwaway database on a server) the migrations applied
 * up → down → up with catalog snapshots compared, then tenant isolation proven. The database work
 * runs alongside the other checks (PGlite on a worker thread, or the server's own process); the
 * report lists checks and issues in the same order either way.
 *
 * Throws `ArchwayError` (VERIFY_BAD_INPUT) when `input` is not a package.
 */
export async function verifyPackage(input: string | PackageFiles | readonly RenderedFile[], options: VerifyOptions = {}): Promise<VerifyReport> {
  const files: PackageFiles = typeof input === 'string' ? await readPackage(input) : input instanceof Map ? input : packageFromRendered(input as readonly RenderedFile[]);
  const engine = options.databaseUrl ? 'server' : 'pglite';
  const { pairs } = migrationPairs(files);
  const database: Promise<DatabaseResult> | undefined = pairs.length > 0 ? verifyOnDatabase(pairs, () => packageModel(files), options.databaseUrl) : undefined;
  await breathe();

  const checks: VerifyCheck[] = [];
  const issues: ArchwayIssue[] = [];
  try {
    await checkFiles(files, checks, issues);
  } catch (err) {
    await database?.catch(() => undefined);
    throw err;
  }
  if (!database) {
    checks.push({ id: 'migrations', passed: true, ms: 0, skipped: 'no migrations' }, { id: 'tenant-isolation', passed: true, ms: 0, skipped: 'no migrations' });
    return { ok: !failed(issues), engine, checks, issues };
  }
  const db = await database;
  checks.push(...db.checks);
  issues.push(...db.issues);
  return { ok: !failed(issues), engine, checks, issues };
}

/** Consistency here and Spectral's lint on a worker thread, while the database works. */
async function checkFiles(files: PackageFiles, checks: VerifyCheck[], issues: ArchwayIssue[]): Promise<void> {
  const text = textOf(files, OPENAPI_FILE);
  const lint = text === undefined ? undefined : startSpectralLint(OPENAPI_FILE, text);
  const openapi = text === undefined ? undefined : readOpenApiSource(OPENAPI_FILE, text);
  await breathe();
  const [consistency, msC] = await timed(() => checkPackage(files, openapi));
  issues.push(...consistency);
  checks.push({ id: 'consistency', passed: !failed(consistency), ms: msC });

  if (lint && openapi?.error) {
    // Validity is the consistency check's (VERIFY_OPENAPI_INVALID); a text that is not YAML is not linted.
    checks.push({ id: 'openapi-lint', passed: true, ms: 0 });
  } else if (lint) {
    const { issues: found, ms } = await lint.done;
    issues.push(...found);
    checks.push({ id: 'openapi-lint', passed: !failed(found), ms });
  } else checks.push({ id: 'openapi-lint', passed: true, ms: 0, skipped: `no ${OPENAPI_FILE}` });
}
