import type { ArchwayIssue } from '../errors/issue.js';
import type { ArchitectureModel } from '../model/architecture.js';
import { checkMigrationsOnDatabase } from './check-migrations-db.js';
import { checkRowLevelIsolation, checkSchemaIsolation } from './check-tenant-isolation.js';
import type { MigrationPair } from './migration-files.js';
import { openPglite } from './pglite-worker.js';
import { verifyCodes } from './verify-codes.js';
import { openServer, type VerifyDatabase } from './verify-database.js';
import type { VerifyCheck } from './verify-package.js';

export interface DatabaseResult {
  /** The migrations and tenant-isolation checks; empty when no database could be opened. */
  readonly checks: VerifyCheck[];
  readonly issues: ArchwayIssue[];
}

const failed = (issues: readonly ArchwayIssue[]) => issues.some((i) => i.severity === 'error');

async function timed<T>(body: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await body();
  return [value, Math.round(performance.now() - start)];
}

/**
 * The database half of verification: opens PGlite (on a worker thread) or a throwaway database on
 * a server, applies the migrations up → down → up, then proves tenant isolation. Never throws: a
 * database that cannot be opened or queried is a VERIFY_DATABASE issue. `model` is read only once
 * the migrations passed, so the caller can parse it meanwhile.
 */
export async function verifyOnDatabase(pairs: readonly MigrationPair[], model: () => ArchitectureModel | undefined, databaseUrl?: string): Promise<DatabaseResult> {
  const checks: VerifyCheck[] = [];
  const issues: ArchwayIssue[] = [];
  // The migrations are sent before the database is open: the worker starts them as soon as it is.
  const db: VerifyDatabase = databaseUrl ? openServer(databaseUrl) : openPglite();
  let ms = 0;
  const migrating = checkMigrationsOnDatabase(db, pairs, (took) => { ms = took; })
    .catch((err: Error) => [verifyCodes.issue('VERIFY_DATABASE', `verification query failed: ${err.message}`)])
    .then((found): [ArchwayIssue[], number] => [found, ms]);
  try {
    await db.opened;
  } catch (err) {
    await migrating;
    await db.close().catch(() => undefined);
    return { checks, issues: [verifyCodes.issue('VERIFY_DATABASE', `cannot open a database: ${(err as Error).message}`)] };
  }
  try {
    const [migrations, msM] = await migrating;
    issues.push(...migrations);
    checks.push({ id: 'migrations', passed: !failed(migrations), ms: msM });
    const m = model();
    const tenancy = m?.dataModel.tenancy ?? 'none';
    if (failed(migrations) || !m || (tenancy !== 'row-level' && tenancy !== 'schema-per-tenant')) {
      const why = failed(migrations) ? 'migrations failed' : !m ? 'no architecture.json' : `tenancy is ${tenancy}`;
      checks.push({ id: 'tenant-isolation', passed: !failed(migrations), ms: 0, skipped: why });
    } else {
      const [isolation, msT] = await timed(() =>
        (tenancy === 'row-level' ? checkRowLevelIsolation(db, m) : checkSchemaIsolation(db, m)).catch((err: Error) => [
          verifyCodes.issue('VERIFY_DATABASE', `tenant isolation check failed: ${err.message}`),
        ]),
      );
      issues.push(...isolation);
      checks.push({ id: 'tenant-isolation', passed: !failed(isolation), ms: msT });
    }
  } finally {
    await db.close();
  }
  return { checks, issues };
}
