// Throughput and latency of Archway's server on both databases, and memory with 500 open SSE streams.
// Run: npx tsx bench/server.ts   (needs the PostgreSQL server on 127.0.0.1:5432; prints figures, asserts nothing)
import { request as httpRequest } from 'node:http';
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import { buildApp, loadConfig, migrateToLatest, openDatabase, type Generator } from '../src/server/index.js';
import { throwawayDatabase } from '../test/server/test-app.js';

const ENV = { ARCHWAY_RATE_GLOBAL: '100000000', ARCHWAY_RATE_ORG: '100000000', ARCHWAY_RATE_PROJECT: '100000000', ARCHWAY_RATE_AUTH: '1000', ARCHWAY_WEB_DIST: '/nonexistent', ARCHWAY_QUOTA_JOBS: '1000' };

async function server(engine: 'pglite' | 'postgres', generator?: Generator) {
  const pgDb = engine === 'postgres' ? await throwawayDatabase() : undefined;
  const config = loadConfig({ ...ENV, ARCHWAY_DATA_DIR: 'memory://', ...(pgDb ? { DATABASE_URL: pgDb.url } : {}), ARCHWAY_DB_POOL: '20' });
  const database = await openDatabase({ ...config, poolSize: 20 });
  await migrateToLatest(database.db);
  const app = await buildApp({ config, database, logger: false, ...(generator ? { generator } : {}) });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, url, close: async () => { await app.close(); await database.close(); await pgDb?.drop(); } };
}

async function seed(app: Awaited<ReturnType<typeof server>>['app']) {
  const signup = (await app.inject({ method: 'POST', url: '/api/v1/auth/signup', payload: { email: `bench-${Date.now()}@example.com`, password: 'correct horse battery', name: 'bench', organization: 'bench' } })).json();
  const headers = { authorization: `Bearer ${signup.accessToken}` };
  const orgId = signup.organization.id as string;
  const content = readFileSync('/work/shared/examples/jeex-plan.md', 'utf8');
  for (let i = 0; i < 20; i++) await app.inject({ method: 'POST', url: `/api/v1/orgs/${orgId}/projects`, headers, payload: { name: `project ${i}` } });
  const p = (await app.inject({ method: 'POST', url: `/api/v1/orgs/${orgId}/projects`, headers, payload: { name: 'bench', inputs: [{ path: 'requirements.md', content }] } })).json();
  const base = `/api/v1/orgs/${orgId}/projects/${p.id}`;
  const job = (await app.inject({ method: 'POST', url: `${base}/steps/architecture/generate`, headers })).json();
  for (let i = 0; i < 200; i++) {
    if ((await app.inject({ method: 'GET', url: `${base}/jobs/${job.id}`, headers })).json().status !== 'running') break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const docs = (await app.inject({ method: 'GET', url: `${base}/documents`, headers })).json().items as { id: string; path: string }[];
  const largest = docs.find((d) => d.path === 'docs/architecture.md') ?? docs[0]!;
  const typical = docs.find((d) => d.path.startsWith('docs/adr/')) ?? docs[0]!;
  const size = async (id: string) => (await app.inject({ method: 'GET', url: `${base}/documents/${id}`, headers })).json().size as number;
  return { headers, orgId, base, docUrl: `${base}/documents/${typical.id}`, docKb: (await size(typical.id)) / 1024, bigUrl: `${base}/documents/${largest.id}`, bigKb: (await size(largest.id)) / 1024, listUrl: `/api/v1/orgs/${orgId}/projects?limit=20` };
}

async function cannon(url: string, headers: Record<string, string>, opts: { duration: number; connections: number; overallRate?: number }) {
  // The load generator runs in a worker thread so it does not share the server's event loop.
  const r = await autocannon({ url, headers, duration: opts.duration, connections: opts.connections, workers: 1, ...(opts.overallRate ? { overallRate: opts.overallRate } : {}) });
  return { rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx };
}

const fmt = (label: string, r: { rps: number; p50: number; p99: number; errors: number }) =>
  `  ${label.padEnd(48)} ${String(r.rps).padStart(6)} req/s   p50 ${String(r.p50).padStart(4)} ms   p99 ${String(r.p99).padStart(4)} ms   errors ${r.errors}`;

async function httpBench(engine: 'pglite' | 'postgres') {
  const s = await server(engine);
  try {
    const d = await seed(s.app);
    console.log(`\n${engine === 'postgres' ? 'PostgreSQL server' : 'PGlite (embedded)'}`);
    await cannon(`${s.url}${d.docUrl}`, d.headers, { duration: 2, connections: 10 }); // warm-up
    const t = `${d.docKb.toFixed(1)} KB ADR`;
    const b = `${d.bigKb.toFixed(0)} KB architecture.md`;
    console.log(fmt(`read ${t} at 500 req/s (10 s)`, await cannon(`${s.url}${d.docUrl}`, d.headers, { duration: 10, connections: 50, overallRate: 500 })));
    console.log(fmt(`read ${t}, max throughput (5 s)`, await cannon(`${s.url}${d.docUrl}`, d.headers, { duration: 5, connections: 20 })));
    console.log(fmt(`read ${b} at 500 req/s (10 s)`, await cannon(`${s.url}${d.bigUrl}`, d.headers, { duration: 10, connections: 50, overallRate: 500 })));
    console.log(fmt('project list (20), max throughput (5 s, 20 conn)', await cannon(`${s.url}${d.listUrl}`, d.headers, { duration: 5, connections: 20 })));
  } finally {
    await s.close();
  }
}

async function sseBench(clients: number) {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const generator: Generator = {
    understand: async () => ({ brief: {} as never, provenance: {}, assumptions: [], questions: [], issues: [] }),
    render: async () => (await gate, [{ path: 'docs/about.md', content: '# About\n' }]),
  };
  const s = await server('pglite', generator);
  try {
    const d = await seed(s.app).catch(() => undefined);
    const signup = (await s.app.inject({ method: 'POST', url: '/api/v1/auth/signup', payload: { email: `sse-${Date.now()}@example.com`, password: 'correct horse battery', name: 'sse', organization: 'sse' } })).json();
    const headers = { authorization: `Bearer ${signup.accessToken}` };
    const p = (await s.app.inject({ method: 'POST', url: `/api/v1/orgs/${signup.organization.id}/projects`, headers, payload: { name: 'sse', inputs: [{ path: 'a.md', content: '# A' }] } })).json();
    const base = `/api/v1/orgs/${signup.organization.id}/projects/${p.id}`;
    const job = (await s.app.inject({ method: 'POST', url: `${base}/steps/description/generate`, headers })).json();
    void d;
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

await httpBench('pglite');
await httpBench('postgres');
await sseBench(500);
