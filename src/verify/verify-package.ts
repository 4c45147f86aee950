import type { ArchwayIssue } from '../errors/issue.js';
import type { RenderedFile } from '../model/rendered-file.js';
import { checkMigrationsOnDatabase } from './check-migrations-db.js';
import { checkPackage, OPENAPI_FILE, packageModel } from './check-package.js';
import { checkRowLevelIsolation, checkSchemaIsolation } from './check-tenant-isolation.js';
import { spectralLint } from './lint-openapi.js';
import { migrationPairs } from './migration-files.js';
import { readOpenApiSource } from './openapi-source.js';
import { packageFromRendered, readPackage, textOf, type PackageFiles } from './package-files.js';
import { verifyCodes } from './verify-codes.js';
import { openPglite, openServer, type VerifyDatabase } from './verify-database.js';

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

/**
 * Verifies a package: the cheap consistency checks, Spectral lint of the OpenAPI document, and on a
 * real PostgreSQL (PGlite in memory, or a throwaway database on a server) the migrations applied
 * up → down → up with catalog snapshots compared, then tenant isolation proven.
 *
 * Throws `ArchwayError` (VERIFY_BAD_INPUT) when `input` is not a package.
 */
export async function verifyPackage(input: string | PackageFiles | readonly RenderedFile[], options: VerifyOptions = {}): Promise<VerifyReport> {
  const files: PackageFiles = typeof input === 'string' ? await readPackage(input) : input instanceof Map ? input : packageFromRendered(input as readonly RenderedFile[]);
  const engine = options.databaseUrl ? 'server' : 'pglite';
  const checks: VerifyCheck[] = [];
  const issues: ArchwayIssue[] = [];

  const text = textOf(files, OPENAPI_FILE);
  const openapi = text === undefined ? undefined : readOpenApiSource(OPENAPI_FILE, text);
  const [consistency, msC] = await timed(() => checkPackage(files, openapi));
  issues.push(...consistency);
  checks.push({ id: 'consistency', passed: !failed(consistency), ms: msC });

  if (openapi !== undefined) {
    // Validity is the consistency check's (VERIFY_OPENAPI_INVALID); a text that is not YAML is not linted.
    const [lint, ms] = await timed(async () => (openapi.error ? [] : await spectralLint(openapi)));
    issues.push(...lint);
    checks.push({ id: 'openapi-lint', passed: !failed(lint), ms });
  } else checks.push({ id: 'openapi-lint', passed: true, ms: 0, skipped: `no ${OPENAPI_FILE}` });

  const { pairs } = migrationPairs(files);
  if (pairs.length === 0) {
    checks.push({ id: 'migrations', passed: true, ms: 0, skipped: 'no migrations' }, { id: 'tenant-isolation', passed: true, ms: 0, skipped: 'no migrations' });
    return { ok: !failed(issues), engine, checks, issues };
  }
  let db: VerifyDatabase;
  try {
    db = options.databaseUrl ? await openServer(options.databaseUrl) : await openPglite();
  } catch (err) {
    issues.push(verifyCodes.issue('VERIFY_DATABASE', `cannot open a database: ${(err as Error).message}`));
    return { ok: false, engine, checks, issues };
  }
  try {
    const [migrations, msM] = await timed(() =>
      checkMigrationsOnDatabase(db, pairs).catch((err: Error) => [verifyCodes.issue('VERIFY_DATABASE', `verification query failed: ${err.message}`)]),
    );
    issues.push(...migrations);
    checks.push({ id: 'migrations', passed: !failed(migrations), ms: msM });
    const model = packageModel(files);
    const tenancy = model?.dataModel.tenancy ?? 'none';
    if (failed(migrations) || !model || (tenancy !== 'row-level' && tenancy !== 'schema-per-tenant')) {
      const why = failed(migrations) ? 'migrations failed' : !model ? 'no architecture.json' : `tenancy is ${tenancy}`;
      checks.push({ id: 'tenant-isolation', passed: !failed(migrations), ms: 0, skipped: why });
    } else {
      const [isolation, msT] = await timed(() =>
        (tenancy === 'row-level' ? checkRowLevelIsolation(db, model) : checkSchemaIsolation(db, model)).catch((err: Error) => [
          verifyCodes.issue('VERIFY_DATABASE', `tenant isolation check failed: ${err.message}`),
        ]),
      );
      issues.push(...isolation);
      checks.push({ id: 'tenant-isolation', passed: !failed(isolation), ms: msT });
    }
  } finally {
    await db.close();
  }
  return { ok: !failed(issues), engine, checks, issues };
}
