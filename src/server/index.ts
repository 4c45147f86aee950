// The server's entry: kept apart from the library's `src/index.ts` so `import 'archway'` never
// loads Fastify, PGlite or BullMQ. Import it as `archway/server`.
export { buildApp, REDACTED_PATHS, type AppDeps } from './build-app.js';
export { startServer, type RunningServer } from './listen.js';
export { loadConfig, type ConfigFlags, type Quotas, type RateRule, type ServerConfig } from './config.js';
export { inProcessQueue, type JobQueue, type JobRef } from './jobs/job-queue.js';
export { libraryGenerator, type Generator } from './services/generation-service.js';
export { openDatabase, type DatabaseConfig, type OpenDatabase } from '../store/open-database.js';
export { migrateToLatest, rollbackOne, type MigrationOutcome } from '../store/migrations/migrations.js';
export * from './schemas/index.js';
