import { readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { checkRepository, confirmationFor, reviewRepository, type ArchitectureModel } from '../../src/index.js';
import { runCli } from '../../src/cli/run-cli.js';
import { cleanExpressService, plantedExpressService } from './fixtures/express-service.js';
import { cleanFastApiService } from './fixtures/fastapi-service.js';
import { writeRepo, type RepoFiles } from './fixtures/write-repo.js';

const roots: string[] = [];
const repo = (files: RepoFiles): string => {
  const root = writeRepo(files);
  roots.push(root);
  return root;
};
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await runCli(args, { stdout, stderr, cwd, env: {} });
  return { code, stdout: out, stderr: err };
}

const forbidRoutesToDb = {
  rules: [{ id: 'routes-not-to-db', kind: 'forbidden', from: { layer: 'routes' }, to: { path: 'src/db/**' }, comment: 'Routes reach data only through services.', adr: 'ADR-003' }],
};

describe('archway check with a config file', () => {
  it('fails (exit 1) on a forbidden dependency, naming the rule, its comment and file:line', async () => {
    const root = repo({ ...plantedExpressService(), 'archway.config.json': JSON.stringify(forbidRoutesToDb) });
    const run = await cli(['check'], root);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('src/routes/orders.routes.ts:3: error routes-not-to-db: src/routes/orders.routes.ts imports src/db/pool.ts — Routes reach data only through services. [ADR-003]');
  });

  it('passes (exit 0) on the clean service with the same YAML config', async () => {
    const yaml = 'rules:\n  - id: routes-not-to-db\n    kind: forbidden\n    from: { layer: routes }\n    to: { path: "src/db/**" }\n    comment: Routes reach data only through services.\n';
    const root = repo({ ...cleanExpressService(), 'archway.config.yaml': yaml });
    const run = await cli(['check'], root);
    expect(run.stdout).toContain('archway check: passed');
    expect(run.code).toBe(0);
  });

  it('counts or ignores type-only imports per rule', async () => {
    const files = { ...cleanExpressService() };
    const rule = (typeOnly: string) => ({ rules: [{ id: 'no-models-from-controllers', kind: 'forbidden', from: { layer: 'controllers' }, to: { layer: 'models' }, typeOnly, comment: 'test' }] });
    const ignored = await checkRepository(repo(files), { config: rule('ignore') as never });
    const counted = await checkRepository(repo(files), { config: rule('count') as never });
    expect(ignored.violations).toEqual([]);
    expect(counted.violations.map((v) => `${v.file}:${v.line}`)).toEqual(['src/controllers/orders.controller.ts:3']);
  });

  it('rejects an invalid config with the path of the problem (exit 2)', async () => {
    const root = repo({ ...cleanExpressService(), 'archway.config.json': JSON.stringify({ rules: [{ id: 'x', kind: 'forbidden', from: {}, to: {} }] }) });
    const run = await cli(['check'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/archway\.config\.json \(rules\.0\.comment\): error REVIEW_CONFIG_INVALID/);
  });
});

describe('archway check --from architecture.json', () => {
  async function architecture(): Promise<ArchitectureModel> {
    const recovered = (await reviewRepository(repo(cleanExpressService()), { cache: false })).model;
    const decision = { kind: 'decision', id: 'architecture-style', area: 'architecture-style', title: 'Layered monolith', status: 'accepted', choice: 'Layered monolith', technologies: [], context: '', options: [], drivers: [], rationale: '', consequences: { positive: [], negative: [], risks: [] }, requirementIds: [], details: {}, confirmation: [], adr: { number: 1, slug: 'architecture-style', file: 'docs/adr/ADR-001-architecture-style.md' } };
    return { ...recovered, origin: 'designed', decisions: [decision as never], layers: recovered.layers.map((l) => ({ ...l, decisionId: 'architecture-style' })) };
  }

  it('derives one rule per layer that names the ADR, and fails on the planted upward import', async () => {
    const model = await architecture();
    const root = repo(plantedExpressService());
    writeFileSync(join(root, 'architecture.json'), JSON.stringify(model));
    const result = await checkRepository(root, { from: join(root, 'architecture.json') });
    expect(result.passed).toBe(false);
    const layer = result.violations.find((v) => v.ruleId === 'layer/repositories')!;
    expect(layer).toMatchObject({ file: 'src/repositories/orders.repository.ts', line: 2, adr: 'docs/adr/ADR-001-architecture-style.md', severity: 'error' });
    expect(result.violations.find((v) => v.ruleId === 'no-cycles')).toMatchObject({ file: 'src/models/customer.ts', line: 1, adr: 'docs/adr/ADR-001-architecture-style.md' });
  });

  it('passes the clean service, and confirmationFor states the same rule ids for the ADR', async () => {
    const model = await architecture();
    const root = repo(cleanExpressService());
    writeFileSync(join(root, 'architecture.json'), JSON.stringify({ model }));
    const result = await checkRepository(root, { from: join(root, 'architecture.json') });
    expect(result.violations).toEqual([]);
    const lines = confirmationFor(model)['architecture-style']!;
    expect(lines).toContain('`archway check` rule `layer/repositories`: code in repositories (src/repositories/**) may import only models, config.');
    expect(lines[lines.length - 1]).toBe('`archway check` rule `no-cycles`: no dependency cycles between modules.');
    expect(result.config.rules.map((r) => r.id)).toEqual([...model.layers.map((l) => `layer/${l.id}`), 'no-cycles']);
  });
});

describe('baselines and suppressions', () => {
  it('--update-baseline records today\'s violations; then only a new violation fails', async () => {
    const root = repo(plantedExpressService());
    expect((await cli(['check'], root)).code).toBe(1);
    const update = await cli(['check', '--update-baseline'], root);
    expect(update.code).toBe(0);
    expect(JSON.parse(readFileSync(join(root, 'archway-baseline.json'), 'utf8')).findings.length).toBe(6);
    expect((await cli(['check'], root)).code).toBe(0);
    writeFileSync(join(root, 'src/services/leak.ts'), "export const dbPassword = 'hunter2hunter2';\n");
    writeFileSync(join(root, 'src/services/orders.service.ts'), `import './leak.js';\n${readFileSync(join(root, 'src/services/orders.service.ts'), 'utf8')}`);
    const after = await cli(['check'], root);
    expect(after.code).toBe(1);
    expect(after.stdout).toContain('src/services/leak.ts:1: error no-secrets');
    expect(after.stdout).toContain('6 baselined');
  });

  it('an inline suppression with a reason silences the finding and is listed; one without a reason is itself a finding', async () => {
    const files = plantedExpressService();
    const root = repo({
      ...files,
      'src/config/secrets.ts': "// archway-ignore hardcoded-secret: test key of the sandbox account [ADR-007]\nexport const paymentKey = 'sk_live_4eC39HqLyjWDarjtT1zdp7dc';\n",
    });
    const review = await reviewRepository(root);
    expect(review.findings.some((f) => f.ruleId === 'hardcoded-secret')).toBe(false);
    expect(review.suppressions).toContainEqual({ file: 'src/config/secrets.ts', line: 1, ruleId: 'hardcoded-secret', reason: 'test key of the sandbox account', adr: 'ADR-007', matched: 1 });
    expect(review.findings.find((f) => f.ruleId === 'suppression-without-reason')).toMatchObject({ file: 'src/services/orders.service.ts', line: 3 });
  });
});

describe('incremental cache', () => {
  it('re-parses only the file that changed', async () => {
    const root = repo(cleanFastApiService());
    const cold = await reviewRepository(root);
    expect(cold.stats).toMatchObject({ parsed: cold.stats.modules, cached: 0 });
    const warm = await reviewRepository(root);
    expect(warm.stats).toMatchObject({ parsed: 0, cached: cold.stats.modules });
    writeFileSync(join(root, 'app/services/invoice_service.py'), `${readFileSync(join(root, 'app/services/invoice_service.py'), 'utf8')}\n# touched\n`);
    const touched = await reviewRepository(root);
    expect(touched.stats).toMatchObject({ parsed: 1, cached: cold.stats.modules - 1 });
    expect(touched.findings).toEqual(warm.findings);
  });

  const edgesOf = (review: Awaited<ReturnType<typeof reviewRepository>>): string[] => review.analysis.graph.edges.map((e) => `${e.from} -> ${e.to}`);
  const threeModules = { 'src/a.ts': "import { b } from './b.js';\n", 'src/b.ts': 'export const b = 1;\n', 'src/c.ts': 'export const b = 2;\n' };

  it('skips reading files whose size and modification time are unchanged, and re-parses an edited one', async () => {
    const root = repo(threeModules);
    const old = new Date(Date.now() - 3_600_000);
    for (const f of Object.keys(threeModules)) utimesSync(join(root, f), old, old);
    expect(edgesOf(await reviewRepository(root))).toEqual(['src/a.ts -> src/b.ts']);
    const warm = await reviewRepository(root);
    expect(warm.stats).toMatchObject({ parsed: 0, cached: 3 });
    writeFileSync(join(root, 'src/a.ts'), "import { b } from './c.js';\n");
    const later = new Date(Date.now() - 1_800_000);
    utimesSync(join(root, 'src/a.ts'), later, later);
    const edited = await reviewRepository(root);
    expect(edited.stats).toMatchObject({ parsed: 1, cached: 2 });
    expect(edgesOf(edited)).toEqual(['src/a.ts -> src/c.ts']);
  });

  it('hashes a recently modified file even when its size and modification time look unchanged', async () => {
    const root = repo(threeModules);
    const recent = Math.floor(Date.now() / 1000) - 1;
    utimesSync(join(root, 'src/a.ts'), recent, recent);
    expect(edgesOf(await reviewRepository(root))).toEqual(['src/a.ts -> src/b.ts']);
    writeFileSync(join(root, 'src/a.ts'), "import { b } from './c.js';\n");
    utimesSync(join(root, 'src/a.ts'), recent, recent);
    expect(statSync(join(root, 'src/a.ts')).mtimeMs).toBe(recent * 1000);
    const edited = await reviewRepository(root);
    expect(edited.stats).toMatchObject({ parsed: 1, cached: 2 });
    expect(edgesOf(edited)).toEqual(['src/a.ts -> src/c.ts']);
  });
});

describe('SARIF for code scanning', () => {
  it('emits SARIF 2.1.0 with rules, levels, relative locations and fingerprints', async () => {
    const root = repo(plantedExpressService());
    const run = await cli(['review', '.', '--format', 'sarif'], root);
    expect(run.code).toBe(0);
    const sarif = JSON.parse(run.stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toContain('sarif-2.1.0');
    const [only] = sarif.runs;
    expect(only.tool.driver.name).toBe('Archway');
    const ruleIds = only.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ruleIds).toContain('layer-direction');
    const result = only.results.find((r: { ruleId: string }) => r.ruleId === 'layer-direction');
    expect(result).toMatchObject({
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'src/repositories/orders.repository.ts', uriBaseId: '%SRCROOT%' }, region: { startLine: 2 } } }],
    });
    expect(ruleIds[result.ruleIndex]).toBe('layer-direction');
    expect(Object.values(result.partialFingerprints)[0]).toMatch(/^[0-9a-f]{16}$/);
    expect(only.results.map((r: { level: string }) => r.level)).toContain('note');
  });
});

