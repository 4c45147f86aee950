import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { verifyPackage, type VerifyReport } from '../../src/verify/verify-package.js';
import { contractPackage, plant, SMALL_SAAS } from './contract-package.js';

const SERVER = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const clean = contractPackage(SMALL_SAAS);
const errors = (r: VerifyReport) => r.issues.filter((i) => i.severity === 'error');
const temps: string[] = [];
const before = process.env['ARCHWAY_CACHE_DIR'];
afterEach(() => {
  if (before === undefined) delete process.env['ARCHWAY_CACHE_DIR'];
  else process.env['ARCHWAY_CACHE_DIR'] = before;
});
afterAll(async () => { for (const t of temps) await rm(t, { recursive: true, force: true }); });

async function cacheFolder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'archway-cache-'));
  temps.push(dir);
  process.env['ARCHWAY_CACHE_DIR'] = dir;
  return dir;
}

describe('embedded PostgreSQL started from the kept initdb tarball', () => {
  it('keeps the tarball after the first run and verifies the same from it', async () => {
    const dir = await cacheFolder();
    const first = await verifyPackage(clean);
    expect(first.issues).toEqual([]);
    const [name] = (await import('node:fs')).readdirSync(dir);
    expect(name).toMatch(/^pglite-.+-initdb\.tar\.gz$/);
    expect(gunzipSync(await readFile(join(dir, name!))).length).toBeGreaterThan(1_000_000);
    const second = await verifyPackage(plant(clean, 'db/migrations/0002_row_level_security.down.sql', 'DROP POLICY "tasks_tenant_isolation" ON "tasks";\n', ''));
    expect(errors(second).map((i) => i.code)).toEqual(['VERIFY_DOWN_INCOMPLETE']);
  });

  it('replaces a damaged tarball instead of failing', async () => {
    const dir = await cacheFolder();
    await verifyPackage(clean);
    const [name] = (await import('node:fs')).readdirSync(dir);
    const file = join(dir, name!);
    await writeFile(file, 'not a tarball');
    const report = await verifyPackage(clean);
    expect(report.issues).toEqual([]);
    expect((await stat(file)).size).toBeGreaterThan(1_000_000);
  });
});

describe('database failures are issues, not crashes', () => {
  it('reports a server that cannot be reached, with the consistency checks still run', async () => {
    const report = await verifyPackage(clean, { databaseUrl: 'postgres://postgres@127.0.0.1:1/postgres' });
    expect(report.ok).toBe(false);
    expect(errors(report).map((i) => i.code)).toEqual(['VERIFY_DATABASE']);
    expect(report.issues[0]!.message).toContain('cannot open a database');
    expect(report.checks.map((c) => c.id)).toEqual(['consistency', 'openapi-lint']);
  });

  it.each([['PGlite', undefined], ['the server', SERVER]])('locates a migration that parses but fails on %s', async (_engine, databaseUrl) => {
    const broken = plant(clean, 'db/migrations/0001_create_schema.up.sql', /\n*$/, '\n\nCREATE VIEW "task_colours" AS\n  SELECT "colour" FROM "tasks";\n');
    const report = await verifyPackage(broken, databaseUrl ? { databaseUrl } : {});
    const failed = errors(report);
    expect(failed.map((i) => i.code)).toEqual(['VERIFY_MIGRATION_FAILED']);
    expect(failed[0]!.message).toContain('column "colour" does not exist');
    const lines = Buffer.from(broken.get('db/migrations/0001_create_schema.up.sql')!).toString('utf8').split('\n');
    expect(failed[0]!.location).toEqual({ file: 'db/migrations/0001_create_schema.up.sql', line: lines.findIndex((l) => l.includes('"colour"')) + 1 });
    expect(report.checks.find((c) => c.id === 'tenant-isolation')).toMatchObject({ skipped: 'migrations failed' });
  });
});
