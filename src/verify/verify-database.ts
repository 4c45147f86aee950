import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/** The few operations verification needs, on PGlite or a PostgreSQL server alike. */
export interface VerifyDatabase {
  readonly engine: 'pglite' | 'server';
  /** Runs one or more statements without parameters. */
  exec(sql: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/** A fresh in-memory PGlite instance. */
export async function openPglite(): Promise<VerifyDatabase> {
  const db = await PGlite.create();
  return {
    engine: 'pglite',
    exec: async (sql) => { await db.exec(sql); },
    query: async <T,>(sql: string, params: readonly unknown[] = []) => (await db.query<T>(sql, [...params])).rows,
    close: () => db.close(),
  };
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * A throwaway database on a PostgreSQL server: created with a random quoted name, used, and dropped
 * on close. The URL's user needs CREATEDB (and CREATEROLE for tenancy checks).
 */
export async function openServer(url: string): Promise<VerifyDatabase> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const name = `archway_verify_${randomBytes(6).toString('hex')}`;
  try {
    await admin.query(`CREATE DATABASE ${quote(name)}`);
  } catch (err) {
    await admin.end();
    throw err;
  }
  const target = new URL(url);
  target.pathname = `/${encodeURIComponent(name)}`;
  const client = new pg.Client({ connectionString: target.toString() });
  try {
    await client.connect();
  } catch (err) {
    await admin.query(`DROP DATABASE IF EXISTS ${quote(name)}`).catch(() => undefined);
    await admin.end();
    throw err;
  }
  client.on('error', () => undefined);
  return {
    engine: 'server',
    exec: async (sql) => { await client.query(sql); },
    query: async <T,>(sql: string, params: readonly unknown[] = []) => (await client.query(sql, [...params])).rows as T[],
    close: async () => {
      await client.end().catch(() => undefined);
      await admin.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`).catch(() => admin.query(`DROP DATABASE IF EXISTS ${quote(name)}`));
      await admin.end();
    },
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