describe('the review and check commands', () => {
  it('writes the review folder and prints a summary; --json is quiet', async () => {
    const root = repo(plantedExpressService());
    const run = await cli(['review', '.', '--out', 'out/review', '--json'], root);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary).toMatchObject({ ok: true, findings: { error: 5, warning: 8, info: 2 } });
    expect(readFileSync(join(root, 'out/review/review.md'), 'utf8')).toContain('## Architecture Review: orders-service');
    expect(run.stderr).toBe('');
  });

  it('prints the dependency graph as Mermaid or DOT', async () => {
    const root = repo(cleanExpressService());
    const mermaid = await cli(['review', '--format', 'mermaid'], root);
    expect(mermaid.stdout.startsWith('flowchart LR\n')).toBe(true);
    expect(mermaid.stdout).toContain('subgraph services');
    const dot = await cli(['review', '--format', 'dot'], root);
    expect(dot.stdout).toContain('digraph dependencies {');
  });

  it('check --init writes a starter config from the recovered layers that check then passes on', async () => {
    const root = repo(cleanExpressService());
    expect((await cli(['check', '--init'], root)).code).toBe(0);
    const config = JSON.parse(readFileSync(join(root, 'archway.config.json'), 'utf8'));
    expect(config.layers.services).toEqual(['src/services/**']);
    expect(config.rules.every((r: { comment: string }) => r.comment.length > 10)).toBe(true);
    expect((await cli(['check', '--init'], root)).code).toBe(2);
    expect((await cli(['check'], root)).code).toBe(0);
  });

  it('gives a clear error for a missing path (exit 2)', async () => {
    const run = await cli(['check', 'nope'], repo({}));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('error REVIEW_PATH_NOT_FOUND');
  });
});
