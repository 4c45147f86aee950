// @vitest-environment node
import { mkdtemp, readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { cli } from './cli-harness.js';

const EXAMPLES = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../shared/examples');
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'archway-cli-'));
});

async function listFiles(root: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(path.join(root, prefix), { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? listFiles(root, `${prefix}${e.name}/`) : [`${prefix}${e.name}`])));
  return nested.flat().sort();
}

describe('archway design', () => {
  it('designs an example into a folder and prints the key decisions, assumptions, questions and next step', async () => {
    const r = await cli(['design', path.join(EXAMPLES, 'jeex-plan.md'), '--out', 'out'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Designed JEEX Plan:/);
    expect(r.stdout).toMatch(/style\s+Modular monolith/);
    expect(r.stdout).toMatch(/deployment\s+.+\$[\d,]+\/month \(prices of \d{4}-\d{2}-\d{2}\)/);
    expect(r.stdout).toMatch(/\d+ fact\(s\) assumed/);
    expect(r.stdout).toContain('archway verify out');
    expect(r.stdout).toContain('Consistency: every artifact agrees');
    const files = await listFiles(path.join(dir, 'out'));
    expect(files).toEqual(expect.arrayContaining(['README.md', 'docs/architecture.md', 'docs/about.md', 'docs/specs.md', 'docs/plans/overview.md', 'docs/adr/README.md', 'workspace.dsl', 'architecture.json', 'manifest.json']));
    expect(files.some((f) => /^docs\/plans\/\d\d-testing\.md$/.test(f))).toBe(true);
  });

  it('prints a machine-readable summary with --json', async () => {
    const r = await cli(['design', path.join(EXAMPLES, 'fieldservice'), '--out', 'fs', '--json'], dir);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout) as { ok: boolean; decisions: Record<string, string>; questions: string[]; files: number; consistency: unknown[] };
    expect(summary.ok).toBe(true);
    expect(summary.consistency).toEqual([]);
    expect(summary.decisions['backend-framework']).toMatch(/ASP\.NET Core/);
    expect(summary.files).toBeGreaterThan(10);
  });

  it('writes byte-identical packages, folder and ZIP, on two runs', async () => {
    const input = path.join(EXAMPLES, 'nexusflow.md');
    expect((await cli(['design', input, '--out', 'a', '--zip', 'a.zip'], dir)).code).toBe(0);
    expect((await cli(['design', input, '--out', 'b', '--zip', 'zips/a.zip'], dir)).code).toBe(0);
    const files = await listFiles(path.join(dir, 'a'));
    expect(await listFiles(path.join(dir, 'b'))).toEqual(files);
    for (const f of files) expect(await readFile(path.join(dir, 'b', f)), f).toEqual(await readFile(path.join(dir, 'a', f)));
    expect((await readFile(path.join(dir, 'zips/a.zip'))).equals(await readFile(path.join(dir, 'a.zip')))).toBe(true);
  });

  it('shows help with examples', async () => {
    const r = await cli(['design', '--help'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: archway design <inputs...> --out DIR');
    expect(r.stdout).toContain('Examples:');
  });
});

describe('archway design with bad input writes nothing and exits 2', () => {
  const expectNothingWritten = async () => expect(await readdir(dir)).toEqual(expect.not.arrayContaining(['out']));

  it('names a missing file', async () => {
    const r = await cli(['design', 'missing.md', '--out', 'out'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^missing\.md: error CLI_INPUT_NOT_FOUND: no such file or folder: missing\.md\n  hint: /);
    await expectNothingWritten();
  });

  it('rejects an empty file', async () => {
    await writeFile(path.join(dir, 'empty.md'), '');
    const r = await cli(['design', 'empty.md', '--out', 'out'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^empty\.md: error [A-Z_]+: /);
    await expectNothingWritten();
  });

  it('points at the line and column of invalid YAML', async () => {
    await writeFile(path.join(dir, 'brief.yaml'), 'name: Shop\nscale: {users: [1, 2\n');
    const r = await cli(['design', 'brief.yaml', '--out', 'out'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^brief\.yaml:\d+:\d+: error [A-Z_]+: /m);
    expect(r.stderr).toContain('hint:');
    await expectNothingWritten();
  });

  it('refuses a 50 MB file quickly instead of reading it', async () => {
    await writeFile(path.join(dir, 'big.md'), '');
    await truncate(path.join(dir, 'big.md'), 50 * 1024 * 1024);
    const started = Date.now();
    const r = await cli(['design', 'big.md', '--out', 'out'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^big\.md: error CLI_INPUT_TOO_LARGE: big\.md is 50\.0 MB/);
    expect(Date.now() - started).toBeLessThan(10_000);
    await expectNothingWritten();
  });

  it('explains usage errors', async () => {
    await writeFile(path.join(dir, 'brief.yaml'), 'name: Shop\n');
    expect((await cli(['design', 'brief.yaml'], dir)).stderr).toMatch(/error CLI_USAGE: say where to write the package/);
    expect((await cli(['design', '--out', 'out'], dir)).stderr).toMatch(/error CLI_USAGE: no input files given/);
    expect((await cli(['design', 'brief.yaml', '--out', 'out', '--bogus'], dir)).code).toBe(2);
    await expectNothingWritten();
  });

  it('keeps a foreign folder intact unless --force', async () => {
    await writeFile(path.join(dir, 'brief.yaml'), 'name: Shop\n');
    const r = await cli(['design', 'brief.yaml', '--out', '.'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('PACKAGE_OUT_NOT_EMPTY');
    expect(await readdir(dir)).toEqual(['brief.yaml']);
  });
});
