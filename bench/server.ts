// Throughput and latency of Archway's server on both databases, and memory with 500 open SSE streams.
// Run: npx tsx bench/server.ts [pglite] [postgres] [sse] [--quiet-logs]   (all three parts when none is
// named; the PostgreSQL part needs the server on 127.0.0.1:5432; prints figures, asserts nothing)
//
// The server under load runs in its own process (this script started with `--serve`), logging at the
// default level `info` to /dev/null as a deployed server would (`--quiet-logs`: level `warn`), and the
// load generator runs in a third process, so none of them shares an event loop:
// - "at 500 req/s" lines: an open-loop generator (this script with `--load`) that starts one request
//   every 2 ms whatever the answers do, and measures each latency from the moment the request was
//   due (no coordinated omission). autocannon's `-R` is not used for this: it sends each second's
//   whole budget as one burst, so its latencies describe bursts of 50 concurrent requests.
// - "max throughput" lines: autocannon, closed loop (each connection sends when answered).
// Besides requests per second and latency, each line gives what a busy machine disturbs least: the
// server process's CPU time per request, the CPU time of the PostgreSQL backends serving its
// database per request, and the SQL statements the server sent per request.
import { execFile, fork, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { buildApp, loadConfig, migrateToLatest, openDatabase, type Generator } from '../src/server/index.js';
import { throwawayDatabase } from '../test/server/test-app.js';

type Engine = 'pglite' | 'postgres';
const ENV = { ARCHWAY_RATE_GLOBAL: '100000000', ARCHWAY_RATE_ORG: '100000000', ARCHWAY_RATE_PROJECT: '100000000', ARCHWAY_RATE_AUTH: '1000', ARCHWAY_WEB_DIST: '/nonexistent', ARCHWAY_QUOTA_JOBS: '1000' };
const AUTOCANNON = createRequire(import.meta.url).resolve('autocannon/autocannon.js');

async function server(engine: Engine, options: { generator?: Generator; logLevel?: string } = {}) {
  const pgDb = engine === 'postgres' ? await throwawayDatabase() : undefined;
  const config = loadConfig({ ...ENV, ARCHWAY_DATA_DIR: 'memory://', ...(pgDb ? { DATABASE_URL: pgDb.url } : {}), ...(options.logLevel ? { LOG_LEVEL: options.logLevel } : {}) });
  const database = await openDatabase(config);
  await migrateToLatest(database.db);
  const app = await buildApp({ config, database, logger: options.logLevel !== undefined, ...(options.generator ? { generator: options.generator } : {}) });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const dbName = pgDb ? new URL(pgDb.url).pathname.slice(1) : '';
  return { app, url, dbName, close: async () => { await app.close(); await database.close(); await pgDb?.drop(); } };
}

type App = Awaited<ReturnType<typeof server>>['app'];

async function seed(app: App) {
  const signup = (await app.inject({ method: 'POST', url: '/api/v1/auth/signup', payload: { email: `bench-${Date.now()}@example.com`, password: 'correct horse battery', name: 'bench', organization: 'bench' } })).json();
  const headers = { authorization: `Bearer ${signup.accessToken}` };
  const orgId = signup.organization.id as string;
  const content = readFileSync('/work/shared/examples/jeex-plan.md', 'utf8');
  for (let i = 0; i < 20; i++) await app.inject({ method: 'POST', url: `/api/v1/orgs/${orgId}/projects`, headers, payload: { name: `project ${i}` } });
  const p = (await app.inject({ method: 'POST', url: `/api/v1/orgs/${orgId}/projects`, headers, payload: { name: 'bench', inputs: [{ path: 'requirements.md', content }] } })).json();
  const base = `/api/v1/orgs/${orgId}/projects/${p.id}`;
  const job = (await app.inject({ method: 'POST', url: `${base}/steps/architecture/generate`, headers })).json();
  for (let i = 0; i < 1200; i++) {
    const status = (await app.inject({ method: 'GET', url: `${base}/jobs/${job.id}`, headers })).json().status as string;
    if (status === 'succeeded' || status === 'failed') break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const docs = (await app.inject({ method: 'GET', url: `${base}/documents`, headers })).json().items as { id: string; path: string }[];
  const largest = docs.find((d) => d.path === 'docs/architecture.md') ?? docs[0]!;
  const typical = docs.find((d) => d.path.startsWith('docs/adr/')) ?? docs[0]!;
  const size = async (id: string) => (await app.inject({ method: 'GET', url: `${base}/documents/${id}`, headers })).json().size as number;
  return { headers, docUrl: `${base}/documents/${typical.id}`, docKb: (await size(typical.id)) / 1024, bigUrl: `${base}/documents/${largest.id}`, bigKb: (await size(largest.id)) / 1024, listUrl: `/api/v1/orgs/${orgId}/projects?limit=20` };
}

type Seeded = Awaited<ReturnType<typeof seed>> & { url: string; dbName: string };
type Stats = { cpuUs: number; statements: number };

/** The `--serve` child: a listening server that counts the SQL statements it sends. */
async function serveChild(engine: Engine, logLevel: string): Promise<void> {
  let statements = 0;
  const count = (proto: Record<string, unknown>, method: string) => {
    const original = proto[method] as (...a: unknown[]) => unknown;
    proto[method] = function (this: unknown, ...a: unknown[]) {
      statements++;
      return original.apply(this, a);
    };
  };
  if (engine === 'postgres') count((await import('pg')).default.Client.prototype as never, 'query');
  else for (const m of ['query', 'exec']) count((await import('@electric-sql/pglite')).PGlite.prototype as never, m);
  const s = await server(engine, { logLevel });
  const seeded: Seeded = { ...(await seed(s.app)), url: s.url, dbName: s.dbName };
  process.on('message', async (m: string) => {
    if (m === 'stats') {
      const c = process.cpuUsage();
      process.send!({ cpuUs: c.user + c.system, statements } satisfies Stats);
    } else if (m === 'stop') {
      await s.close();
      process.disconnect();
    }
  });
  process.send!(seeded);
}

/** CPU seconds (user + system) of the PostgreSQL backends serving `database`, from /proc. */
function postgresCpuSec(database: string): number {
  if (!database) return 0;
  let ticks = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (!stat.includes('(postgres)') || !readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(` ${database} `)) continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended while we looked
    }
  }
  return ticks / 100;
}

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  serverUs: number;
  pgUs: number;
  statements: number;
}

