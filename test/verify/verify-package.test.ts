import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { zipSync } from 'fflate';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { ArchwayError } from '../../src/errors/issue.js';
import { verifyPackage } from '../../src/verify/verify-package.js';
import { decision, exampleBrief } from '../contracts/contract-model.js';
import { contractPackage, plant, SMALL_SAAS } from './contract-package.js';

const SERVER = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const codes = (r: { issues: readonly { code: string; severity: string }[] }) => r.issues.filter((i) => i.severity === 'error').map((i) => i.code);
const clean = contractPackage(SMALL_SAAS);
const temps: string[] = [];
afterAll(async () => { for (const t of temps) await rm(t, { recursive: true, force: true }); });

describe('verifyPackage on PGlite', () => {
  it('passes a clean row-level package: migrations reversible, isolation proven on every table', async () => {
    const report = await verifyPackage(clean);
    expect(report.issues).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.engine).toBe('pglite');
    expect(report.checks.map((c) => [c.id, c.passed, c.skipped])).toEqual([
      ['consistency', true, undefined], ['openapi-lint', true, undefined], ['migrations', true, undefined], ['tenant-isolation', true, undefined],
    ]);
  });

  it('catches a dropped down-migration statement', async () => {
    const broken = plant(clean, 'db/migrations/0002_row_level_security.down.sql', 'DROP POLICY "tasks_tenant_isolation" ON "tasks";\n', '');
    const report = await verifyPackage(broken);
    expect(report.ok).toBe(false);
    expect(codes(report)).toEqual(['VERIFY_DOWN_INCOMPLETE']);
    expect(report.issues[0]!.location?.file).toBe('db/migrations/0002_row_level_security.down.sql');
    expect(report.issues[0]!.message).toContain('tasks_tenant_isolation');
  });

  it('catches a tenant table without row-level security, statically and by querying as another tenant', async () => {
    let broken = plant(clean, 'db/migrations/0002_row_level_security.up.sql', /ALTER TABLE "tasks" ENABLE ROW LEVEL SECURITY;\n\nALTER TABLE "tasks" FORCE ROW LEVEL SECURITY;\n\nCREATE POLICY "tasks_tenant_isolation"[^;]*;\n\n?/, '');
    broken = plant(broken, 'db/migrations/0002_row_level_security.down.sql', /DROP POLICY "tasks_tenant_isolation"[^;]*;\n\nALTER TABLE "tasks" NO FORCE ROW LEVEL SECURITY;\n\nALTER TABLE "tasks" DISABLE ROW LEVEL SECURITY;\n\n/, '');
    const report = await verifyPackage(broken);
    const leaks = report.issues.filter((i) => i.code === 'VERIFY_TENANT_LEAK').map((i) => i.message);
    expect(leaks).toEqual([
      "table 'tasks' has tenant_id but no ENABLE ROW LEVEL SECURITY, no FORCE ROW LEVEL SECURITY, no a tenant policy",
      "as tenant B, 'tasks' shows tenant A's rows (no WHERE clause)",
    ]);
    expect(report.issues.find((i) => i.code === 'VERIFY_TENANT_LEAK')!.location).toMatchObject({ file: 'db/migrations/0001_create_schema.up.sql' });
  });

  it('catches a response field without a column, with its line', async () => {
    const broken = plant(clean, 'contracts/openapi.yaml', /(    Task:\n(?:.*\n)*?      properties:\n)/, '$1        colour:\n          type: string\n');
    const report = await verifyPackage(broken);
    expect(codes(report)).toContain('VERIFY_FIELD_COLUMN');
    const issue = report.issues.find((i) => i.code === 'VERIFY_FIELD_COLUMN')!;
    expect(issue.message).toContain("'colour'");
    expect(issue.location?.file).toBe('contracts/openapi.yaml');
    expect(issue.location?.line).toBeGreaterThan(1);
  });

  it('catches a broken $ref', async () => {
    const broken = plant(clean, 'contracts/openapi.yaml', "$ref: \"#/components/schemas/TaskCreate\"", "$ref: \"#/components/schemas/TaskCreat\"");
    const report = await verifyPackage(broken);
    expect(codes(report)).toContain('VERIFY_OPENAPI_INVALID');
    expect(codes(report)).toContain('VERIFY_OPENAPI_LINT');
  });

  it('proves schema-per-tenant isolation by provisioning two tenants, and catches a grant to everyone', async () => {
    const files = contractPackage(exampleBrief('berqenas'), [decision('multi-tenancy', 'Schema per tenant', { isolation: 'schema-per-tenant' })]);
    const good = await verifyPackage(files);
    expect(good.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(good.checks.find((c) => c.id === 'tenant-isolation')).toMatchObject({ passed: true });
    const leaky = plant(files, 'db/migrations/0002_tenant_provisioning.up.sql', "EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', v_schema, v_role);", "EXECUTE format('GRANT USAGE ON SCHEMA %I TO PUBLIC', v_schema);\n  EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT ON TABLES TO PUBLIC', v_schema);");
    const bad = await verifyPackage(leaky);
    expect(codes(bad)).toContain('VERIFY_TENANT_LEAK');
  });

  it('reads a package folder and a ZIP, and refuses what is not a package', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'archway-verify-'));
    temps.push(dir);
    for (const [path, bytes] of clean) {
      await mkdir(dirname(join(dir, 'pkg', path)), { recursive: true });
      await writeFile(join(dir, 'pkg', path), bytes);
    }
    await writeFile(join(dir, 'pkg.zip'), zipSync(Object.fromEntries([...clean].map(([p, b]) => [`pkg/${p}`, b]))));
    expect((await verifyPackage(join(dir, 'pkg'))).ok).toBe(true);
    expect((await verifyPackage(join(dir, 'pkg.zip'))).ok).toBe(true);
    await writeFile(join(dir, 'notes.txt'), 'hello');
    const err = await verifyPackage(join(dir, 'notes.txt')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ArchwayError);
    expect((err as ArchwayError).issues[0]!.code).toBe('VERIFY_BAD_INPUT');
  });
});

describe('verifyPackage on the PostgreSQL server', () => {
  it('passes the clean package in a throwaway database and drops it afterwards', async () => {
    const report = await verifyPackage(clean, { databaseUrl: SERVER });
    expect(report.engine).toBe('server');
    expect(report.issues).toEqual([]);
    const client = new pg.Client({ connectionString: SERVER });
    await client.connect();
    const left = await client.query("SELECT datname FROM pg_database WHERE datname LIKE 'archway_verify_%'");
    await client.end();
    expect(left.rows).toEqual([]);
  });

  it('catches the dropped down statement on the server too', async () => {
    const broken = plant(clean, 'db/migrations/0002_row_level_security.down.sql', 'REVOKE USAGE ON SCHEMA public FROM "task_board_app";\n', '');
    expect(codes(await verifyPackage(broken, { databaseUrl: SERVER }))).toEqual(['VERIFY_DOWN_INCOMPLETE']);
  });
});
