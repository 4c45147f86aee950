// @vitest-environment happy-dom
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import mermaid from 'mermaid';
import { describe, expect, it } from 'vitest';
import { cli } from './cli-harness.js';

const BRIEF = `
name: 'Evil "Quotes"; DROP TABLE users; --'
summary: "Names that try to break every output"
personas:
  - { id: admin, name: 'The "Admin" <b>end</b>', clients: [web] }
requirements:
  - { id: FR-1, text: 'Users create a "Select" and list every Order table.' }
entities:
  - name: Select
    fields: [{ name: from, type: string, required: true }, { name: 'order "by"', type: integer }]
  - name: 'Order "Table"'
    fields: [{ name: user, type: string }]
    relations: [{ kind: belongs-to, target: Select }]
  - name: end
`;

describe('archway design with entity names that are quotes and SQL keywords', () => {
  it('writes a package whose diagrams parse and whose migrations apply and roll back', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'archway-hostile-'));
    await writeFile(path.join(dir, 'brief.yaml'), BRIEF);
    const r = await cli(['design', 'brief.yaml', '--out', 'out'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);

    const md = await readFile(path.join(dir, 'out/docs/architecture.md'), 'utf8');
    mermaid.initialize({ startOnLoad: false });
    for (const [, block] of md.matchAll(/```mermaid\n([\s\S]*?)```/g)) await expect(mermaid.parse(block!)).resolves.toBeTruthy();

    const migrations = (await readdir(path.join(dir, 'out/db/migrations'))).sort();
    const ups = migrations.filter((f) => f.endsWith('.up.sql'));
    const downs = migrations.filter((f) => f.endsWith('.down.sql')).reverse();
    const db = new PGlite();
    for (const f of ups) await db.exec(await readFile(path.join(dir, 'out/db/migrations', f), 'utf8'));
    const tables = await db.query<{ n: number }>("select count(*)::int as n from information_schema.tables where table_schema = 'public'");
    expect(tables.rows[0]!.n).toBeGreaterThanOrEqual(3);
    for (const f of downs) await db.exec(await readFile(path.join(dir, 'out/db/migrations', f), 'utf8'));
    const after = await db.query<{ n: number }>("select count(*)::int as n from information_schema.tables where table_schema = 'public'");
    expect(after.rows[0]!.n).toBe(0);
    await db.close();
  });
});