const ask = (child: ChildProcess): Promise<Stats> =>
  new Promise((resolve) => {
    child.once('message', (m) => resolve(m as Stats));
    child.send('stats');
  });

async function cannon(child: ChildProcess, s: Seeded, path: string, opts: { duration: number; connections: number; overallRate?: number }): Promise<Figures> {
  const args = [AUTOCANNON, '-j', '-c', String(opts.connections), '-d', String(opts.duration), ...(opts.overallRate ? ['-R', String(opts.overallRate)] : [])];
  for (const [k, v] of Object.entries(s.headers)) args.push('-H', `${k}=${v}`);
  args.push(`${s.url}${path}`);
  const before = await ask(child);
  const pg0 = postgresCpuSec(s.dbName);
  const out = await new Promise<string>((resolve, reject) => execFile(process.execPath, args, { maxBuffer: 1 << 24 }, (err, stdout) => (err ? reject(err) : resolve(stdout))));
  const pgSec = postgresCpuSec(s.dbName) - pg0;
  const after = await ask(child);
  const r = JSON.parse(out) as { requests: { average: number; total: number }; latency: { p50: number; p99: number }; errors: number; non2xx: number };
  const n = Math.max(1, r.requests.total);
  return {
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.non2xx,
    serverUs: Math.round((after.cpuUs - before.cpuUs) / n),
    pgUs: Math.round((pgSec * 1e6) / n),
    statements: (after.statements - before.statements) / n,
  };
}

