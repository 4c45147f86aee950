import { mkdir } from 'node:fs/promises';
import { Kysely, PostgresDialect } from 'kysely';
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
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      kind: 'postgres',
      ping: async () => void (await pool.query('select 1')),
      close: async () => db.destroy(),
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
