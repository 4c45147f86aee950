import { mkdir } from 'node:fs/promises';
import { Kysely, PostgresDialect, type PostgresPool, type PostgresPoolClient } from 'kysely';
import type { Pool } from 'pg';
import type { Database } from './schema.js';

export interface DatabaseConfig {
  /** A PostgreSQL server URL; when absent, the embedded PGlite in `dataDir` is used. */
  readonly databaseUrl?: string;
  /** PGlite's data folder; `memory://` keeps it in memory (tests). */
  readonly dataDir: string;
  readonly poolSize?: number;
}

export interface OpenDatabase {
  readonly db: Kysely<Database>;
  readonly kind: 'pglite' | 'postgres';
  /** A cheap round trip for `/ready`. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Opens the store: PGlite by default (nothing to install), a `pg` pool when a URL is given. */
export async function openDatabase(config: DatabaseConfig): Promise<OpenDatabase> {
  if (config.databaseUrl) {
    const pg = await import('pg');
    const pool = new pg.default.Pool({ connectionString: config.databaseUrl, max: config.poolSize ?? 10 });
    // An idle connection that dies (a server restart, a terminated backend) is dropped by the pool
    // and replaced on the next request; without a listener its error would end the process.
    pool.on('error', () => undefined);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: lastResultPool(pool) }) });
    return {
      db,
      kind: 'postgres',
      ping: async () => void (await pool.query('select 1')),
      close: async () => {
        const closed = allClientsClosed(pool);
        await db.destroy();
        await closed;
      },
    };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { pgliteDialect } = await import('./pglite-dialect.js');
  if (!config.dataDir.startsWith('memory://')) await mkdir(config.dataDir, { recursive: true });
  const pg = await PGlite.create(config.dataDir);
  const db = new Kysely<Database>({ dialect: pgliteDialect(pg) });
  return {
    db,
    kind: 'pglite',
    ping: async () => void (await pg.query('select 1')),
    close: async () => {
      await db.destroy();
      await pg.close();
    },
  };
}

/**
 * `pg` answers a multi-statement simple query (`begin; select …`, see tenant-scope.ts) with one
 * result per statement; Kysely reads one result, so the last statement's is handed on (as PGlite's
 * dialect does).
 */
function lastResultPool(pool: Pool): PostgresPool {
  return {
    async connect(): Promise<PostgresPoolClient> {
      const client = await pool.connect();
      return {
        async query(text: string, parameters: readonly unknown[]) {
          const r = (await client.query(text, parameters as unknown[])) as unknown;
          return (Array.isArray(r) ? r.at(-1) : r) as Awaited<ReturnType<PostgresPoolClient['query']>>;
        },
        release: () => client.release(),
      } as unknown as PostgresPoolClient;
    },
    end: () => pool.end(),
  };
}

/**
 * Resolves when every connection the pool holds has really closed (`pool.end()` resolves as soon
 * as it has asked them to), so a database dropped right after `close()` kills no live session;
 * at most 2 s.
 */
function allClientsClosed(pool: Pool): Promise<void> {
  let open = pool.totalCount;
  if (open === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 2000);
    pool.on('remove', () => {
      if (--open > 0) return;
      clearTimeout(timer);
      resolve();
    });
  });
}
