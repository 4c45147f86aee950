import type { ArchwayIssue } from '../errors/issue.js';
import { SNAPSHOT_SQL, snapshotDiff, snapshotLines } from './catalog-snapshot.js';
import type { DatabaseStep, DatabaseStepResult } from './database-worker.js';
import type { MigrationPair } from './migration-files.js';
import { verifyCodes } from './verify-codes.js';
import type { VerifyDatabase } from './verify-database.js';

type Side = MigrationPair['up'];

const SNAPSHOT: DatabaseStep = { kind: 'query', sql: SNAPSHOT_SQL };
const apply = (side: Side): DatabaseStep => ({ kind: 'apply', sql: side.sql });

function applyFailed(side: Side, err: Error): ArchwayIssue {
  const e = err as { message?: string; position?: string };
  const position = Number(e.position);
  const location = Number.isFinite(position) && position > 0
    ? { file: side.path, line: side.sql.slice(0, position - 1).split('\n').length }
    : { file: side.path };
  return verifyCodes.issue('VERIFY_MIGRATION_FAILED', `${side.path}: ${e.message ?? String(err)}`, location);
}

/** Reads a batch's results in order: the snapshot lines of a query step; the error of an apply step that failed. */
function reader(results: readonly DatabaseStepResult[]) {
  let i = 0;
  return {
    snapshot(): string[] {
      const r = results[i++];
      if (!r || r.error) throw r?.error ?? new Error('the catalog snapshot did not run');
      return snapshotLines(r.rows ?? []);
    },
    applied(): Error | undefined {
      const r = results[i++];
      return r ? r.error : new Error('the migration did not run');
    },
  };
}

function summarise(lines: readonly string[]): string {
  const shown = lines.slice(0, 5).map((l) => l.length > 160 ? `${l.slice(0, 157)}...` : l);
  return shown.join('; ') + (lines.length > 5 ? `; and ${lines.length - 5} more` : '');
}

/**
 * Applies the migrations up, down and up again, each file in one transaction, and compares catalog
 * snapshots: down must leave the schema exactly as before up, and the second up must equal the first.
 * The whole sequence is one batch (one round trip to the database's worker); it stops at the first
 * file that fails, and results after the first problem found are not read. `took` hears how long the
 * database worked on it.
 */
export async function checkMigrationsOnDatabase(db: VerifyDatabase, pairs: readonly MigrationPair[], took?: (ms: number) => void): Promise<ArchwayIssue[]> {
  const newestFirst = [...pairs].reverse();
  const batch = await db.run([
    ...pairs.flatMap((p) => [SNAPSHOT, apply(p.up)]), SNAPSHOT, // up: the schema before each file, then after all
    ...newestFirst.flatMap((p) => [apply(p.down), SNAPSHOT]), // down: each must restore the schema before its up
    ...pairs.map((p) => apply(p.up)), SNAPSHOT, // up again: must rebuild the same schema
  ]);
  took?.(batch.ms);
  const read = reader(batch.results);

  const beforeEach = new Map<MigrationPair, string[]>();
  for (const p of pairs) {
    beforeEach.set(p, read.snapshot());
    const failed = read.applied();
    if (failed) return [applyFailed(p.up, failed)];
  }
  const afterUp = read.snapshot();

  for (const p of newestFirst) {
    const failed = read.applied();
    if (failed) return [applyFailed(p.down, failed)];
    const diff = snapshotDiff(beforeEach.get(p)!, read.snapshot());
    if (diff.added.length === 0 && diff.removed.length === 0) continue;
    const parts = [
      diff.added.length > 0 ? `left behind: ${summarise(diff.added)}` : '',
      diff.removed.length > 0 ? `removed what existed before: ${summarise(diff.removed)}` : '',
    ].filter(Boolean);
    return [verifyCodes.issue('VERIFY_DOWN_INCOMPLETE', `after ${p.up.path} then this down migration, the schema differs from before up — ${parts.join('; ')}`, { file: p.down.path })];
  }

  for (const p of pairs) {
    const failed = read.applied();
    if (failed) return [applyFailed(p.up, failed)];
  }
  const again = snapshotDiff(afterUp, read.snapshot());
  if (again.added.length > 0 || again.removed.length > 0) {
    return [verifyCodes.issue('VERIFY_DOWN_INCOMPLETE', `up after down does not rebuild the same schema: ${summarise([...again.added, ...again.removed])}`)];
  }
  return [];
}
