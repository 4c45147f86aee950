import type { FastifyInstance } from 'fastify';
import { migrateToLatest } from '../store/migrations/migrations.js';
import { openDatabase } from '../store/open-database.js';
import { buildApp } from './build-app.js';
import type { ServerConfig } from './config.js';

export interface RunningServer {
  readonly app: FastifyInstance;
  readonly url: string;
  /** Stops taking requests, lets in-flight ones finish, ends event streams, closes the queue and database. */
  stop(): Promise<void>;
}

/**
 * The one place that listens: opens the database, applies pending migrations, builds the app and
 * listens on `config.host:config.port`. SIGINT/SIGTERM handling is the caller's (the `serve` command).
 */
export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const database = await openDatabase(config);
  const migrated = await migrateToLatest(database.db);
  if (migrated.error) {
    await database.close();
    throw new Error(`database migration failed: ${migrated.error}`);
  }
  const app = await buildApp({ config, database });
  const url = await app.listen({ host: config.host, port: config.port });
  let stopping: Promise<void> | undefined;
  return {
    app,
    url,
    stop: () =>
      (stopping ??= (async () => {
        await app.close();
        await database.close();
      })()),
  };
}
