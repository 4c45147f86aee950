// Prints how long `archway verify` takes on each example's designed package and on a generated
// 200-entity brief, on embedded PostgreSQL (PGlite) and on the server. Run: npx tsx bench/verify.ts
// Targets for the 200-entity package: under 5 s embedded, under 2 s against the server.
// Verification runs on three threads (consistency here; Spectral and the database on workers), so
// wall time depends on free cores: the load average is printed, and `cpu` is this process's CPU
// time (all threads; the PostgreSQL server's own work is not in it). PGlite starts from the initdb
// tarball kept in ~/.cache/archway (ARCHWAY_CACHE_DIR); the first run ever makes it.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { briefSchema, design, designFromBrief, verifyPackage, type BriefInput, type RenderedFile } from '../src/index.js';

const EXAMPLES = join(import.meta.dirname, '../../shared/examples');
const SERVER = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function exampleInputs(name: string) {
  const dir = join(EXAMPLES, name);
  const files = statSync(dir, { throwIfNoEntry: false })?.isDirectory() ? readdirSync(dir).sort().map((f) => join(dir, f)) : [`${dir}.md`];
  return files.map((f) => ({ path: f.slice(EXAMPLES.length + 1), content: readFileSync(f, 'utf8') }));
}

/** A multi-tenant brief with 200 entities: fields of every kind, chains of owned children, enums and JSON. */
function largeBrief(): BriefInput {
  const entities: NonNullable<BriefInput['entities']> = [{ name: 'Organization', tenantOwned: false }];
  for (let i = 0; i < 199; i++) {
    entities.push({
      name: `Item${String(i).padStart(3, '0')}`,
      fields: [
        { name: 'title', type: 'string', maxLength: 200, required: true },
        { name: 'status', type: 'string', required: true, enum: ['open', 'closed'] },
        { name: 'amount', type: 'integer', min: 0 },
        { name: 'settings', type: 'json', required: true },
        { name: 'notes', type: 'text' },
      ],
      relations: i % 4 === 0 ? [] : [{ kind: 'belongs-to', target: `Item${String(i - 1).padStart(3, '0')}`, required: true }],
    });
  }
  return {
    name: 'Large Platform',
    requirements: [{ id: 'FR-1', text: 'Members manage every item.' }],
    entities,
    tenancy: { mode: 'multi', tenantNoun: 'organization' },
  };
}

async function time(files: readonly RenderedFile[], databaseUrl?: string): Promise<string> {
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  const report = await verifyPackage(files, databaseUrl ? { databaseUrl } : {});
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpu0);
  const errors = report.issues.filter((i) => i.severity === 'error').length;
  const phases = report.checks.map((c) => `${c.id} ${c.skipped ? 'skip' : `${c.ms}ms`}`).join(', ');
  return `${(ms / 1000).toFixed(2)} s (cpu ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s)${errors ? ` (${errors} errors)` : ''}  [${phases}]`;
}

const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
const loadBefore = load();
const rows: [string, string, string][] = [];
for (const name of ['jeex-plan', 'berqenas', 'nexusflow', 'orchestra', 'fieldservice']) {
  const { files } = await design(exampleInputs(name));
  rows.push([name, await time(files), await time(files, SERVER)]);
}
const brief = briefSchema.parse(largeBrief());
const large = designFromBrief({ brief, provenance: {}, assumptions: [], questions: [], issues: [] });
const tables = large.model.dataModel.tables.length;
rows.push([`200 entities (${tables} tables)`, await time(large.files), await time(large.files, SERVER)]);

console.log('archway verify — wall time per package (includes starting PGlite / creating the throwaway database)');
console.log(`machine: ${availableParallelism()} cores, load average ${loadBefore} before, ${load()} after\n`);
console.log(`${'package'.padEnd(28)} ${'PGlite'.padEnd(88)} server`);
for (const [name, embedded, server] of rows) console.log(`${name.padEnd(28)} ${embedded.padEnd(88)} ${server}`);

// PostgreSQL's own share of the server figure for the 200-entity package: the same up → down → up
// the migrations check runs, timed statement group by statement group on a throwaway database, with
// commits that do not wait for the WAL (as verify's). Committing the down deletes the relation files
// the up made; that time is the server's and its file system's, which no client can shorten.
{
  const { default: pg } = await import('pg');
  const name = `archway_bench_ddl_${process.pid}`;
  const admin = new pg.Client({ connectionString: SERVER });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  const db = new pg.Client({ connectionString: url.toString() });
  await db.connect();
  const text = (suffix: string): string =>
    large.files
      .filter((f) => f.path.startsWith('db/migrations/') && f.path.endsWith(suffix))
      .sort((a, b) => (suffix === '.down.sql' ? b.path.localeCompare(a.path) : a.path.localeCompare(b.path)))
      .map((f) => (typeof f.content === 'string' ? f.content : Buffer.from(f.content).toString('utf8')))
      .join('\n');
  const timed = async (sql: string): Promise<[number, number]> => {
    const start = performance.now();
    await db.query('BEGIN');
    await db.query('SET LOCAL synchronous_commit = off');
    await db.query(sql);
    const body = performance.now() - start;
    await db.query('COMMIT');
    return [body, performance.now() - start - body];
  };
  const up = text('.up.sql');
  const down = text('.down.sql');
  try {
    const steps = [['up', await timed(up)], ['down', await timed(down)], ['up again', await timed(up)]] as const;
    console.log(`\nPostgreSQL's own time for the ${tables}-table migrations on the server (statements + commit):`);
    for (const [step, [body, commit]] of steps) console.log(`  ${step.padEnd(9)} ${(body / 1000).toFixed(2)} s + commit ${(commit / 1000).toFixed(2)} s`);
    const total = steps.reduce((sum, [, [b, c]]) => sum + b + c, 0);
    console.log(`  total     ${(total / 1000).toFixed(2)} s of the 2 s target, before any check of Archway's own`);
  } finally {
    await db.end();
    await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
    await admin.end();
  }
}
