import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSyntheticRepo } from '../../bench/synthetic-repo.js';
import { checkRepository, renderReview, reviewRepository } from '../../src/index.js';
import { plantedFastApiService } from './fixtures/fastapi-service.js';
import { writeRepo } from './fixtures/write-repo.js';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

/** Everything a review and a check report, apart from how many files came from the cache. */
async function outcome(root: string, cacheDir: string | undefined): Promise<{ cached: number } & Record<string, unknown>> {
  const options = cacheDir ? { cacheDir } : { cache: false, parseThreads: 0 };
  const review = await reviewRepository(root, options);
  const check = await checkRepository(root, options);
  const { parsed: _parsed, cached, ...stats } = review.stats;
  return {
    cached,
    files: (await renderReview(review)).map((f) => [f.path, String(f.content)]),
    parsed: review.analysis.parsed,
    graph: review.analysis.graph,
    endpoints: review.analysis.endpoints,
    issues: review.issues,
    stats,
    check: { violations: check.violations, baselined: check.baselined, suppressions: check.suppressions, issues: check.issues, baseline: check.baseline, passed: check.passed },
  };
}

const hourAgo = (root: string, ...paths: string[]): void => {
  const old = new Date(Date.now() - 3_600_000);
  for (const p of paths) utimesSync(join(root, p), old, old);
};

