import type { ArchwayIssue } from '../errors/issue.js';
import { textOf, type PackageFiles } from './package-files.js';
import { verifyCodes } from './verify-codes.js';

export interface MigrationPair {
  readonly name: string;
  readonly up: { readonly path: string; readonly sql: string };
  readonly down: { readonly path: string; readonly sql: string };
}

const MIGRATION = /^db\/migrations\/(\d{4}_[A-Za-z0-9_]+)\.(up|down)\.sql$/;

/** The package's migrations in order, paired up; a file without its counterpart is an issue. */
export function migrationPairs(files: PackageFiles): { pairs: MigrationPair[]; issues: ArchwayIssue[] } {
  const byName = new Map<string, { up?: string; down?: string }>();
  for (const path of files.keys()) {
    const m = MIGRATION.exec(path);
    if (!m) continue;
    const entry = byName.get(m[1]!) ?? {};
    entry[m[2] as 'up' | 'down'] = path;
    byName.set(m[1]!, entry);
  }
  const pairs: MigrationPair[] = [];
  const issues: ArchwayIssue[] = [];
  for (const name of [...byName.keys()].sort()) {
    const { up, down } = byName.get(name)!;
    if (!up || !down) {
      const have = (up ?? down)!;
      issues.push(verifyCodes.issue('VERIFY_MIGRATION_PAIR', `${have} has no ${up ? 'down' : 'up'} migration`, { file: have }));
      continue;
    }
    pairs.push({ name, up: { path: up, sql: textOf(files, up)! }, down: { path: down, sql: textOf(files, down)! } });
  }
  return { pairs, issues };
}
