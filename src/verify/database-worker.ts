import { WorkerHost, workerError } from './worker-host.js';

// Verification talks to its database from a worker thread: PGlite runs PostgreSQL as WebAssembly
// on the thread that calls it, and pg's replies are handled by the thread that sent the query. On
// a worker, starting PGlite and applying migrations overlap with linting the OpenAPI document on
// the main thread, and a batch of steps (apply a file, snapshot the catalog, ...) costs one message
// however busy the main thread is. The worker is plain CommonJS evaluated from this string, so it
// runs the same way from the compiled package, under tsx and under Vitest.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const plain = (e) => ({ message: String((e && e.message) || e), position: e && e.position, code: e && e.code, detail: e && e.detail, hint: e && e.hint });

async function openPglite({ entry, dataDir }) {
  const { PGlite } = require(entry);
  let db;
  if (dataDir) {
    try {
      const tar = require('node:zlib').gunzipSync(dataDir);
      db = await PGlite.create({ loadDataDir: new Blob([tar], { type: 'application/x-tar' }) });
      await db.query('SELECT 1');
    } catch { db = undefined; }
  }
  let dump;
  if (!db) {
    db = await PGlite.create();
    dump = new Uint8Array(await (await db.dumpDataDir('none')).arrayBuffer());
  }
  return { dump, stale: Boolean(dataDir) && Boolean(dump), exec: async (sql) => { await db.exec(sql); }, query: async (sql, params) => (await db.query(sql, params)).rows, close: () => db.close() };
}

async function openPg({ entry, url, name }) {
  const pg = require(entry);
  const quote = (n) => '"' + n.replace(/"/g, '""') + '"';
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try { await admin.query('CREATE DATABASE ' + quote(name)); } catch (e) { await admin.end(); throw e; }
  const drop = async () => {
    await admin.query('DROP DATABASE IF EXISTS ' + quote(name) + ' WITH (FORCE)').catch(() => admin.query('DROP DATABASE IF EXISTS ' + quote(name)));
    await admin.end();
  };
  const target = new URL(url);
  target.pathname = '/' + encodeURIComponent(name);
  const client = new pg.Client({ connectionString: target.toString() });
  try {
    await client.connect();
    // A throwaway database: no commit needs to wait for its WAL to reach the disk.
    await client.query('SET synchronous_commit = off');
  } catch (e) { await client.end().catch(() => undefined); await drop().catch(() => undefined); throw e; }
  client.on('error', () => undefined);
  return {
    exec: async (sql) => { await client.query(sql); },
    query: async (sql, params) => (await client.query(sql, params)).rows,
    close: async () => { await client.end().catch(() => undefined); await drop(); },
  };
}

async function run(db, steps) {
  const start = performance.now();
  const out = [];
  for (const step of steps) {
    try {
      if (step.kind === 'apply') {
        await db.exec('BEGIN');
        try { await db.exec(step.sql); await db.exec('COMMIT'); } catch (e) { await db.exec('ROLLBACK').catch(() => undefined); throw e; }
        out.push({});
      } else out.push({ rows: await db.query(step.sql, step.params || []) });
    } catch (e) { out.push({ error: plain(e) }); break; }
  }
  return { results: out, ms: Math.round(performance.now() - start) };
}

const sessions = new Map();
parentPort.on('message', async ({ id, op, sid, target, sql, params, steps }) => {
  try {
    if (op === 'open') {
      const opening = target.pglite ? openPglite(target.pglite) : openPg(target.pg);
      sessions.set(sid, opening);
      const db = await opening;
      parentPort.postMessage({ id, stale: Boolean(db.stale), dump: db.dump }, db.dump ? [db.dump.buffer] : []);
      return;
    }
    const db = await sessions.get(sid);
    if (!db) throw new Error('no such database session');
    if (op === 'exec') { await db.exec(sql); parentPort.postMessage({ id }); }
    else if (op === 'query') parentPort.postMessage({ id, rows: await db.query(sql, params) });
    else if (op === 'run') parentPort.postMessage({ id, ...(await run(db, steps)) });
    else { sessions.delete(sid); await db.close(); parentPort.postMessage({ id }); }
  } catch (e) {
    if (op === 'open' || op === 'close') sessions.delete(sid);
    parentPort.postMessage({ id, error: plain(e) });
  }
});
`;

/** One step of a batch: a migration file applied in its own transaction, or a query whose rows come back. */
export type DatabaseStep = { readonly kind: 'apply'; readonly sql: string } | { readonly kind: 'query'; readonly sql: string; readonly params?: readonly unknown[] };
/** What a step gave: rows for a query, nothing for an applied file, or the error that stopped the batch. */
export interface DatabaseStepResult { readonly rows?: Record<string, unknown>[]; readonly error?: Error }
/** A batch's results in step order, and how long the database took for it (not counting waiting for this thread). */
export interface DatabaseBatch { readonly results: DatabaseStepResult[]; readonly ms: number }

export type WorkerTarget =
  | { readonly pglite: { readonly entry: string; readonly dataDir?: Uint8Array } }
  /** A throwaway database `name` created (and dropped on close) through the server at `url`. */
  | { readonly pg: { readonly entry: string; readonly url: string; readonly name: string } };

export interface DatabaseWorker {
  /** Settles once the session is open; requests sent before then wait in the worker's queue. */
  readonly opened: Promise<{ readonly dump?: Uint8Array; readonly stale: boolean }>;
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  run(steps: readonly DatabaseStep[]): Promise<DatabaseBatch>;
  close(): Promise<void>;
}

interface Reply { rows?: unknown[]; ms?: number; results?: { rows?: Record<string, unknown>[]; error?: Record<string, unknown> }[]; stale?: boolean; dump?: Uint8Array }

let host: WorkerHost | undefined;
let sessions = 0;

/**
 * Opens one database session on the verification database worker (started once per process, so
 * PGlite's WebAssembly is compiled once). `opened` says when it is open, with PGlite's initdb
 * tarball when it made one. Requests can be sent at once: the worker runs them as soon as the
 * session is open, so the first batch does not wait for this thread to be free again.
 */
export function startDatabaseWorker(target: WorkerTarget): DatabaseWorker {
  host ??= new WorkerHost(WORKER_SOURCE, {});
  const worker = host;
  const sid = sessions++;
  const send = async (message: Record<string, unknown>): Promise<Reply> => (await worker.request({ ...message, sid })) as Reply;
  const opened = send({ op: 'open', target }).then((m) => ({ ...(m.dump ? { dump: m.dump } : {}), stale: m.stale === true }));
  opened.catch(() => undefined);
  return {
    opened,
    exec: async (sql) => { await send({ op: 'exec', sql }); },
    query: async <T,>(sql: string, params: readonly unknown[] = []) => (await send({ op: 'query', sql, params })).rows as T[],
    run: async (steps) => {
      const reply = await send({ op: 'run', steps });
      return { results: (reply.results ?? []).map((r) => (r.error ? { error: workerError(r.error) } : r.rows ? { rows: r.rows } : {})), ms: reply.ms ?? 0 };
    },
    close: async () => { await send({ op: 'close' }); },
  };
}
