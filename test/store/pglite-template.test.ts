import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

// A new PGlite folder starts from the kept initdb tarball (ARCHWAY_CACHE_DIR); an existing folder
// opens as it is; a tarball that does not start is dropped and initdb runs instead.
describe('PGlite data folders start from the kept initdb tarball', () => {
  const root = mkdtempSync(join(tmpdir(), 'archway-template-'));
  const cache = join(root, 'cache');
  const saved = process.env.ARCHWAY_CACHE_DIR;
  process.env.ARCHWAY_CACHE_DIR = cache;
  afterAll(async () => {
    if (saved === undefined) delete process.env.ARCHWAY_CACHE_DIR;
    else process.env.ARCHWAY_CACHE_DIR = saved;
    await rm(root, { recursive: true, force: true });
  });
  beforeEach(() => vi.resetModules());
  const load = async () => import('../../src/server/index.js');

  async function countProjects(dataDir: string): Promise<number> {
    const { openDatabase, migrateToLatest } = await load();
    const database = await openDatabase({ dataDir });
    try {
      expect((await migrateToLatest(database.db)).error).toBeUndefined();
      return (await sql<{ n: number }>`select count(*)::int as n from projects`.execute(database.db)).rows[0]!.n;
    } finally {
      await database.close();
    }
  }

  it('keeps the tarball after the first initdb and starts later new folders from it, each with its own data', async () => {
    const { openDatabase, migrateToLatest } = await load();
    const first = join(root, 'first');
    const db1 = await openDatabase({ dataDir: first });
    expect((await migrateToLatest(db1.db)).applied).toEqual(['0001-initial']);
    await sql`insert into users (id, email, name, password_hash) values (gen_random_uuid(), 'a@example.com', 'a', 'x')`.execute(db1.db);
    await db1.close();
    expect(readdirSync(cache).filter((f) => f.endsWith('-initdb.tar.gz'))).toHaveLength(1);

    const second = join(root, 'second');
    const db2 = await openDatabase({ dataDir: second });
    expect((await migrateToLatest(db2.db)).applied).toEqual(['0001-initial']);
    expect((await sql<{ n: number }>`select count(*)::int as n from users`.execute(db2.db)).rows[0]!.n).toBe(0);
    await db2.close();

    // An existing folder is never replaced by the tarball: its rows are still there.
    const again = await openDatabase({ dataDir: first });
    expect((await sql<{ n: number }>`select count(*)::int as n from users`.execute(again.db)).rows[0]!.n).toBe(1);
    await again.close();
  });

  it('a tarball that does not start is dropped and initdb runs instead', async () => {
    const kept = readdirSync(cache).find((f) => f.endsWith('-initdb.tar.gz'))!;
    writeFileSync(join(cache, kept), 'not a tarball');
    const dataDir = join(root, 'after-broken-cache');
    expect(await countProjects(dataDir)).toBe(0);
    expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(true);
    // initdb's result was kept again in place of the broken file.
    expect((await import('node:fs')).readFileSync(join(cache, kept)).length).toBeGreaterThan(1000);
  });
});