interface LoadResult {
  sent: number;
  seconds: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
}

/** The `--load` child: `rate` requests per second, evenly spaced, for `seconds`; latency from when each was due. */
async function openLoop(url: string, headers: Record<string, string>, rate: number, seconds: number): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const interval = 1000 / rate;
  const total = Math.round(rate * seconds);
  const latencies: number[] = [];
  let errors = 0;
  let sent = 0;
  const start = performance.now();
  await new Promise<void>((resolve) => {
    const answered = (due: number, ok: boolean) => {
      latencies.push(performance.now() - due);
      if (!ok) errors++;
      if (latencies.length === total) resolve();
    };
    const fire = () => {
      for (let due = start + sent * interval; sent < total && due <= performance.now(); due = start + sent * interval) {
        sent++;
        const req = httpRequest(url, { agent, headers }, (res) => {
          res.resume();
          res.on('end', () => answered(due, res.statusCode === 200));
        });
        req.on('error', () => answered(due, false));
        req.end();
      }
      if (sent < total) setTimeout(fire, Math.max(0, start + sent * interval - performance.now()));
    };
    fire();
  });
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]! * 10) / 10;
  return { sent: total, seconds: (performance.now() - start) / 1000, p50: at(0.5), p99: at(0.99), max: at(1), errors };
}

async function paced(child: ChildProcess, s: Seeded, path: string, rate: number, seconds: number): Promise<Figures> {
  const before = await ask(child);
  const pg0 = postgresCpuSec(s.dbName);
  const args = ['--load', JSON.stringify({ url: `${s.url}${path}`, headers: s.headers, rate, seconds })];
  const out = await new Promise<string>((resolve, reject) =>
    execFile(process.execPath, [...process.execArgv, process.argv[1]!, ...args], { maxBuffer: 1 << 20 }, (err, stdout) => (err ? reject(err) : resolve(stdout))),
  );
  const pgSec = postgresCpuSec(s.dbName) - pg0;
  const after = await ask(child);
  const r = JSON.parse(out) as LoadResult;
  return {
    rps: Math.round(r.sent / r.seconds),
    p50: r.p50,
    p99: r.p99,
    errors: r.errors,
    serverUs: Math.round((after.cpuUs - before.cpuUs) / r.sent),
    pgUs: Math.round((pgSec * 1e6) / r.sent),
    statements: (after.statements - before.statements) / r.sent,
  };
}

const fmt = (label: string, r: Figures) =>
  `  ${label.padEnd(44)} ${String(r.rps).padStart(5)} req/s  p50 ${String(r.p50).padStart(3)} ms  p99 ${String(r.p99).padStart(4)} ms  errors ${r.errors}  per request: server CPU ${String(r.serverUs).padStart(4)} µs, ` +
  `PostgreSQL CPU ${String(r.pgUs).padStart(4)} µs, ${r.statements.toFixed(1)} SQL statements`;

