import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import * as initial from './0001-initial.js';

const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-initial': initial,
};

const provider: MigrationProvider = { getMigrations: async () => ({ ...MIGRATIONS }) };

export interface MigrationOutcome {
  readonly applied: readonly string[];
  readonly error?: string;
}

function migrator(db: Kysely<any>): Migrator {
  return new Migrator({ db, provider, migrationTableName: 'archway_migrations', migrationLockTableName: 'archway_migrations_lock' });
}

/** Applies every pending migration (run at server start and by `archway db migrate`). */
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationOutcome> {
  return outcome(await migrator(db).migrateToLatest());
}

/** Reverts the most recent migration (`archway db rollback`). */
export async function rollbackOne(db: Kysely<any>): Promise<MigrationOutcome> {
  return outcome(await migrator(db).migrateDown());
}

function outcome(r: { error?: unknown; results?: readonly { migrationName: string; status: string }[] }): MigrationOutcome {
  const applied = (r.results ?? []).filter((m) => m.status === 'Success').map((m) => m.migrationName);
  return r.error ? { applied, error: r.error instanceof Error ? r.error.message : String(r.error) } : { applied };
}
