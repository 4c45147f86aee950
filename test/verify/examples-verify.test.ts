import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { design, verifyPackage } from '../../src/index.js';

const EXAMPLES = join(import.meta.dirname, '../../../shared/examples');
const SERVER = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function inputs(name: string) {
  const dir = join(EXAMPLES, name);
  const files = statSync(dir, { throwIfNoEntry: false })?.isDirectory() ? readdirSync(dir).sort().map((f) => join(dir, f)) : [`${dir}.md`];
  return files.map((f) => ({ path: f.slice(EXAMPLES.length + 1), content: readFileSync(f, 'utf8') }));
}

describe.each(['jeex-plan', 'berqenas', 'nexusflow', 'orchestra', 'fieldservice'])('the designed package of %s', (name) => {
  it('verifies clean on PGlite and on the PostgreSQL server', async () => {
    const { files, model } = await design(inputs(name));
    expect(files.some((f) => f.path === 'contracts/openapi.yaml')).toBe(true);
    expect(files.some((f) => f.path.startsWith('db/migrations/'))).toBe(true);
    for (const options of [{}, { databaseUrl: SERVER }]) {
      const report = await verifyPackage(files, options);
      expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(report.checks.find((c) => c.id === 'migrations')).toMatchObject({ passed: true });
      const isolation = report.checks.find((c) => c.id === 'tenant-isolation')!;
      expect(isolation.passed).toBe(true);
      if (model.dataModel.tenancy === 'row-level' || model.dataModel.tenancy === 'schema-per-tenant') expect(isolation.skipped).toBeUndefined();
    }
  });
});