async function httpBench(engine: Engine, logLevel: string) {
  const child = fork(process.argv[1]!, ['--serve', engine, logLevel], { execArgv: process.execArgv, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const s = await new Promise<Seeded>((resolve, reject) => {
    child.once('message', (m) => resolve(m as Seeded));
    child.once('exit', (code) => reject(new Error(`the server process ended (${code})`)));
  });
  try {
    console.log(`\n${engine === 'postgres' ? 'PostgreSQL server' : 'PGlite (embedded)'} — server process logging at ${logLevel}`);
    await cannon(child, s, s.docUrl, { duration: 3, connections: 10 }); // warm-up
    const t = `${s.docKb.toFixed(1)} KB ADR`;
    const b = `${s.bigKb.toFixed(0)} KB architecture.md`;
    console.log(fmt(`read ${t} at 500 req/s (15 s)`, await paced(child, s, s.docUrl, 500, 15)));
    console.log(fmt(`read ${t}, max throughput (5 s, 20 conn)`, await cannon(child, s, s.docUrl, { duration: 5, connections: 20 })));
    console.log(fmt(`read ${b} at 500 req/s (10 s)`, await paced(child, s, s.bigUrl, 500, 10)));
    console.log(fmt('project list (20) at 500 req/s (10 s)', await paced(child, s, s.listUrl, 500, 10)));
    console.log(fmt('project list (20), max throughput (5 s)', await cannon(child, s, s.listUrl, { duration: 5, connections: 20 })));
  } finally {
    child.removeAllListeners('exit');
    const ended = new Promise((resolve) => child.once('exit', resolve));
    child.send('stop');
    await ended;
  }
}

async function sseBench(clients: number) {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const generator: Generator = {
    understand: async () => ({ brief: {} as never, provenance: {}, assumptions: [], questions: [], issues: [] }),
    render: async () => (await gate, [{ path: 'docs/about.md', content: '# About\n' }]),
  };
  const s = await server('pglite', { generator });
  try {
    const signup = (await s.app.inject({ method: 'POST', url: '/api/v1/auth/signup', payload: { email: `sse-${Date.now()}@example.com`, password: 'correct horse battery', name: 'sse', organization: 'sse' } })).json();
    const headers = { authorization: `Bearer ${signup.accessToken}` };
    const p = (await s.app.inject({ method: 'POST', url: `/api/v1/orgs/${signup.organization.id}/projects`, headers, payload: { name: 'sse', inputs: [{ path: 'a.md', content: '# A' }] } })).json();
    const base = `/api/v1/orgs/${signup.organization.id}/projects/${p.id}`;
    const job = (await s.app.inject({ method: 'POST', url: `${base}/steps/description/generate`, headers })).json();
    global.gc?.();
    const before = process.memoryUsage().rss;
    const { port } = new URL(s.url);
    let open = 0;
    let done = 0;
    const finished = new Promise<void>((resolveAll) => {
      for (let i = 0; i < clients; i++) {
        const req = httpRequest({ host: '127.0.0.1', port, path: `${base}/jobs/${job.id}/events`, headers: { ...headers, accept: 'text/event-stream' }, agent: false }, (res) => {
          open++;
          res.on('data', () => undefined);
          res.on('end', () => {
            if (++done === clients) resolveAll();
          });
        });
        req.end();
      }
    });
    for (let i = 0; i < 100 && open < clients; i++) await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 1000));
    const held = process.memoryUsage().rss;
    const gauge = (await s.app.inject({ method: 'GET', url: '/metrics' })).body.match(/^archway_sse_connections (\d+)/m)?.[1];
    const t0 = performance.now();
    release();
    await finished;
    console.log(`\n${clients} concurrent SSE clients (PGlite; server and clients in one process)`);
    console.log(`  streams open: ${open} (server gauge ${gauge})`);
    console.log(`  process RSS: ${(before / 2 ** 20).toFixed(0)} MB before, ${(held / 2 ** 20).toFixed(0)} MB while holding them (+${((held - before) / 2 ** 20).toFixed(0)} MB)`);
    console.log(`  all ${clients} received done ${(performance.now() - t0).toFixed(0)} ms after the job finished`);
  } finally {
    await s.close();
  }
}

if (process.argv[2] === '--load') {
  const o = JSON.parse(process.argv[3]!) as { url: string; headers: Record<string, string>; rate: number; seconds: number };
  process.stdout.write(JSON.stringify(await openLoop(o.url, o.headers, o.rate, o.seconds)));
} else if (process.argv[2] === '--serve') {
  await serveChild(process.argv[3] as Engine, process.argv[4] ?? 'info');
} else {
  const parts = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const logLevel = process.argv.includes('--quiet-logs') ? 'warn' : 'info';
  const wants = (part: string) => parts.length === 0 || parts.includes(part);
  console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores (other work on this machine disturbs req/s and latency most)`);
  if (wants('pglite')) await httpBench('pglite', logLevel);
  if (wants('postgres')) await httpBench('postgres', logLevel);
  if (wants('sse')) await sseBench(500);
}
