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
  const { pgliteDialect } = await import('./pglite-dialect.js');
  const { createPglite } = await import('./pglite-template.js');
  if (!config.dataDir.startsWith('memory://')) await mkdir(config.dataDir, { recursive: true });
  const pg = await createPglite(config.dataDir);
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
 * Two things between Kysely and `pg`:
 * - a parameterised statement runs as a named prepared statement, so each connection parses and
 *   plans a query text once and then only binds and executes it (the text is Kysely's, values stay
 *   parameters; PostgreSQL re-plans by itself when a table changes or a different role runs it,
 *   which keeps row-level security exact). At most `MAX_NAMED` distinct texts get a name; others
 *   run unnamed as before.
 * - `pg` answers a multi-statement simple query (`begin; select …`, see tenant-scope.ts) with one
 *   result per statement; Kysely reads one result, so the last statement's is handed on (as
 *   PGlite's dialect does).
 */
function lastResultPool(pool: Pool): PostgresPool {
  return {
    async connect(): Promise<PostgresPoolClient> {
      const client = await pool.connect();
      return {
        async query(text: string, parameters: readonly unknown[]) {
          const r = (parameters.length > 0 ? await client.query({ name: statementName(text), text, values: parameters as unknown[] }) : await client.query(text)) as unknown;
          return (Array.isArray(r) ? r.at(-1) : r) as Awaited<ReturnType<PostgresPoolClient['query']>>;
        },
        release: () => client.release(),
      } as unknown as PostgresPoolClient;
    },
    end: () => pool.end(),
  };
}

const MAX_NAMED = 500;
const statementNames = new Map<string, string>();

/** The same name for the same text in this process (names are per connection in PostgreSQL). */
function statementName(text: string): string | undefined {
  let name = statementNames.get(text);
  if (name === undefined && statementNames.size < MAX_NAMED) statementNames.set(text, (name = `archway_${statementNames.size}`));
  return name;
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
