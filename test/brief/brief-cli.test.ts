import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'archway-brief-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await runCli(args, { stdout, stderr, cwd: dir, env: {} });
  return { code, out, err };
}

const REQ = '# Shop\n\n## Users\n\n- **Buyer** (web app): orders goods.\n\n## Non-functional requirements\n\n- 300 concurrent users at peak.\n';

describe('archway brief', () => {
  it('prints the understood brief as commented YAML with open questions and an answers section', async () => {
    await writeFile(path.join(dir, 'req.md'), REQ);
    const { code, out } = await run('brief', 'req.md');
    expect(code).toBe(0);
    expect(out).toMatch(/^# Archway brief/);
    expect(out).toContain('concurrentUsers: 300');
    expect(out).toContain('#   scale.peak-rps: Expected peak requests per second?');
    expect(out).toMatch(/\nanswers:\n {2}# tenancy\.mode: a /);
    expect(out).toContain('  # scale.peak-rps: a    # Expected peak requests per second? a) under 50 · b) 50–500 · c) over 500');
  });

  it('--json prints brief, assumptions, questions, provenance and issues', async () => {
    await writeFile(path.join(dir, 'req.md'), REQ);
    const { code, out } = await run('brief', 'req.md', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['brief', 'assumptions', 'questions', 'provenance', 'issues']);
    expect((json['provenance'] as Record<string, unknown>)['scale.concurrentUsers']).toMatchObject({ kind: 'stated', source: { file: 'req.md', line: 9 } });
  });

  it('--out writes the file, which reads back without issues', async () => {
    await writeFile(path.join(dir, 'req.md'), REQ);
    const { code, err } = await run('brief', 'req.md', '--out', 'brief.yaml');
    expect(code).toBe(0);
    expect(err).toMatch(/^wrote brief\.yaml: \d+ assumptions, \d+ open questions/);
    const again = await run('brief', 'brief.yaml', '--json');
    expect(again.code).toBe(0);
    expect((JSON.parse(again.out) as { issues: unknown[] }).issues).toEqual([]);
  });

  it('input errors exit 2 with file:line:col and a hint', async () => {
    await writeFile(path.join(dir, 'bad.yaml'), 'name: Shop\nscale:\n  concurentUsers: 3\n');
    const { code, out, err } = await run('brief', 'bad.yaml');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe('bad.yaml:3:3 (scale.concurentUsers): error BRIEF_UNKNOWN_KEY: unknown key `concurentUsers` in scale\n  hint: did you mean `concurrentUsers`?\n');
  });

  it('a missing file or no file at all is a usage error', async () => {
    expect((await run('brief', 'nope.md')).code).toBe(2);
    const none = await run('brief');
    expect(none.code).toBe(2);
    expect(none.err).toContain('CLI_USAGE');
  });

  it('--help shows usage and examples', async () => {
    const { code, out } = await run('brief', '--help');
    expect(code).toBe(0);
    expect(out).toContain('Usage: archway brief <inputs...> [--json] [--out FILE]');
    expect(out).toContain('Examples:');
  });
});

describe('archway init', () => {
  it('writes a starter brief and refuses to overwrite it without --force', async () => {
    const first = await run('init');
    expect(first.code).toBe(0);
    const text = await readFile(path.join(dir, 'brief.yaml'), 'utf8');
    expect(text).toMatch(/^# Archway brief\./);
    const second = await run('init');
    expect(second.code).toBe(2);
    expect(second.err).toContain('error BRIEF_OUTPUT_EXISTS: brief.yaml already exists');
    await writeFile(path.join(dir, 'brief.yaml'), 'mine');
    expect((await run('init', 'brief.yaml', '--force')).code).toBe(0);
    expect(await readFile(path.join(dir, 'brief.yaml'), 'utf8')).toBe(text);
    const read = await run('brief', 'brief.yaml', '--json');
    expect(read.code).toBe(0);
  });

  it('--help shows usage and examples', async () => {
    const { code, out } = await run('init', '--help');
    expect(code).toBe(0);
    expect(out).toContain('Usage: archway init [FILE] [--force]');
  });
});
