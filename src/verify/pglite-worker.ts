import { startDatabaseWorker } from './database-worker.js';
import { dropDataDir, freshDataDir, keepDataDir, PGLITE_ENTRY } from '../shared/pglite-initdb-cache.js';
import type { VerifyDatabase } from './verify-database.js';

/**
 * A fresh in-memory PGlite on a worker thread, started from the kept initdb tarball when there is
 * one (see src/shared/pglite-initdb-cache.ts); when initdb ran instead, its tarball is kept before close returns.
 */
export function openPglite(): VerifyDatabase {
  const dataDir = freshDataDir();
  const db = startDatabaseWorker({ pglite: { entry: PGLITE_ENTRY, ...(dataDir ? { dataDir } : {}) } });
  const kept = db.opened.then(
    async ({ dump, stale }) => {
      if (stale) await dropDataDir();
      if (dump) await keepDataDir(dump);
    },
    () => undefined,
  );
  return {
    engine: 'pglite',
    opened: db.opened.then(() => undefined),
    exec: (sql) => db.exec(sql),
    query: (sql, params) => db.query(sql, params),
    run: (steps) => db.run(steps),
    close: async () => {
      try {
        await db.close();
      } finally {
        await kept;
      }
    },
  };
}
