import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { buildApp, loadConfig, migrateToLatest, openDatabase, type AppDeps, type OpenDatabase, type ServerConfig } from '../../src/server/index.js';

export const PG_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
export const REDIS_URL = 'redis://127.0.0.1:6379';
export type Engine = 'pglite' | 'postgres';
export const ENGINES: readonly Engine[] = ['pglite', 'postgres'];

/** A throwaway database on the PostgreSQL server, dropped by the returned function. */
export async function throwawayDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `archway_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  return {
    url: `postgres://postgres@127.0.0.1:5432/${name}`,
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      await c.query(`drop database if exists "${name}" with (force)`);
      await c.end();
    },
  };
}

/** A migrated store on the engine: PGlite in memory, or a throwaway database on the server. */
export async function openMigratedDatabase(engine: Engine): Promise<{ database: OpenDatabase; drop?: () => Promise<void> }> {
  const t = engine === 'postgres' ? await throwawayDatabase() : undefined;
  const database = t ? await openDatabase({ dataDir: '', databaseUrl: t.url }) : await openDatabase({ dataDir: 'memory://' });
  const migrated = await migrateToLatest(database.db);
  if (migrated.error) throw migrated.error;
  return { database, ...(t ? { drop: t.drop } : {}) };
}

export interface TestServer {
  readonly app: FastifyInstance;
  readonly database: OpenDatabase;
  readonly config: ServerConfig;
  /** Builds a second app over the same database (a restart). */
  restart(overrides?: Partial<AppDeps>): Promise<FastifyInstance>;
  close(): Promise<void>;
}

export async function startTestServer(engine: Engine, options: { env?: Record<string, string>; deps?: Partial<AppDeps> } = {}): Promise<TestServer> {
  const pgDb = engine === 'postgres' ? await throwawayDatabase() : undefined;
  const env = { ARCHWAY_DATA_DIR: 'memory://', ARCHWAY_WEB_DIST: '/nonexistent', ARCHWAY_RATE_AUTH: '1000', ...(pgDb ? { DATABASE_URL: pgDb.url } : {}), ...options.env };
  const config = loadConfig(env);
  const database = await openDatabase(config);
  const migrated = await migrateToLatest(database.db);
  if (migrated.error) throw new Error(migrated.error);
  const apps: FastifyInstance[] = [];
  const make = async (overrides: Partial<AppDeps> = {}) => {
    const app = await buildApp({ config, database, logger: false, ...options.deps, ...overrides });
    await app.ready();
    apps.push(app);
    return app;
  };
  const app = await make();
  return {
    app,
    database,
    config,
    restart: make,
    close: async () => {
      for (const a of apps) await a.close();
      await database.close();
      await pgDb?.drop();
    },
  };
}

export interface Session {
  readonly token: string;
  readonly refreshToken: string;
  readonly userId: string;
  readonly orgId: string;
  readonly auth: { authorization: string };
}

let counter = 0;
/** Signs up a new user with their own organization. */
export async function signupWithOrg(app: FastifyInstance, label = 'user'): Promise<Session> {
  const email = `${label}-${++counter}-${randomUUID().slice(0, 8)}@example.com`;
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/signup', payload: { email, password: 'correct horse battery', name: label, organization: `${label} org` } });
  if (res.statusCode !== 201) throw new Error(`signup failed: ${res.statusCode} ${res.body}`);
  const body = res.json();
  return { token: body.accessToken, refreshToken: body.refreshToken, userId: body.user.id, orgId: body.organization.id, auth: { authorization: `Bearer ${body.accessToken}` } };
}
