import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { startDatabaseWorker, type DatabaseBatch, type DatabaseStep } from './database-worker.js';

/** The few operations verification needs, on PGlite or a PostgreSQL server alike. */
export interface VerifyDatabase {
  readonly engine: 'pglite' | 'server';
  /** Settles once the database is open (rejects when it cannot be); requests may be sent before. */
  readonly opened: Promise<void>;
  /** Runs one or more statements without parameters. */
  exec(sql: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs steps in order in one round trip, stopping after the first that fails. */
  run(steps: readonly DatabaseStep[]): Promise<DatabaseBatch>;
  close(): Promise<void>;
}

/**
 * A throwaway database on a PostgreSQL server: created with a random quoted name, used, and dropped
 * on close — all from a worker thread (see database-worker.ts). The URL's user needs CREATEDB (and
 * CREATEROLE for tenancy checks).
 */
export function openServer(url: string): VerifyDatabase {
  const name = `archway_verify_${randomBytes(6).toString('hex')}`;
  const session = startDatabaseWorker({ pg: { entry: createRequire(import.meta.url).resolve('pg'), url, name } });
  return {
    engine: 'server',
    opened: session.opened.then(() => undefined),
    exec: (sql) => session.exec(sql),
    query: (sql, params) => session.query(sql, params),
    run: (steps) => session.run(steps),
    close: () => session.close(),
  };
}

/** Runs `body` in a transaction that is always rolled back. */
export async function inRolledBackTransaction<T>(db: VerifyDatabase, body: () => Promise<T>): Promise<T> {
  await db.exec('BEGIN');
  try {
    return await body();
  } finally {
    await db.exec('ROLLBACK');
  }
}