describe('a warm run after an edit reports exactly what a cold run reports', () => {
  const root = mkdtempSync(join(tmpdir(), 'archway-incremental-'));
  roots.push(root);
  writeSyntheticRepo(root, 300);
  const cacheDir = join(root, '.archway-cache');
  const same = async (): Promise<void> => {
    const { cached, ...warm } = await outcome(root, cacheDir);
    const { cached: none, ...cold } = await outcome(root, undefined);
    expect(cached).toBeGreaterThan(200);
    expect(none).toBe(0);
    expect(warm).toEqual(cold);
  };
  const edit = (path: string, change: (text: string) => string): void => writeFileSync(join(root, path), change(readFileSync(join(root, path), 'utf8')));

  it('after the first (cold) run and with nothing changed', async () => {
    await outcome(root, cacheDir);
    await same();
    await same();
  });

  it('after a comment is appended, recently and long ago', async () => {
    appendFileSync(join(root, 'src/feature0/routes/item0.ts'), '// touched\n');
    await same();
    hourAgo(root, 'src/feature0/routes/item0.ts');
    await same();
  });

  it('after an import changes target, one is added and one removed', async () => {
    edit('src/feature1/services/item2.ts', (t) => `import { value4 } from '../repositories/item3.js';\nimport type { Shape9 } from '@app/feature2/models/item9.js';\n${t.replace(/^import .*\n/m, '')}`);
    await same();
    edit('src/feature1/services/item2.ts', (t) => t.replace("'../repositories/item3.js'", "'../../feature0/repositories/item8'"));
    hourAgo(root, 'src/feature1/services/item2.ts');
    await same();
  });

  it('after the imports of a file move down a line (same targets, new lines: the graph and its renderings change)', async () => {
    const path = 'src/feature2/routes/item10.ts';
    edit(path, (t) => `// moved\n${t}`);
    await same();
    edit(path, (t) => t.replace('// moved\n', ''));
    hourAgo(root, path);
    await same();
  });

  it('after a cycle appears and goes away', async () => {
    edit('src/feature0/models/item4.ts', (t) => `import { value0 } from '../routes/item0.js';\n${t}`);
    await same();
    edit('src/feature0/models/item4.ts', (t) => t.replace("import { value0 } from '../routes/item0.js';\n", ''));
    await same();
  });

  it('after files are added and deleted', async () => {
    writeFileSync(join(root, 'src/feature0/services/extra.ts'), "import { value3 } from '../repositories/item3.js';\nexport const extra = value3;\n");
    edit('src/feature0/routes/item5.ts', (t) => `import { extra } from '../services/extra.js';\n${t}`);
    await same();
    rmSync(join(root, 'src/feature0/services/extra.ts'));
    await same();
    rmSync(join(root, 'src/feature1/models/item9.ts'));
    await same();
  });

  it('after the tsconfig paths change', async () => {
    const paths = (to: string) => (t: string): string => {
      const config = JSON.parse(t) as { compilerOptions: { paths: Record<string, string[]> } };
      config.compilerOptions.paths = { '@app/*': [to] };
      return JSON.stringify(config);
    };
    edit('tsconfig.json', paths('src/feature0/*'));
    await same();
    edit('tsconfig.json', paths('src/*'));
    await same();
  });

  it('after a file changes back to a content the cache knew, with an old modification time', async () => {
    const path = 'src/feature2/controllers/item1.ts';
    const before = readFileSync(join(root, path), 'utf8');
    writeFileSync(join(root, path), `${before}export const more = 1;\n`);
    await same();
    writeFileSync(join(root, path), before);
    hourAgo(root, path);
    await same();
  });

  it('after files are added to, removed from and renamed in folders the cache has listed', async () => {
    const folders = (dir: string): string[] => [dir, ...readdirSync(join(root, dir), { withFileTypes: true }).filter((e) => e.isDirectory() && e.name !== '.archway-cache').flatMap((e) => folders(dir ? `${dir}/${e.name}` : e.name))];
    hourAgo(root, ...folders(''));
    await same();
    writeFileSync(join(root, 'src/feature2/services/added.ts'), "import { value1 } from '../repositories/item1.js';\nexport const added = value1;\n");
    await same();
    renameSync(join(root, 'src/feature2/services/added.ts'), join(root, 'src/feature2/services/renamed.ts'));
    hourAgo(root, 'src/feature2/services');
    await same();
    rmSync(join(root, 'src/feature2/services/renamed.ts'));
    mkdirSync(join(root, 'src/feature2/services/nested'));
    writeFileSync(join(root, 'src/feature2/services/nested/deep.ts'), "export const deep = 1;\n");
    await same();
    writeFileSync(join(root, '.gitignore'), 'src/feature3/\n');
    await same();
    rmSync(join(root, '.gitignore'));
    await same();
  });

  it('after the manifest, a compose file and an env file change in place', async () => {
    writeFileSync(join(root, 'docker-compose.yml'), 'services:\n  db:\n    image: postgres:16\n');
    writeFileSync(join(root, '.env.example'), 'CACHE_URL=memcached://localhost:11211\n');
    await same();
    // The same files, other content: the listing is unchanged, the scan is not.
    edit('package.json', (t) => JSON.stringify({ ...(JSON.parse(t) as object), dependencies: { fastify: '^5.0.0', ioredis: '^5.4.0', kafkajs: '^2.2.0' } }, null, 2));
    edit('docker-compose.yml', (t) => t.replace('postgres:16', 'mongo:7'));
    edit('.env.example', () => 'DATABASE_URL=mysql://app@localhost/app\n');
    const { analysis } = await reviewRepository(root, { cacheDir });
    expect(analysis.scan.datastores.map((d) => d.name)).toEqual(expect.arrayContaining(['MongoDB', 'MySQL', 'Redis']));
    expect(analysis.scan.datastores.map((d) => d.name)).not.toContain('PostgreSQL');
    await same();
    for (const path of ['docker-compose.yml', '.env.example']) rmSync(join(root, path));
    await same();
  });

  it('with a cache whose imports of a file were edited by hand', async () => {
    await outcome(root, cacheDir);
    const file = join(cacheDir, 'review-cache.json');
    const lines = readFileSync(file, 'utf8').split('\n');
    const at = lines.findIndex((l) => l.startsWith('["src/feature0/services/'));
    expect(at).toBeGreaterThan(0);
    // Line 1 + i holds the i-th file's facts, and line n + 2 + i its imports.
    const files = (lines.length - 2) / 2;
    const imports = files + 2 + (at - 1);
    expect(JSON.parse(lines[imports]!)).toEqual(expect.arrayContaining([expect.arrayContaining([expect.any(String)])]));
    lines[imports] = '[["not", "imports"';
    writeFileSync(file, lines.join('\n'));
    // The damaged cache is not used: the run parses every file, and reports what a cold run does.
    const { cached, ...warm } = await outcome(root, cacheDir);
    const { cached: _none, ...cold } = await outcome(root, undefined);
    expect(cached).toBe(0);
    expect(warm).toEqual(cold);
    // The cache written anew serves the next run.
    await same();
  });

  it('keeps few changed entries in a journal, ignores a damaged journal, and writes the cache whole once the journal is full', async () => {
    const file = join(cacheDir, 'review-cache.json');
    const journal = `${file}.journal`;
    // Every file old enough for its entry to keep a stamp: the next run stamps them all and writes the cache whole.
    const sources = (dir: string): string[] => readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(`${dir}/${e.name}`) : [`${dir}/${e.name}`]));
    hourAgo(root, ...sources('src'));
    await outcome(root, cacheDir);
    expect(existsSync(journal)).toBe(false);
    const whole = readFileSync(file, 'utf8');
    const path = 'src/feature1/routes/item5.ts';
    edit(path, (t) => `${t}export const journaled = 1;\n`);
    await same();
    // The cache file is as it was: the changed entry went to the journal.
    expect(readFileSync(file, 'utf8')).toBe(whole);
    expect(readFileSync(journal, 'utf8')).toContain(`["${path}",`);
    // A warm run after the journal was written parses nothing and reports what a cold run does.
    expect((await reviewRepository(root, { cacheDir })).stats.parsed).toBe(0);
    // A damaged journal is ignored: the file it held is compared with the older entry, and read again.
    writeFileSync(journal, readFileSync(journal, 'utf8').replace(`["${path}","`, `["${path}","0`));
    expect((await reviewRepository(root, { cacheDir })).stats.parsed).toBe(1);
    await same();
    // More changed files than a journal holds: the cache file is written whole, the journal removed.
    const more = [0, 1, 2, 3, 4].flatMap((f) => readdirSync(join(root, `src/feature${f}/services`)).filter((n) => n.endsWith('.ts')).map((n) => `src/feature${f}/services/${n}`));
    expect(more.length).toBeGreaterThan(32);
    for (const p of more) edit(p, (t) => `${t}// many\n`);
    await same();
    expect(existsSync(journal)).toBe(false);
    expect(readFileSync(file, 'utf8')).not.toBe(whole);
  });

  it('with a file whose name is not ASCII (the cache is then UTF-8, and still vouched for)', async () => {
    writeFileSync(join(root, 'src/feature0/services/straße-café.ts'), "import { value3 } from '../repositories/item3.js';\nexport const straße = value3;\n");
    await same();
    hourAgo(root, 'src/feature0/services/straße-café.ts');
    await same();
    expect(readFileSync(join(cacheDir, 'review-cache.json'), 'utf8')).toContain('straße-café.ts');
    expect((await reviewRepository(root, { cacheDir })).stats.parsed).toBe(0);
  });

  it('after a secret, a suppression and a syntax error are added', async () => {
    edit('src/feature3/services/item7.ts', (t) => `${t}export const apiKey = 'sk_live_4eC39HqLyjWDarjtT1zdp7dc';\n// archway-ignore layer-direction\nexport const = ;\n`);
    await same();
  });
});

