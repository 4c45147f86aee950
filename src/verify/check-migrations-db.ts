import type { ArchwayIssue } from '../errors/issue.js';
import { catalogSnapshot, snapshotDiff } from './catalog-snapshot.js';
import type { MigrationPair } from './migration-files.js';
import { verifyCodes } from './verify-codes.js';
import type { VerifyDatabase } from './verify-database.js';

async function applyFile(db: VerifyDatabase, path: string, sql: string): Promise<ArchwayIssue | undefined> {
  await db.exec('BEGIN');
  try {
    await db.exec(sql);
    await db.exec('COMMIT');
    return undefined;
  } catch (err) {
    await db.exec('ROLLBACK').catch(() => undefined);
    const e = err as { message?: string; position?: string };
    const position = Number(e.position);
    const location = Number.isFinite(position) && position > 0
      ? { file: path, line: sql.slice(0, position - 1).split('\n').length }
      : { file: path };
    return verifyCodes.issue('VERIFY_MIGRATION_FAILED', `${path}: ${e.message ?? String(err)}`, location);
  }
}

function summarise(lines: readonly string[]): string {
  const shown = lines.slice(0, 5).map((l) => l.length > 160 ? `${l.slice(0, 157)}...` : l);
  return shown.join('; ') + (lines.length > 5 ? `; and ${lines.length - 5} more` : '');
}

/**
 * Applies the migrations up, down and up again, each file in one transaction, and compares catalog
 * snapshots: down must leave the schema exactly as before up, and the second up must equal the first.
 */
export async function checkMigrationsOnDatabase(db: VerifyDatabase, pairs: readonly MigrationPair[]): Promise<ArchwayIssue[]> {
  const beforeEach: string[][] = [];
  const up = async (record: boolean) => {
    for (const p of pairs) {
      if (record) beforeEach.push(await catalogSnapshot(db));
      const failed = await applyFile(db, p.up.path, p.up.sql);
      if (failed) return failed;
    }
    return undefined;
  };
  const firstUp = await up(true);
  if (firstUp) return [firstUp];
  const afterUp = await catalogSnapshot(db);
  const issues: ArchwayIssue[] = [];
  for (let k = pairs.length - 1; k >= 0; k--) {
    const p = pairs[k]!;
    const failed = await applyFile(db, p.down.path, p.down.sql);
    if (failed) return [failed];
    const diff = snapshotDiff(beforeEach[k]!, await catalogSnapshot(db));
    if (diff.added.length === 0 && diff.removed.length === 0) continue;
    const parts = [
      diff.added.length > 0 ? `left behind: ${summarise(diff.added)}` : '',
      diff.removed.length > 0 ? `removed what existed before: ${summarise(diff.removed)}` : '',
    ].filter(Boolean);
    issues.push(verifyCodes.issue('VERIFY_DOWN_INCOMPLETE', `after ${p.up.path} then this down migration, the schema differs from before up — ${parts.join('; ')}`, { file: p.down.path }));
    return issues;
  }
  const secondUp = await up(false);
  if (secondUp) return [secondUp];
  const again = snapshotDiff(afterUp, await catalogSnapshot(db));
  if (again.added.length > 0 || again.removed.length > 0) {
    issues.push(verifyCodes.issue('VERIFY_DOWN_INCOMPLETE', `up after down does not rebuild the same schema: ${summarise([...again.added, ...again.removed])}`));
  }
  return issues;
}
