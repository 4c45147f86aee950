import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSyntheticRepo } from '../../bench/synthetic-repo.js';
import { renderReview, reviewRepository } from '../../src/index.js';
import { buildGraph, GraphBuilder, type Resolution } from '../../src/review/graph/build-graph.js';
import { createPythonResolver } from '../../src/review/graph/resolve-python.js';
import { createTypeScriptResolver } from '../../src/review/graph/resolve-typescript.js';
import { parseSources, startParsePool } from '../../src/review/parse/parse-pool.js';
import type { FactsOfJob, ParseJob } from '../../src/review/parse/parse-sources.js';
import { languageOf } from '../../src/review/scan/walk-files.js';
import { plantedExpressService } from './fixtures/express-service.js';
import { plantedFastApiService } from './fixtures/fastapi-service.js';
import { writeRepo } from './fixtures/write-repo.js';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});
const temp = (prefix: string): string => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  roots.push(dir);
  return dir;
};

/** The review's rendered files and every file of its cache folder, by name. */
async function runWith(root: string, cacheDir: string, parseThreads: number): Promise<{ parsed: number; files: [string, string][]; cache: [string, string][] }> {
  const review = await reviewRepository(root, { cacheDir, parseThreads });
  const files = (await renderReview(review)).map((f): [string, string] => [f.path, String(f.content)]);
  const cache = readdirSync(cacheDir).sort().map((name): [string, string] => [name, readFileSync(join(cacheDir, name), 'utf8')]);
  return { parsed: review.stats.parsed, files, cache };
}

describe('parsing on a thread while the main thread reads, resolves and writes the cache', () => {
  const root = temp('archway-pipeline-');
  writeSyntheticRepo(root, 300);

  it('reviews and caches byte for byte what parsing on the main thread gives', async () => {
    const threaded = await runWith(root, temp('archway-cache-'), 1);
    const single = await runWith(root, temp('archway-cache-'), 0);
    expect(threaded.parsed).toBeGreaterThan(250);
    expect(threaded.cache.map(([name]) => name)).toContain('review-cache.json');
    expect(threaded).toEqual(single);
  });

  it('after files are added ahead of the others (every stored index shifts), the warm cache is the one a cold run writes', async () => {
    const warmDir = temp('archway-cache-');
    await runWith(root, warmDir, 1);
    const edited = temp('archway-pipeline-edited-');
    cpSync(root, edited, { recursive: true });
    writeFileSync(join(edited, 'src/aaa.ts'), "import { value0 } from './feature0/routes/item0.js';\nexport const first = value0;\n");
    writeFileSync(join(edited, 'src/feature0/aaa.ts'), "export const early = 1;\n");
    const warm = await runWith(edited, warmDir, 1);
    const cold = await runWith(edited, temp('archway-cache-'), 0);
    expect(warm.parsed).toBe(2);
    expect(cold.parsed).toBeGreaterThan(250);
    expect(warm.cache).toEqual(cold.cache);
    expect(warm.files).toEqual(cold.files);
  });
});

function jobsOf(files: Readonly<Record<string, string>>): ParseJob[] {
  const root = writeRepo(files);
  roots.push(root);
  return Object.keys(files).sort().flatMap((path, index) => {
    const language = languageOf(path);
    return language ? [{ index, path, language, text: readFileSync(join(root, path), 'utf8') }] : [];
  });
}

describe('a parsing thread that fails', () => {
  it('leaves its files to the main thread, which gives the same facts', async () => {
    const jobs = jobsOf({ ...plantedExpressService(), ...plantedFastApiService() });
    const pool = startParsePool(1, { code: "throw new Error('this thread fails at once')" });
    pool.submit(jobs);
    pool.end();
    const results: FactsOfJob[] = [];
    for await (const chunk of pool.results()) results.push(...chunk);
    const single = await parseSources(jobs, undefined, 0);
    const byIndex = (r: readonly FactsOfJob[]): FactsOfJob[] => [...r].sort((a, b) => a.index - b.index);
    expect(pool.byThreads).toBe(0);
    expect(byIndex(results)).toEqual(byIndex(single.results));
    expect(results).toHaveLength(jobs.length);
  });
});

describe('the module graph built as parsed files come', () => {
  it('is the same whatever order and chunks the files come in', async () => {
    const files = { ...plantedExpressService(), ...plantedFastApiService() };
    const root = writeRepo(files);
    roots.push(root);
    const { analysis } = await reviewRepository(root, { cache: false, parseThreads: 0 });
    const parsed = analysis.parsed;
    const sourcePaths = new Set(parsed.map((p) => p.path));
    const resolvers = () => ({ typescript: async () => createTypeScriptResolver(root, Object.keys(files), sourcePaths), python: createPythonResolver(sourcePaths) });
    const whole = await buildGraph(parsed, resolvers(), new Map<string, Resolution>());
    const builder = new GraphBuilder(resolvers(), new Map<string, Resolution>(), []);
    const reversed = [...parsed].reverse();
    for (let i = 0; i < reversed.length; i += 3) await builder.add(reversed.slice(i, i + 3));
    expect(builder.graph(parsed)).toEqual(whole);
    expect(whole).toEqual(analysis.graph);
    expect(whole.edges.length).toBeGreaterThan(10);
  });
});