describe('a check config kept from an earlier run', () => {
  it('gives what parsing the config gives, and follows edits of the config', async () => {
    const root = mkdtempSync(join(tmpdir(), 'archway-config-'));
    roots.push(root);
    writeSyntheticRepo(root, 60);
    const yaml = (layer: string): string => `rules:\n  - id: no-services-to-models\n    kind: forbidden\n    from: { layer: ${layer} }\n    to: { path: "src/**/models/**" }\n    comment: Models are reached through repositories.\n`;
    writeFileSync(join(root, 'archway.config.yaml'), yaml('services'));
    const cold = async () => checkRepository(root, { cache: false });
    const first = await checkRepository(root);
    const kept = await checkRepository(root);
    expect(existsSync(join(root, '.archway-cache/check-config.json'))).toBe(true);
    expect(kept.config).toEqual((await cold()).config);
    expect(kept.violations).toEqual(first.violations);
    expect(kept.violations.length).toBeGreaterThan(0);
    writeFileSync(join(root, 'archway.config.yaml'), yaml('controllers'));
    const edited = await checkRepository(root);
    expect(edited.config).toEqual((await cold()).config);
    expect(edited.violations).toEqual((await cold()).violations);
    expect(edited.violations).not.toEqual(kept.violations);
  });
});

describe('a warm Python review after an edit', () => {
  it('reports what a cold run reports', async () => {
    const root = writeRepo(plantedFastApiService());
    roots.push(root);
    const cacheDir = join(root, '.archway-cache');
    await outcome(root, cacheDir);
    const [path] = Object.keys(plantedFastApiService()).filter((p) => p.endsWith('.py')).sort();
    appendFileSync(join(root, path!), '\nimport os\n');
    const { cached, ...warm } = await outcome(root, cacheDir);
    const { cached: _none, ...cold } = await outcome(root, undefined);
    expect(cached).toBeGreaterThan(0);
    expect(warm).toEqual(cold);
  });
});
